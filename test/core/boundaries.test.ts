/**
 * This file defines the checks that keep src/core the pure engine: it imports only itself,
 * without cycles, and uses no Apps Script global, clock or randomness.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
const sources = readdirSync(coreDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(coreDir, name), 'utf8') }));

function importsOf(text: string): string[] {
  return [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1] as string);
}

/** The core modules (file names without `.ts`) that one imports. */
function importedModules(module: string): string[] {
  const source = sources.find((candidate) => candidate.name === `${module}.ts`);
  return source ? importsOf(source.text).map((path) => path.replace(/^\.\//, '')) : [];
}

describe('src/core is the pure engine', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)('$name imports only from core', ({ text }) => {
    for (const source of importsOf(text)) expect(source).toMatch(/^\.\/[a-z-]+$/);
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
