import { describe, expect, it } from 'vitest';
import { rfmTable } from '../../src/core/rfm-table';

describe('rfmTable', () => {
  const log = {
    customerKeys: ['ann', 'bob', 'ann', 'cat', null],
    days: [100, 50, 110, 80, 1],
    amounts: [500, 40, 300, -20, 7],
  };

  it('counts days to the as-of day and scores, segments and tiers each customer', () => {
    const table = rfmTable(log, 120);
    expect(table.keys).toEqual(['ann', 'bob', 'cat']);
    expect(table.recencyDays).toEqual([10, 70, null]);
    expect(Array.from(table.scores.codes)).toEqual([555, 111, 0]);
    expect(table.segments).toEqual(['champions', 'lost', 'prospects']);
    expect(table.tiers).toEqual(['high-value', 'regular', 'potential']);
    expect(table.skippedRows).toBe(1);
  });

  it('rejects an as-of day before a purchase', () => {
    expect(() => rfmTable(log, 100)).toThrow(
      'rfmTable requires an as-of day on or after every purchase',
    );
  });
});
