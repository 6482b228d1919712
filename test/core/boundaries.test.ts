/**
 * This file defines the checks that keep src/core the pure engine, its folders included: it
 * imports only itself, without cycles, and uses no Apps Script global, clock or randomness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
/** Each source by its path from src/core, e.g. `cluster/lloyd.ts`. */
const sources = readdirSync(coreDir, { recursive: true, encoding: 'utf8' })
  .map((name) => name.split('\\').join('/'))
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(coreDir, name), 'utf8') }));

function importsOf(text: string): string[] {
  return [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1] as string);
}

/** An import's module as a path from src/core without `.ts`, e.g. `cluster/lloyd`. */
function resolved(importer: string, path: string): string {
  return posix.normalize(posix.join(posix.dirname(importer), path));
}

/** The core modules that one imports. */
function importedModules(module: string): string[] {
  const source = sources.find((candidate) => candidate.name === `${module}.ts`);
  return source ? importsOf(source.text).map((path) => resolved(source.name, path)) : [];
}

describe('src/core is the pure engine', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)('$name imports only from core', ({ name, text }) => {
    for (const path of importsOf(text)) {
      expect(path).toMatch(/^\.\.?\/[a-z/-]+$/);
      expect(resolved(name, path)).not.toMatch(/^\.\./);
    }
  });

  // A cycle makes the order modules load in matter, and the modules in it one unit to change.
  it.each(sources)('$name is not among its own imports, however indirect', ({ name }) => {
    const start = name.replace(/\.ts$/, '');
    const reached = new Set<string>();
    const pending = [...importedModules(start)];
    for (let module = pending.pop(); module !== undefined; module = pending.pop()) {
      if (reached.has(module)) continue;
      reached.add(module);
      pending.push(...importedModules(module));
    }
    expect(reached).not.toContain(start);
  });

  it.each(sources)('$name uses no Apps Script global, clock or randomness', ({ text }) => {
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(
      /\b(SpreadsheetApp|Utilities|HtmlService|PropertiesService|ScriptApp|Session|CacheService|LockService)\b/,
    );
    expect(code).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(/);
  });
});
