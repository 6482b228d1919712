import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../../src/core/', import.meta.url));
const sources = readdirSync(coreDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(coreDir, name), 'utf8') }));

describe('src/core is the pure engine', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)('$name imports only from core', ({ text }) => {
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
    for (const source of imports) expect(source).toMatch(/^\.\/[a-z-]+$/);
  });

  it.each(sources)('$name uses no Apps Script global, clock or randomness', ({ text }) => {
    const code = text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(
      /\b(SpreadsheetApp|Utilities|HtmlService|PropertiesService|ScriptApp|Session|CacheService|LockService)\b/,
    );
    expect(code).not.toMatch(/new Date\(\)|Date\.now\(|Math\.random\(/);
  });
});
