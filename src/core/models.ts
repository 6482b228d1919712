/**
 * This file defines the segment models a sheet can be classified by — the four tiers, the RFM
 * segments, the eight value classes and ABC — each once: its classes, their labels in every
 * language, their row colours, and one `classify(measures, options)`. The sidebar's model picker,
 * its legend, the row colours and the custom functions all read this registry.
 */
import { type AbcClass, abcClasses } from './abc-class';
import { type ClassScheme, colourMap } from './class-scheme';
import { customerTiers } from './customer-tier';
import {
  COLUMN_LABELS,
  type Language,
  SEGMENT_LABELS,
  SEGMENTS,
  type Segment,
  TIER_LABELS,
  TIERS,
  type Tier,
  VALUE_CLASS_LABELS,
  VALUE_CLASSES,
  type ValueClass,
} from './labels';
import type { MeasureBreaks } from './measure-breaks';
import { MODEL_IDS, type ModelId, type SidebarModelId } from './model-ids';
import { PREDICTION_MODELS } from './prediction-models';
import { type CustomerMeasures, rfmScores } from './rfm-score';
import { segmentsOfScores } from './rfm-segment';
import { valueClasses } from './value-class';

/** Every model's options; each model reads the ones it has, the rest keep their defaults. */
export interface ModelOptions {
  readonly bins?: number;
  /** A measure's own score breaks instead of its quantiles (see RfmScoreOptions). */
  readonly breaks?: MeasureBreaks;
  readonly churnDays?: number;
  readonly highValueShare?: number;
  /** Money from which an active customer is High value, instead of the top share (see TierOptions). */
  readonly highValueFrom?: number | null;
  readonly aShare?: number;
  readonly bShare?: number;
}

/** A class scheme that classifies customers by their RFM measures. */
export interface SegmentModel<Class extends string = string> extends ClassScheme<Class> {
  readonly id: ModelId;
  /** The class of every customer. */
  classify(measures: CustomerMeasures, options?: ModelOptions): Class[];
}

export { MODEL_IDS, type ModelId };

const ABC_CLASSES = ['A', 'B', 'C'] as const satisfies readonly AbcClass[];

const tiers: SegmentModel<Tier> = {
  id: 'tiers',
  name: { en: 'Four tiers', zh: '四类客户分层' },
  heading: COLUMN_LABELS.tier,
  classes: TIERS,
  labels: TIER_LABELS,
  colours: colourMap<Tier>({
    'high-value': 'mint',
    potential: 'cyan',
    regular: 'grey',
    churned: 'orange',
  }),
  classify: (measures, options = {}) => customerTiers(measures, options),
};

const rfmSegments: SegmentModel<Segment> = {
  id: 'rfm-segments',
  name: { en: 'RFM segments', zh: 'RFM 客户细分' },
  heading: COLUMN_LABELS.segment,
  classes: SEGMENTS,
  labels: SEGMENT_LABELS,
  colours: colourMap<Segment>({
    champions: 'mint',
    'loyal-customers': 'pear',
    'new-customers': 'cyan',
    promising: 'pale-blue',
    'potential-loyalist': 'blue',
    'need-attention': 'yellow',
    'about-to-sleep': 'olive',
    'cant-lose-them': 'pink',
    'at-risk': 'orange',
    lost: 'pale-red',
    others: 'grey',
    prospects: 'pale-green',
  }),
  classify: (measures, options = {}) => {
    const scores = rfmScores(measures, options);
    return segmentsOfScores(scores, scores.levels);
  },
};

const valueClassModel: SegmentModel<ValueClass> = {
  id: 'value-classes',
  name: { en: 'Eight value classes', zh: '八类客户' },
  heading: COLUMN_LABELS.valueClass,
  classes: VALUE_CLASSES,
  labels: VALUE_CLASS_LABELS,
  colours: colourMap<ValueClass>({
    'important-value': 'mint',
    'important-retention': 'pink',
    'important-development': 'cyan',
    'important-recovery': 'orange',
    'general-value': 'pear',
    'general-retention': 'yellow',
    'general-development': 'blue',
    'general-recovery': 'grey',
    prospects: 'pale-green',
  }),
  classify: (measures) => valueClasses(measures),
};

const abc: SegmentModel<AbcClass> = {
  id: 'abc',
  name: { en: 'ABC classes', zh: 'ABC 分类' },
  heading: COLUMN_LABELS.abcClass,
  classes: ABC_CLASSES,
  labels: { A: { en: 'A', zh: 'A' }, B: { en: 'B', zh: 'B' }, C: { en: 'C', zh: 'C' } },
  colours: colourMap<AbcClass>({ A: 'mint', B: 'yellow', C: 'grey' }),
  classify: (measures, options = {}) => abcClasses(measures.monetary, options),
};

/** Every model by its id. */
export const MODELS: { readonly [Id in ModelId]: SegmentModel } = {
  tiers,
  'rfm-segments': rfmSegments,
  'value-classes': valueClassModel,
  abc,
};

/** Every class scheme, segment and prediction models alike, by its id: what the sidebar offers. */
export const CLASS_SCHEMES: { readonly [Id in SidebarModelId]: ClassScheme } = {
  ...MODELS,
  ...PREDICTION_MODELS,
};

/**
 * Each class of a model in a language, as the model's functions and sheets write it.
 *
 * @example classLabels('tiers', ['churned'], 'zh') //=> ['流失客户']
 * @example classLabels('lifecycle', ['dormant', 'at-risk'], 'en') //=> ['Dormant', 'At risk']
 */
export function classLabels(
  id: SidebarModelId,
  classes: readonly string[],
  language: Language,
): string[] {
  const { labels } = CLASS_SCHEMES[id];
  return classes.map((c) => labels[c]?.[language] ?? c);
}
