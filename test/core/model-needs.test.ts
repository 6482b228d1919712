/**
 * The tests of what each model needs: churn risk and lifecycle stages need an order log, or a
 * customer table with first and last purchase dates; every other model nothing more.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../../src/core/column-roles';
import { SIDEBAR_MODEL_IDS } from '../../src/core/model-ids';
import { missingForModel } from '../../src/core/model-needs';

const table = new Set<ColumnRole>(['customer', 'recency-days', 'frequency', 'monetary']);

describe('missingForModel', () => {
  it('asks a customer table for first and last purchase dates for churn risk and lifecycle only', () => {
    const needing = SIDEBAR_MODEL_IDS.filter(
      (id) => missingForModel(id, 'customers', table).length > 0,
    );
    expect(needing).toEqual(['churn-risk', 'lifecycle']);
    expect(missingForModel('lifecycle', 'customers', table)).toEqual([
      'first-purchase',
      'last-purchase',
    ]);
    const dated = new Set<ColumnRole>([...table, 'first-purchase', 'last-purchase']);
    expect(missingForModel('lifecycle', 'customers', dated)).toEqual([]);
  });

  it('asks an order log for nothing more', () => {
    for (const id of SIDEBAR_MODEL_IDS)
      expect(missingForModel(id, 'transactions', new Set())).toEqual([]);
  });
});
