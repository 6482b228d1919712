/**
 * This file defines the segmentation of a set of customers: their R/F/M scores, computed once,
 * the class of each customer under any segment model, and each class's totals (customers, share
 * of customers, revenue, share of revenue) and means (recency, frequency, money). `RFM_TABLE`, the segment functions and the sidebar's
 * columns and legend all read one Segmentation, so they agree by construction.
 */
import { type ClassMeans, type ClassTotal, classMeans, classTotals } from './class-totals';
import { MODELS, type ModelId, type ModelOptions } from './models';
import { type CustomerMeasures, type RfmScores, rfmScores } from './rfm-score';
import { segmentsOfScores } from './rfm-segment';

export type { ClassMeans, ClassTotal };

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
    return classTotals(MODELS[id].classes, this.classes(id), this.measures.monetary);
  }

  /**
   * Each class of a model, in the model's order, with its customers' mean recency, frequency and
   * money (the monetary column's own values, as AVERAGEIF over it gives them).
   */
  means(id: ModelId): ClassMeans[] {
    return classMeans(MODELS[id].classes, this.classes(id), this.measures);
  }
}
