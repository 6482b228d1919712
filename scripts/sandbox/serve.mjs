// This file defines `npm start`'s server half (the script builds dist/ first): it bundles the
// sandbox server, the page's browser code and the sidebar's `google.script.run` shim with
// esbuild, starts the server on http://127.0.0.1:$PORT (8080 by default, 0 for any free port),
// prints the URL and never opens a browser; Ctrl-C (SIGINT) or SIGTERM closes it and exits 0.
// SANDBOX_TEST_ENDPOINTS=1 serves the test-only endpoints the browser tests read.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { inlineSafe } from '../build-sidebar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST = '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number (0 for any free one), not ${process.env.PORT}.`);
  process.exit(1);
}

const [server, pageScript, shimScript] = await Promise.all([
  bundle('scripts/sandbox/server/sandbox.ts', { platform: 'node', format: 'esm' }),
  bundle('scripts/sandbox/page/main.ts', { platform: 'browser', format: 'iife' }),
  bundle('scripts/sandbox/page/script-run-shim.ts', { platform: 'browser', format: 'iife' }),
]);
const { startSandbox } = /** @type {typeof import('./server/sandbox')} */ (
  await import(`data:text/javascript;base64,${Buffer.from(server).toString('base64')}`)
);
const sandbox = await startSandbox({
  root,
  host: HOST,
  port,
  pageScript,
  shimScript: inlineSafe(shimScript, 'script'),
  testEndpoints: process.env.SANDBOX_TEST_ENDPOINTS === '1',
}).catch((/** @type {NodeJS.ErrnoException} */ error) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is in use: start the sandbox on another, e.g. PORT=8081 npm start.`);
  process.exit(1);
});
console.log(`Customer Tiers sandbox: ${sandbox.url} (Ctrl-C stops it)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await sandbox.close();
    process.exit(0);
  });
}

/**
 * One entry bundled as text.
 * @param {string} entry
 * @param {{ platform: 'node' | 'browser', format: 'esm' | 'iife' }} options
 */
async function bundle(entry, options) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    target: options.platform === 'node' ? 'node20' : 'es2020',
    write: false,
    legalComments: 'none',
    ...options,
  });
  return result.outputFiles[0]?.text ?? '';
}
