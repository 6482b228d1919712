/**
 * This file defines the test that keeps the documentation's examples true: every `@example` in
 * src/ is run with its module's exports in scope and must give the value after its `//=>`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sourceFiles = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts'))
  .map((name) => join(root, 'src', name));

interface Example {
  readonly file: string;
  /** Statements whose last one is the expression the example shows the value of. */
  readonly code: string;
  /** The shown value, as a JavaScript expression; undefined when the example shows none. */
  readonly expected: string | undefined;
}

const examples: readonly Example[] = sourceFiles.flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/@example(.*)$/gm)].map((match) => {
    const [code = '', expected] = (match[1] ?? '').split('//=>');
    return { file: relative(root, file), code: code.trim(), expected: expected?.trim() };
  }),
);

/** Runs the example's statements with the module's exports as variables; gives the last value. */
function run(code: string, exports: Record<string, unknown>): unknown {
  const lastStatement = code.lastIndexOf(';') + 1;
  const body = `${code.slice(0, lastStatement)}\nreturn (${code.slice(lastStatement)});`;
  return new Function(...Object.keys(exports), body)(...Object.values(exports));
}

describe('@example in the sources', () => {
  it('are there to check', () => {
    expect(examples.length).toBeGreaterThan(15);
  });

  it.each(examples)('$file: $code', async ({ file, code, expected }) => {
    expect(expected, 'an example shows its value after //=>').toBeDefined();
    const exports = await import(pathToFileURL(join(root, file)).href);
    expect(run(code, exports)).toEqual(run(expected ?? '', {}));
  });
});
