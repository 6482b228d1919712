import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFunctionReference, withReference } from '../../scripts/function-reference.mjs';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions';
import * as addon from '../../src/addon/index';

const specs = Object.entries(addon)
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([, value]) => ('spec' in value ? [value.spec] : []));

describe('the function reference in docs/functions.md', () => {
  it('is generated from the current declarations (run npm run docs when this fails)', () => {
    const readme = readFileSync(new URL('../../docs/functions.md', import.meta.url), 'utf8');
    expect(withReference(readme, renderFunctionReference(specs))).toBe(readme);
  });

  it('documents every exported custom function, lists it in the help, with an example that calls it', () => {
    const helped = CUSTOM_FUNCTIONS.map((fn) => fn.spec.name).sort();
    expect(specs.map((spec) => spec.name)).toEqual(helped);
    expect(helped).toContain('RFM_TABLE');
    for (const spec of specs) expect(spec.example.startsWith(`=${spec.name}(`)).toBe(true);
  });
});
