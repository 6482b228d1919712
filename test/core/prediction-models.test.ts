/**
 * This file defines the tests of the prediction models' schemes: their classes are exactly what
 * churnRisk, lifecycleStage and customerClusters give, and none is offered where the sidebar
 * picks a segment model.
 */
import { describe, expect, it } from 'vitest';
import { churnRisk } from '../../src/core/churn-risk';
import { customerClusters, MAX_CLUSTERS } from '../../src/core/cluster/customer-clusters';
import { lifecycleStage } from '../../src/core/lifecycle';
import { MODEL_IDS } from '../../src/core/models';
import {
  CLUSTER_CLASSES,
  PREDICTION_MODEL_IDS,
  PREDICTION_MODELS,
} from '../../src/core/prediction-models';

describe('PREDICTION_MODELS', () => {
  it('lists the churn risks churnRisk gives, in falling probability of buying again', () => {
    expect(PREDICTION_MODELS['churn-risk'].classes).toEqual(
      [0.9, 0.3, 0.1].map((p) => churnRisk(p)),
    );
  });

  it('lists every stage lifecycleStage gives', () => {
    const asOf = 1000;
    const stages = [
      { firstPurchaseDay: 990, lastPurchaseDay: 990, frequency: 1 },
      { firstPurchaseDay: 800, lastPurchaseDay: 950, frequency: 3 },
      { firstPurchaseDay: 800, lastPurchaseDay: 850, frequency: 2 },
      { firstPurchaseDay: 600, lastPurchaseDay: 650, frequency: 2 },
      { firstPurchaseDay: 100, lastPurchaseDay: 600, frequency: 9 },
      { firstPurchaseDay: null, lastPurchaseDay: null, frequency: 0 },
    ].map((customer) => lifecycleStage(customer, asOf));
    expect(PREDICTION_MODELS.lifecycle.classes).toEqual(stages);
  });

  it('has a cluster class per value rank customerClusters can give, the most valuable first', () => {
    expect(CLUSTER_CLASSES).toHaveLength(MAX_CLUSTERS);
    expect(CLUSTER_CLASSES[0]).toBe('cluster-1');
    const result = customerClusters(
      { recencyDays: [1, 2, 300, 310], frequency: [9, 8, 1, 1], monetary: [500, 400, 5, 6] },
      { k: 2 },
    );
    expect(Array.from(result.clusterOfCustomer, (rank) => CLUSTER_CLASSES[rank])).toEqual([
      'cluster-1',
      'cluster-1',
      'cluster-2',
      'cluster-2',
    ]);
  });

  it('stays out of the segment models the sidebar offers', () => {
    for (const id of PREDICTION_MODEL_IDS) expect(MODEL_IDS).not.toContain(id);
  });
});
