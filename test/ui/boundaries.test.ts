/**
 * This file defines the checks that keep the sidebar's code in the browser: it imports its own
 * modules, only types from the server's side (its api and endpoints modules), and at run time
 * nothing but the engine's small column-roles helpers, what each model needs (model-needs), how
 * sentences run together (sentences) and its option registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const uiDir = fileURLToPath(new URL('../../ui/', import.meta.url));
const sources = readdirSync(uiDir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => ({ name, text: readFileSync(join(uiDir, name), 'utf8') }));

/** Each import of a source: whether it imports only types, and from where. */
function importsOf(text: string): { typeOnly: boolean; from: string }[] {
  return [...text.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((match) => ({
    typeOnly: match[1] !== undefined,
    from: match[2] as string,
  }));
}

describe('ui/ is browser code', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(5);
  });

  it.each(sources)(
    '$name imports at run time only ui/, core column roles, model needs, sentences, the option registry and the breaks rule',
    ({ text }) => {
      for (const { typeOnly, from } of importsOf(text)) {
        // the client's types come from the endpoints module itself, so the two can't drift
        if (typeOnly)
          expect(from).toMatch(
            /^\.\/[a-z-]+$|^\.\.\/src\/(addon\/sidebar\/(api|endpoints)$|core\/)/,
          );
        // the option registry too: the form's ranges, defaults and labels must be the server's,
        // and it is pure data (with the churn thresholds' defaults), so it adds nothing else to
        // the page; so is the rule on a measure's breaks, read from it; what a model needs is
        // one rule on the roles, as the server checks it; how notes run on after a sentence (no
        // space after 。) is one rule for the server's notes too
        else
          expect(from).toMatch(
            /^\.\/[a-z-]+$|^\.\.\/src\/core\/(column-roles|model-needs|option-registry|measure-breaks|sentences)$/,
          );
      }
    },
  );
});
