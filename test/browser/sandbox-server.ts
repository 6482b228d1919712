/**
 * This file defines how the browser tests run the sandbox: `node scripts/sandbox/serve.mjs` as a
 * child process (dist/ is built by the global setup) on a free port, with its test-only
 * endpoints, stopped with SIGTERM as Ctrl-C would stop it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const URL_LINE = /(http:\/\/127\.0\.0\.1:\d+\/)/;

export interface SandboxServer {
  readonly url: string;
  /** Stops the server with SIGTERM; resolves with its exit code. */
  stop(): Promise<number | null>;
}

export async function startSandboxServer(): Promise<SandboxServer> {
  const child = spawn(process.execPath, ['scripts/sandbox/serve.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SANDBOX_TEST_ENDPOINTS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await printedUrl(child, exited);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** The URL the server prints once it listens; what it said on stderr if it stops before. */
function printedUrl(child: ChildProcess, exited: Promise<number | null>): Promise<string> {
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const found = URL_LINE.exec(stdout);
      if (found?.[1]) resolve(found[1]);
    });
    void exited.then((code) =>
      reject(new Error(`the sandbox stopped (exit ${code}) before listening: ${stderr}`)),
    );
  });
}
