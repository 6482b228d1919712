/**
 * This file defines the segmentation of a set of customers: their R/F/M scores, computed once,
 * the class of each customer under any segment model, and each class's totals (customers, share
 * of customers, revenue, share of revenue). `RFM_TABLE`, the segment functions and the sidebar's
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
}
