/**
 * This file defines each class's totals for a legend: its customers, their share of all
 * customers, their money and its share of all customers' money. The segment models' totals
 * (Segmentation.totals) and the prediction models' alike are counted here, once.
 */
import { RunningSum } from './sum';

/** One class of a model with its customers and money. */
export interface ClassTotal {
  readonly id: string;
  readonly customers: number;
  /** customers / all customers, 0..1 (0 with no customers). */
  readonly customerShare: number;
  /** Money spent by the class's customers; returns beyond purchases count as nothing spent. */
  readonly revenue: number;
  /** revenue / all customers' revenue, 0..1 (0 when nobody spent anything). */
  readonly revenueShare: number;
}

/**
 * The totals of each class in `order`. A customer whose class is not in `order` (a prediction
 * model leaves customers it cannot judge without one) counts in the shares' totals only.
 *
 * @param classes each customer's class
 * @param monetary each customer's money spent
 * @example classTotals(['a', 'b'], ['a', 'b', 'a'], [10, 30, -5]).map((t) => t.revenueShare) //=> [0.25, 0.75]
 */
export function classTotals(
  order: readonly string[],
  classes: readonly string[],
  monetary: ArrayLike<number>,
): ClassTotal[] {
  const customers = new Map<string, number>();
  const revenue = new Map<string, RunningSum>();
  const total = new RunningSum();
  classes.forEach((c, i) => {
    const spent = Math.max(0, monetary[i] as number);
    customers.set(c, (customers.get(c) ?? 0) + 1);
    let spending = revenue.get(c);
    if (spending === undefined) {
      spending = new RunningSum();
      revenue.set(c, spending);
    }
    spending.add(spent);
    total.add(spent);
  });
  return order.map((id) => {
    const count = customers.get(id) ?? 0;
    const money = revenue.get(id)?.value ?? 0;
    return {
      id,
      customers: count,
      customerShare: classes.length > 0 ? count / classes.length : 0,
      revenue: money,
      revenueShare: total.value > 0 ? money / total.value : 0,
    };
  });
}
