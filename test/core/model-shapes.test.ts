/**
 * The tests of the shapes each model classifies: the predictions of purchase days need an order
 * log, every other model takes either shape.
 */
import { describe, expect, it } from 'vitest';
import { SIDEBAR_MODEL_IDS } from '../../src/core/model-ids';
import { modelShapes } from '../../src/core/model-shapes';

describe('modelShapes', () => {
  it('gives churn risk and lifecycle an order log only, the others both shapes', () => {
    const logOnly = SIDEBAR_MODEL_IDS.filter((id) => !modelShapes(id).includes('customers'));
    expect(logOnly).toEqual(['churn-risk', 'lifecycle']);
    for (const id of SIDEBAR_MODEL_IDS) expect(modelShapes(id)).toContain('transactions');
  });
});
