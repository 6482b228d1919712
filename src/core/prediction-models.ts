/**
 * This file defines the prediction models' class schemes — churn risk from the probability of
 * buying again, lifecycle stages and k-means clusters — each once: its classes, their labels in
 * every language and their row colours, for the legend and the row colours. Unlike the segment
 * models (models.ts), they are not classified from the RFM measures alone: each needs its own
 * fit or purchase days.
 * Clusters are classes by value rank, cluster-1 the most valuable; their generic labels stand in
 * where a cluster's own name (from its centre, cluster/cluster-names.ts) is not at hand.
 */
import { type ClassScheme, colourMap } from './class-scheme';
import { MAX_CLUSTERS } from './cluster/customer-clusters';
import {
  CHURN_RISK_LABELS,
  CHURN_RISKS,
  type ChurnRisk,
  COLUMN_LABELS,
  type Label,
  LIFECYCLE_STAGE_LABELS,
  LIFECYCLE_STAGES,
  type LifecycleStage,
  SEGMENT_LABELS,
} from './labels';
import { PREDICTION_MODEL_IDS, type PredictionModelId } from './model-ids';
import type { Tint } from './palette';

export { PREDICTION_MODEL_IDS, type PredictionModelId };

export interface PredictionModel<Class extends string = string> extends ClassScheme<Class> {
  readonly id: PredictionModelId;
}

/** A cluster's class: `cluster-1` for the most valuable (cluster 0 of `customerClusters`). */
export type ClusterClass = `cluster-${number}`;

/** The tints of the clusters in value order, the most valuable first. */
const CLUSTER_TINTS: readonly Tint[] = [
  'mint',
  'pear',
  'cyan',
  'blue',
  'pale-blue',
  'yellow',
  'pink',
  'orange',
];

export const CLUSTER_CLASSES: readonly ClusterClass[] = Array.from(
  { length: MAX_CLUSTERS },
  (_, rank) => `cluster-${rank + 1}` as const,
);

const churnRisk: PredictionModel<ChurnRisk> = {
  id: 'churn-risk',
  name: { en: 'Churn risk (BG/NBD)', zh: '流失风险（BG/NBD）' },
  heading: COLUMN_LABELS.churnRisk,
  classes: CHURN_RISKS,
  labels: CHURN_RISK_LABELS,
  colours: colourMap<ChurnRisk>({
    active: 'mint',
    'at-risk': 'yellow',
    'likely-churned': 'orange',
  }),
};

const lifecycle: PredictionModel<LifecycleStage> = {
  id: 'lifecycle',
  name: { en: 'Lifecycle stages', zh: '客户生命周期' },
  heading: COLUMN_LABELS.lifecycleStage,
  classes: LIFECYCLE_STAGES,
  labels: LIFECYCLE_STAGE_LABELS,
  colours: colourMap<LifecycleStage>({
    new: 'cyan',
    active: 'mint',
    'at-risk': 'yellow',
    dormant: 'orange',
    churned: 'pale-red',
    prospects: 'pale-green',
  }),
};

/** Customers without a purchase, whom k-means leaves out: prospects, as the segments call them. */
type ClusterModelClass = ClusterClass | 'prospects';

const clusters: PredictionModel<ClusterModelClass> = {
  id: 'clusters',
  name: { en: 'k-means clusters', zh: 'K 均值聚类' },
  heading: COLUMN_LABELS.cluster,
  classes: [...CLUSTER_CLASSES, 'prospects'],
  labels: {
    ...Object.fromEntries(
      CLUSTER_CLASSES.map((c, rank): [ClusterClass, Label] => [
        c,
        { en: `Cluster ${rank + 1}`, zh: `聚类 ${rank + 1}` },
      ]),
    ),
    prospects: SEGMENT_LABELS.prospects,
  },
  colours: colourMap<ClusterModelClass>({
    ...Object.fromEntries(CLUSTER_CLASSES.map((c, rank) => [c, CLUSTER_TINTS[rank] as Tint])),
    prospects: 'pale-green',
  }),
};

/** Every prediction model by its id. */
export const PREDICTION_MODELS: { readonly [Id in PredictionModelId]: PredictionModel } = {
  'churn-risk': churnRisk,
  lifecycle,
  clusters,
};
