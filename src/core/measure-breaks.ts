/**
 * This file defines a measure's own score breaks, once: the measures scored, the breaks a user
 * may give each instead of its quantiles, and the rule every list of breaks must meet — in the
 * custom functions, the saved settings, the sidebar's form and the core alike. How many breaks
 * there may be follows the bins range of the option registry (option-registry.ts). It imports
 * only the registry, so that the sidebar's browser code may load it.
 */
import { RANGES } from './option-registry';

/** The measures scored, each cut at quantiles or at the user's own breaks. */
export const MEASURES = ['recency', 'frequency', 'monetary'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The user's own breaks per measure, ascending (recency in days, fewest first, too); a measure
 * left out or null is cut at quantiles.
 */
export type MeasureBreaks = Readonly<Partial<Record<Measure, readonly number[] | null>>>;

/**
 * How many breaks a measure may have: k breaks make k + 1 score levels, and the levels must lie
 * in the bins range, so 1 to 8 breaks.
 */
export const BREAK_COUNT = { min: RANGES.bins.min - 1, max: RANGES.bins.max - 1 } as const;

/** What is wrong with a list of breaks; `index` is the 0-based place of the break at fault. */
export type BreaksProblem =
  | { readonly kind: 'break-not-a-number'; readonly index: number }
  | {
      readonly kind: 'breaks-out-of-order';
      readonly index: number;
      /** The break before it, which this one is not above. */
      readonly previous: number;
    }
  /** `index` is the first break too many; `count` how many there are. */
  | { readonly kind: 'too-many-breaks'; readonly index: number; readonly count: number }
  | { readonly kind: 'no-breaks' };

/**
 * The rule every list of breaks must meet, in the custom functions, the saved settings and the
 * core alike: finite numbers, each above the one before (no repeats), BREAK_COUNT of them. The
 * first break at fault is named (for too many, the first one too many), so that the message can
 * point at its cell.
 *
 * @example breaksProblem([30, 90, 180, 365]) //=> null
 * @example breaksProblem([30, 90, 90]) //=> { kind: 'breaks-out-of-order', index: 2, previous: 90 }
 */
export function breaksProblem(breaks: readonly number[]): BreaksProblem | null {
  for (let index = 0; index < breaks.length; index++) {
    const value = breaks[index] as number;
    if (typeof value !== 'number' || !Number.isFinite(value))
      return { kind: 'break-not-a-number', index };
    const previous = breaks[index - 1];
    if (previous !== undefined && !(value > previous))
      return { kind: 'breaks-out-of-order', index, previous };
  }
  if (breaks.length < BREAK_COUNT.min) return { kind: 'no-breaks' };
  if (breaks.length > BREAK_COUNT.max)
    return { kind: 'too-many-breaks', index: BREAK_COUNT.max, count: breaks.length };
  return null;
}
