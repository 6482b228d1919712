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

/** One class with its customers' mean measures; null where no customer has one. */
export interface ClassMeans {
  readonly id: string;
  /** Mean days since the last purchase, over the class's customers who bought. */
  readonly recencyDays: number | null;
  /** Mean orders, over all the class's customers. */
  readonly frequency: number | null;
  /** Mean money, over all the class's customers (the monetary column's own values). */
  readonly monetary: number | null;
}

/** What classMeans reads of each customer. */
export interface MeasuresForMeans {
  readonly recencyDays: ArrayLike<number | null>;
  readonly frequency: ArrayLike<number>;
  readonly monetary: ArrayLike<number>;
}

/**
 * Each class in `order` with its customers' mean recency, frequency and money, as AVERAGEIF
 * over the measure columns gives them.
 *
 * @param classes each customer's class
 */
export function classMeans(
  order: readonly string[],
  classes: readonly string[],
  { recencyDays, frequency, monetary }: MeasuresForMeans,
): ClassMeans[] {
  const sums = new Map<string, { days: MeanSum; orders: MeanSum; money: MeanSum }>();
  classes.forEach((c, i) => {
    let sum = sums.get(c);
    if (sum === undefined) {
      sum = { days: new MeanSum(), orders: new MeanSum(), money: new MeanSum() };
      sums.set(c, sum);
    }
    const days = recencyDays[i];
    if (days !== null && days !== undefined) sum.days.add(days);
    sum.orders.add(frequency[i] as number);
    sum.money.add(monetary[i] as number);
  });
  return order.map((c) => {
    const sum = sums.get(c);
    return {
      id: c,
      recencyDays: sum?.days.mean ?? null,
      frequency: sum?.orders.mean ?? null,
      monetary: sum?.money.mean ?? null,
    };
  });
}

/** A compensated sum with its count: the mean of what was added, or null of nothing. */
class MeanSum {
  private readonly total = new RunningSum();
  private count = 0;

  add(value: number): void {
    this.total.add(value);
    this.count++;
  }

  get mean(): number | null {
    return this.count === 0 ? null : this.total.value / this.count;
  }
}
