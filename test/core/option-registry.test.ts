/**
 * This file defines the tests of the option registry: every range's edges (minimum included or
 * not, maximum, whole numbers, NaN and the infinities), every option's default inside its range
 * on a step of its spinner, every model an option names a real model, and a search of src/ and
 * ui/ for the numbers the registry replaced, so they are never written a second time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SIDEBAR_MODEL_IDS as MODEL_IDS } from '../../src/core/model-ids';
import {
  inRange,
  type NumberOptionId,
  OPTION_IDS,
  OPTIONS,
  RANGES,
  type RangeId,
  rangeOf,
} from '../../src/core/option-registry';

const { POSITIVE_INFINITY: INFINITY, NEGATIVE_INFINITY: MINUS_INFINITY } = Number;

/** Per range, the numbers it takes and those it refuses, written out by hand. */
const EDGES: Readonly<Record<RangeId, { takes: number[]; refuses: number[] }>> = {
  bins: { takes: [2, 3, 5, 9], refuses: [1, 1.999, 2.5, 8.5, 9.000001, 10, -2, 0] },
  'churn-days': { takes: [0, -0, 0.5, 1, 365, 2 ** 60], refuses: [-1e-9, -1, -365] },
  share: { takes: [1e-9, 0.2, 0.5, 1], refuses: [0, -0, -0.2, 1.000001, 2, 20] },
  // a whole number too large to be exact is no whole number (zod's `int` refuses it)
  periods: { takes: [1, 2, 12, 2 ** 53 - 1], refuses: [0, 0.5, 1.5, -1, 2 ** 53, 2 ** 60] },
  clusters: { takes: [2, 3, 8], refuses: [1, 2.5, 9, 0] },
  probability: { takes: [0, 1e-9, 0.7, 1], refuses: [-1e-9, 1.000001, 70] },
  money: { takes: [0, -0, 0.01, 1200, 2 ** 60], refuses: [-0.01, -1200] },
};

/** No range takes these: not a number, or not finite. */
const NEVER = [Number.NaN, INFINITY, MINUS_INFINITY];

describe('inRange', () => {
  it('has an edge table for every range', () => {
    expect(Object.keys(EDGES).sort()).toEqual(Object.keys(RANGES).sort());
  });

  it.each(Object.entries(EDGES) as [RangeId, (typeof EDGES)[RangeId]][])(
    '%s takes and refuses exactly what its table says',
    (id, { takes, refuses }) => {
      const range = RANGES[id];
      expect(takes.filter((value) => !inRange(range, value))).toEqual([]);
      expect(refuses.filter((value) => inRange(range, value))).toEqual([]);
      expect(NEVER.filter((value) => inRange(range, value))).toEqual([]);
    },
  );

  it.each(Object.entries(RANGES))(
    '%s takes its minimum exactly when it says so, and its maximum',
    (_, range) => {
      expect(inRange(range, range.min)).toBe(range.minIncluded);
      if (Number.isFinite(range.max)) expect(inRange(range, range.max)).toBe(true);
      if (range.whole) expect(inRange(range, range.min + 1.5)).toBe(false);
    },
  );
});

const NUMBER_OPTIONS = OPTION_IDS.filter((id): id is NumberOptionId => 'range' in OPTIONS[id]);

