/**
 * This file defines the tests of deploying: `npm run push` uploads exactly the built Code.js,
 * Sidebar.html and manifest, as clasp itself (offline) reports, to the script whose id is in .clasp.local.json,
 * which git ignores; the committed .clasp.json is the template it is copied from, with no id.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LOCAL_PROJECT = '.clasp.local.json';

function readJson(file: string) {
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

describe('deploying with clasp', () => {
  it('commits .clasp.json as a template without a script id', () => {
    expect(readJson('.clasp.json').scriptId).toBe('REPLACE_WITH_YOUR_SCRIPT_ID');
  });

  it(`pushes to the script in ${LOCAL_PROJECT}, which git ignores`, () => {
    expect(readJson('package.json').scripts.push).toContain(
      `clasp --project ${LOCAL_PROJECT} push`,
    );
    // check-ignore exits non-zero, and so throws, for a path git would commit
    execFileSync('git', ['check-ignore', '--quiet', LOCAL_PROJECT], { cwd: root });
  });

  it('makes clasp push exactly dist/Code.js, dist/Sidebar.html and dist/appsscript.json', () => {
    const clasp = fileURLToPath(
      new URL('../../node_modules/@google/clasp/build/src/index.js', import.meta.url),
    );
    // The template stands for the local copy: only the script id differs.
    const status = JSON.parse(
      execFileSync(
        process.execPath,
        [clasp, '--project', '.clasp.json', 'show-file-status', '--json'],
        { cwd: root, encoding: 'utf8' },
      ),
    );
    // Sidebar.html goes up as the HTML file `Sidebar` that HtmlService.createHtmlOutputFromFile reads
    expect([...status.filesToPush].sort()).toEqual([
      'dist/Code.js',
      'dist/Sidebar.html',
      'dist/appsscript.json',
    ]);
    expect(status.untrackedFiles).toEqual([]);
  });
});
