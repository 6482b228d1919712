/**
 * Who moved where between two runs: hand-made runs give hand-counted matrices and alerts, an
 * unchanged run keeps everyone on the diagonal with no alerts, customers are matched by id
 * whatever their order, and every class a warning names is one of its model's classes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnyModelId, DOWN_MOVES, migration } from '../../src/core/migration';
import { MODELS } from '../../src/core/models';
import { PREDICTION_MODELS } from '../../src/core/prediction-models';

const TIERS = MODELS.tiers.classes;
const run = (entries: [string, string][], money?: [string, number][]) => ({
  classOf: new Map(entries),
  ...(money ? { moneyOf: new Map(money) } : {}),
});

describe('migration', () => {
  it('counts hand-made moves, new and gone customers, and alerts by money at risk', () => {
    const previous = run([
      ['ann', 'high-value'],
      ['bob', 'high-value'],
      ['cat', 'potential'],
      ['dan', 'regular'],
      ['eve', 'churned'],
    ]);
    const current = run(
      [
        ['eve', 'regular'],
        ['dan', 'churned'],
        ['ann', 'regular'],
        ['bob', 'high-value'],
        ['fay', 'potential'],
      ],
      [
        ['ann', 900],
        ['bob', 5000],
        ['dan', 1200],
        ['eve', 40],
        ['fay', 10],
      ],
    );
    const moved = migration('tiers', TIERS, previous, current);
    // rows: from high-value, potential, regular, churned; columns: to, in the same order
    expect(moved.counts).toEqual([
      [1, 0, 1, 0],
      [0, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 0],
    ]);
    expect([moved.newCustomers, moved.goneCustomers]).toEqual([1, 1]);
    expect(moved.alerts).toEqual([
      { customer: 'dan', from: 'regular', to: 'churned', moneyAtRisk: 1200 },
      { customer: 'ann', from: 'high-value', to: 'regular', moneyAtRisk: 900 },
    ]);
  });

  it('keeps everyone on the diagonal with no alerts when nothing changed, in any row order', () => {
    const customer = fc.tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.constantFrom(...TIERS));
    fc.assert(
      fc.property(fc.uniqueArray(customer, { selector: ([id]) => id, maxLength: 40 }), (rows) => {
        const moved = migration('tiers', TIERS, run(rows), run([...rows].reverse()));
        expect(moved.alerts).toEqual([]);
        expect([moved.newCustomers, moved.goneCustomers]).toEqual([0, 0]);
        TIERS.forEach((from, i) => {
          TIERS.forEach((to, j) => {
            const expected = i === j ? rows.filter(([, tier]) => tier === from).length : 0;
            expect(moved.counts[i]?.[j], `${from} → ${to}`).toBe(expected);
          });
        });
      }),
    );
  });

  it('alerts exactly on the moves its model warns about, matching a plain recount', () => {
    const customer = fc.tuple(
      fc.string({ minLength: 1, maxLength: 3 }),
      fc.constantFrom(...TIERS),
      fc.constantFrom(...TIERS),
    );
    fc.assert(
      fc.property(fc.uniqueArray(customer, { selector: ([id]) => id, maxLength: 40 }), (rows) => {
        const moved = migration(
          'tiers',
          TIERS,
          run(rows.map(([id, from]) => [id, from])),
          run(rows.map(([id, , to]) => [id, to])),
        );
        const warned = rows.filter(
          ([, from, to]) =>
            (from === 'high-value' && (to === 'regular' || to === 'churned')) ||
            ((from === 'potential' || from === 'regular') && to === 'churned'),
        );
        expect(moved.alerts.map((alert) => alert.customer).sort()).toEqual(
          warned.map(([id]) => id).sort(),
        );
        expect(moved.counts.flat().reduce((a, b) => a + b, 0)).toBe(rows.length);
      }),
    );
  });

  it('names only classes its model has', () => {
    const schemes = { ...MODELS, ...PREDICTION_MODELS };
    for (const [model, moves] of Object.entries(DOWN_MOVES)) {
      const classes: readonly string[] = schemes[model as AnyModelId].classes;
      for (const move of moves)
        for (const id of [...move.from, ...move.to])
          expect(classes, `${model}: ${id}`).toContain(id);
    }
  });
});