describe('OPTIONS', () => {
  it('lists the sidebar options in the form’s order, the numbers among them', () => {
    expect(OPTION_IDS).toEqual([
      'bins',
      'churnDays',
      'highValueShare',
      'asOf',
      'aShare',
      'bShare',
      'horizon',
      'activeFrom',
      'atRiskFrom',
      'clusterCount',
      'language',
    ]);
    expect(NUMBER_OPTIONS).toEqual([
      'bins',
      'churnDays',
      'highValueShare',
      'aShare',
      'bShare',
      'horizon',
      'activeFrom',
      'atRiskFrom',
      'clusterCount',
    ]);
  });

  it.each(NUMBER_OPTIONS)('%s: its default lies in its range, on a step of its spinner', (id) => {
    const spec = OPTIONS[id];
    const range = rangeOf(id);
    expect(inRange(range, spec.default)).toBe(true);
    if (spec.step === null) return;
    expect(spec.step).toBeGreaterThan(0);
    // the spinner steps from the minimum (its `min`), so the default and the maximum are reached
    const stepsTo = (value: number) => (value - range.min) / spec.step;
    expect(Number.isInteger(stepsTo(spec.default))).toBe(true);
    if (Number.isFinite(range.max)) expect(Number.isInteger(stepsTo(range.max))).toBe(true);
    if (range.whole) expect(Number.isInteger(spec.step)).toBe(true);
  });

  it('has no spinner for a share, typed as text with its percent sign', () => {
    for (const id of NUMBER_OPTIONS)
      expect(OPTIONS[id].step === null).toBe(OPTIONS[id].kind === 'share');
  });

  it('gives the dates and the language no default: the latest purchase, the sheet’s language', () => {
    expect([OPTIONS.asOf.default, OPTIONS.language.default]).toEqual([null, null]);
  });

  it.each(OPTION_IDS)('%s names only models that exist, at least one', (id) => {
    const models: readonly string[] = OPTIONS[id].models;
    expect(models.length).toBeGreaterThan(0);
    expect(models.filter((model) => !(MODEL_IDS as readonly string[]).includes(model))).toEqual([]);
  });

  it('gives every model the label language', () => {
    expect([...OPTIONS.language.models]).toEqual([...MODEL_IDS]);
  });

  it.each(OPTION_IDS)('%s has a label in each language', (id) => {
    const { en, zh } = OPTIONS[id].label;
    expect(en.trim()).not.toBe('');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each(NUMBER_OPTIONS.filter((id) => Number.isFinite(rangeOf(id).max)))(
    '%s shows its range in its label as the range is',
    (id) => {
      const { min, max } = rangeOf(id);
      expect(OPTIONS[id].label.en).toContain(`${min}–${max}`);
      expect(OPTIONS[id].label.zh).toContain(`${min}–${max}`);
    },
  );
});

/** src/ and ui/ as they are, but the registry itself. */
const root = fileURLToPath(new URL('../../', import.meta.url));
function sourcesUnder(folder: string): { path: string; text: string }[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|html|css)$/.test(name))
    .map((name) => join(root, folder, name))
    .filter((path) => !path.endsWith(join('core', 'option-registry.ts')))
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
}

/**
 * The numbers the registry replaced (commit 6469859), as they were written: ranges in checks,
 * messages, labels, help texts and comments; defaults as constants and fallbacks; the form's
 * limits. Each would be a second place to change, and would drift.
 */
const OLD_LITERALS: readonly RegExp[] = [
  /\b2 to [89]\b/, // "a whole number from 2 to 9", "How many clusters, 2 to 8"
  /\b2 到 [89]\b/,
  /\b2\s*[–—]\s*[89]\b/, // "Score levels (2–9)"
  /\b0\s*[–—]\s*1\b/, // "(0–1 or %)"
  /\b2\s*\.\.\s*[89]\b/, // "bins 2..9"
  /\.gte?\(\s*2\s*\)/, // z.gte(2)
  /\.lte\(\s*[89]\s*\)/, // z.lte(9)
  /\.gt\(\s*0\s*\)/, // shares: z.gt(0)
  /\?\?\s*5\b/, // options.bins ?? 5
  /\bbins:\s*5\b/,
  /'bins',\s*5\s*\)/, // numberOption('bins', bins, 'bins', 5)
  /\b(MIN|MAX|DEFAULT)_(BINS|CLUSTERS|A_SHARE|B_SHARE|CHURN_DAYS|HIGH_VALUE_SHARE)\s*(:\s*number)?\s*=\s*[\d.]+/,
  /\bmin\s*[:=]\s*['"]2['"]/, // min: '2', min="2"
  /\bmax\s*[:=]\s*['"][89]['"]/,
  />=\s*2\s*&&[^;\n]*<=\s*[89]\b/, // value >= 2 && value <= 9
  />\s*0\s*&&[^;\n]*<=\s*1\b/, // value > 0 && value <= 1
  /days, 0 or more/,
  /periods, 1 or more/,
  /above 0 and at most 1/,
  /each from 0 to 1/, // the churn thresholds: the probability range
  /0 或以上/,
  /不小于 [01] 的(天数|整数)/,
  /大于 0 且不超过 1/,
  /均在 0 到 1 之间/,
  /0 到 1 之间的概率/,
];

describe('the numbers the registry holds are written nowhere else', () => {
  const sources = [...sourcesUnder('src'), ...sourcesUnder('ui')];

  it('searches the sources', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.some(({ path }) => path.endsWith('model-form.ts'))).toBe(true);
  });

  it.each(OLD_LITERALS.map((pattern) => [pattern.source, pattern] as const))(
    'nothing in src/ or ui/ but the registry says %s',
    (_, pattern) => {
      const found = sources.flatMap(({ path, text }) =>
        text
          .split('\n')
          .flatMap((line, i) => (pattern.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
      );
      expect(found).toEqual([]);
    },
  );
});
