/**
 * This file defines the segmentation of a set of customers: their R/F/M scores, computed once,
 * the class of each customer under any segment model, and each class's totals (customers, share
 * of customers, revenue, share of revenue) and means (recency, frequency, money). `RFM_TABLE`, the segment functions and the sidebar's
 * columns and legend all read one Segmentation, so they agree by construction.
 */
import { MODELS, type ModelId, type ModelOptions } from './models';
import { type CustomerMeasures, type RfmScores, rfmScores } from './rfm-score';
import { segmentsOfScores } from './rfm-segment';
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

/** One class of a model with its customers' mean measures; null where no customer has one. */
export interface ClassMeans {
  readonly id: string;
  /** Mean days since the last purchase, over the class's customers who bought. */
  readonly recencyDays: number | null;
  /** Mean orders, over all the class's customers. */
  readonly frequency: number | null;
  /** Mean money, net of returns as the monetary column holds it, over all its customers. */
  readonly monetary: number | null;
}

export class Segmentation {
  private scored: RfmScores | undefined;
  private readonly classified = new Map<ModelId, readonly string[]>();

  constructor(
    readonly measures: CustomerMeasures,
    readonly options: ModelOptions = {},
    scores?: RfmScores,
  ) {
    this.scored = scores;
  }

  /** Every customer's R, F and M scores and RFM code, computed on first use. */
  get scores(): RfmScores {
    this.scored ??= rfmScores(this.measures, this.options);
    return this.scored;
  }

  /** The class of every customer under a model, computed once per model. */
  classes(id: ModelId): readonly string[] {
    let classes = this.classified.get(id);
    if (classes === undefined) {
      classes =
        id === 'rfm-segments'
          ? segmentsOfScores(this.scores, this.scores.levels)
          : MODELS[id].classify(this.measures, this.options);
      this.classified.set(id, classes);
    }
    return classes;
  }

  /** Each class of a model, in the model's order, with its customers and money. */
  totals(id: ModelId): ClassTotal[] {
    const model = MODELS[id];
    const classes = this.classes(id);
    const customers = new Map<string, number>();
    const revenue = new Map<string, RunningSum>();
    const total = new RunningSum();
    classes.forEach((c, i) => {
      const spent = Math.max(0, this.measures.monetary[i] as number);
      customers.set(c, (customers.get(c) ?? 0) + 1);
      let spending = revenue.get(c);
      if (spending === undefined) {
        spending = new RunningSum();
        revenue.set(c, spending);
      }
      spending.add(spent);
      total.add(spent);
    });
    return model.classes.map((id) => {
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

  /**
   * Each class of a model, in the model's order, with its customers' mean recency, frequency and
   * money (the monetary column's own values, as AVERAGEIF over it gives them).
   */
  means(id: ModelId): ClassMeans[] {
    const { recencyDays, frequency, monetary } = this.measures;
    const sums = new Map<string, { days: MeanSum; orders: MeanSum; money: MeanSum }>();
    this.classes(id).forEach((c, i) => {
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
    return MODELS[id].classes.map((c) => {
      const sum = sums.get(c);
      return {
        id: c,
        recencyDays: sum?.days.mean ?? null,
        frequency: sum?.orders.mean ?? null,
        monetary: sum?.money.mean ?? null,
      };
    });
  }
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
