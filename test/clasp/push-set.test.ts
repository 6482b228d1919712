/**
 * What `clasp push` would upload, asked of clasp itself (offline): exactly the built Code.js and
 * manifest, so the README's install steps deploy what the tests checked.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('.clasp.json', () => {
  it('makes clasp push exactly dist/Code.js and dist/appsscript.json', () => {
    const clasp = fileURLToPath(
      new URL('../../node_modules/@google/clasp/build/src/index.js', import.meta.url),
    );
    const status = JSON.parse(
      execFileSync(process.execPath, [clasp, 'show-file-status', '--json'], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/appsscript.json']);
    expect(status.untrackedFiles).toEqual([]);
  });
});
