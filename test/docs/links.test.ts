/**
 * The user documentation as the project rules want it: a README for users that stays short, with
 * a line and a working link for every custom function, and pages whose every relative link leads
 * to a file (and heading) of the repository, citing no path outside it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The README's length the project aims at: what a user reads before installing. */
const README_MOST_LINES = 200;
/** Pages linked before they are written (none now). */
const NOT_YET_WRITTEN = new Set<string>();

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** Every `[text](target)` and `src="target"` of a page that is not a web address. */
function relativeLinks(page: string): string[] {
  const text = read(page).replace(/```[\s\S]*?```/g, '');
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] as string),
    ...[...text.matchAll(/src="([^"]+)"/g)].map((match) => match[1] as string),
  ];
  return targets.filter((target) => !/^[a-z]+:/i.test(target));
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(path: string): Set<string> {
  const text = read(path);
  return new Set([
    ...[...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] as string)),
    ...[...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1] as string),
  ]);
}

describe('the README', () => {
  it(`stays short: at most ${README_MOST_LINES} lines`, () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(README_MOST_LINES);
  });

  it('lists every custom function, linked to its reference', () => {
    const readme = read('README.md');
    for (const { spec } of CUSTOM_FUNCTIONS) {
      expect(readme).toContain(`[\`${spec.name}\`](docs/functions.md#${spec.name.toLowerCase()})`);
    }
  });

  it('shows the sidebar in English and in Chinese', () => {
    const readme = read('README.md');
    for (const picture of ['docs/images/sidebar-en.png', 'docs/images/sidebar-zh.png']) {
      expect(readme).toContain(`src="${picture}"`);
      expect(existsSync(join(ROOT, picture)), picture).toBe(true);
    }
  });
});

describe('every page of the documentation', () => {
  it.each(PAGES)('%s: each relative link leads to a file and heading of the repository', (page) => {
    for (const link of relativeLinks(page)) {
      const [path = '', anchor] = link.split('#');
      const target = path === '' ? page : relative(ROOT, join(ROOT, dirname(page), path));
      expect(target.startsWith('..'), `${page}: ${link} leaves the repository`).toBe(false);
      if (NOT_YET_WRITTEN.has(target) && !existsSync(join(ROOT, target))) continue;
      expect(existsSync(join(ROOT, target)), `${page}: ${link}`).toBe(true);
      if (anchor !== undefined) {
        expect(anchorsOf(target).has(anchor), `${page}: ${link} has no such heading`).toBe(true);
      }
    }
  });

  it.each(PAGES)('%s: cites no folder outside the repository', (page) => {
    expect(read(page)).not.toMatch(/\.\.\/shared\/|\/work\//);
  });
});

describe('the code', () => {
  it('cites the domain notes inside the repository (docs/domain.md), never a shared folder', () => {
    const cited = ['src', 'ui', 'dev', 'test'].flatMap((folder) => sourceFiles(join(ROOT, folder)));
    const outside = cited.filter((file) =>
      /shared\/domain\.md|[^/]domain\.md §/.test(readFileSync(file, 'utf8')),
    );
    expect(outside.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.(ts|mjs)$/.test(entry.name) ? [path] : [];
  });
}
