/**
 * This file defines the eight value classes of the common Chinese RFM model (八类客户, docs/domain.md
 * §4): each of R, F and M is high or low against its mean, and the three together name the class.
 */
import type { ValueClass } from './labels';
import { type CustomerMeasures, isBuyerFrequency } from './rfm-score';
import { sum } from './sum';

/** Classes by [R high][F high][M high]. */
const CLASS_BY_LEVELS: Readonly<Record<string, ValueClass>> = {
  '111': 'important-value',
  '011': 'important-retention',
  '101': 'important-development',
  '001': 'important-recovery',
  '110': 'general-value',
  '010': 'general-retention',
  '100': 'general-development',
  '000': 'general-recovery',
};

/**
 * The value class of every customer. R is high when the days since the last purchase are at
 * most the buyers' mean, F and M when at least the mean. A customer who never bought is a
 * prospect, with no class, and takes no part in the means. Comparisons are made as `value · n`
 * against the sum, with a relative tolerance of 1e-12, so a value equal to the mean is never
 * lost to rounding.
 *
 * @throws {RangeError} when the columns differ in length or a buyer has no recency
 * @example valueClasses({ recencyDays: [5, 50, null], frequency: [8, 1, 0], monetary: [900, 20, 0] }) //=> ['important-value', 'general-recovery', 'prospects']
 */
export function valueClasses(measures: CustomerMeasures): ValueClass[] {
  const { recencyDays, frequency, monetary } = measures;
  if (recencyDays.length !== frequency.length || monetary.length !== frequency.length) {
    throw new RangeError('valueClasses requires columns of equal length');
  }
  const buyers = frequency.flatMap((orders, i) => (isBuyerFrequency(orders) ? [i] : []));
  const daysOf = (i: number): number => {
    const days = recencyDays[i];
    if (days === null || days === undefined)
      throw new RangeError('valueClasses requires recency for every buyer');
    return days;
  };
  const daysTotal = sum(buyers.map(daysOf));
  const frequencyTotal = sum(buyers.map((i) => frequency[i] as number));
  const monetaryTotal = sum(buyers.map((i) => monetary[i] as number));
  const count = buyers.length;
  return frequency.map((orders, i) => {
    if (!isBuyerFrequency(orders)) return 'prospects';
    const recent = atLeast(daysTotal, daysOf(i) * count);
    const frequent = atLeast(orders * count, frequencyTotal);
    const valuable = atLeast((monetary[i] as number) * count, monetaryTotal);
    return CLASS_BY_LEVELS[`${+recent}${+frequent}${+valuable}`] as ValueClass;
  });
}

/** a ≥ b, counting values within 1e-12 of each other (relatively) as equal. */
function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}
