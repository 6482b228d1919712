/**
 * This file defines what the option registry's consumers are tested with: the numbers to probe a
 * range with (its edges, just inside and outside them, a fraction, NaN, the infinities, a whole
 * number too large to be exact), and a registry with every range, step and default moved, which a
 * test mocks in place of the real one to show that a consumer follows it rather than agreeing
 * with today's numbers by chance.
 */
import type * as Registry from '../../src/core/option-registry';
import type { NumberRange } from '../../src/core/option-registry';

/** Numbers at and around a range's edges, and numbers no range takes. */
export function probesOf(range: NumberRange): number[] {
  const near = range.whole ? 1 : 1e-9;
  const top = Number.isFinite(range.max)
    ? [range.max - near, range.max, range.max + near, range.max + 0.5]
    : [1e6, 1e6 + 0.5];
  return [
    range.min - near,
    range.min,
    range.min + near,
    range.min + 0.5,
    ...top,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    2 ** 60,
  ];
}

/** The ranges moved: every edge, inclusion and upper limit differs from the real registry's. */
export const MOVED_RANGES = {
  bins: { whole: true, min: 3, minIncluded: true, max: 7 },
  'churn-days': { whole: false, min: 10, minIncluded: false, max: 400 },
  share: { whole: false, min: 0.1, minIncluded: true, max: 0.9 },
  periods: { whole: true, min: 2, minIncluded: true, max: 50 },
  clusters: { whole: true, min: 3, minIncluded: true, max: 6 },
  probability: { whole: false, min: 0.05, minIncluded: false, max: 0.95 },
  money: { whole: false, min: 5, minIncluded: false, max: 1e9 },
} as const satisfies Readonly<Record<Registry.RangeId, NumberRange>>;

/** The moved defaults and steps of the sidebar's number options (each inside its moved range). */
export const MOVED_NUMBER_OPTIONS = {
  bins: { default: 4, step: 1 },
  churnDays: { default: 90, step: 5 },
  highValueShare: { default: 0.3, step: null },
  aShare: { default: 0.7, step: null },
  bShare: { default: 0.85, step: null },
  horizon: { default: 6, step: 2 },
  activeFrom: { default: 0.6, step: null },
  atRiskFrom: { default: 0.3, step: null },
  clusterCount: { default: 5, step: 1 },
} as const;

/**
 * The registry module with the moved ranges, defaults and steps, for `vi.doMock`: built from the
 * real module (`importOriginal`), with `rangeOf` and `inRange` reading the moved ranges.
 */
export function movedRegistry(original: typeof Registry): typeof Registry {
  const options = Object.fromEntries(
    Object.entries(original.OPTIONS).map(([id, spec]) => [
      id,
      id in MOVED_NUMBER_OPTIONS
        ? { ...spec, ...MOVED_NUMBER_OPTIONS[id as keyof typeof MOVED_NUMBER_OPTIONS] }
        : spec,
    ]),
  ) as unknown as typeof Registry.OPTIONS;
  return {
    ...original,
    RANGES: MOVED_RANGES as unknown as typeof Registry.RANGES,
    OPTIONS: options,
    rangeOf: (id) => MOVED_RANGES[options[id].range],
  };
}
