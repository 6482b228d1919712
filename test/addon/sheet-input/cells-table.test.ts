import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/addon/input-error';
import { inputErrorMessage } from '../../../src/addon/messages';
import { tableOfCells } from '../../../src/addon/sheet-input/cells-table';
import { tableOfLog } from '../../../src/addon/sheet-input/log-table';
import { rfmTableRows } from '../../../src/addon/sheet-input/rfm-table-rows';
import { readLog } from '../../../src/addon/sheet-input/transaction-log';
import { activeSheetSettings, type SheetSettings } from '../../../src/addon/sheet-settings';
import type { Language } from '../../../src/core/labels';
import { column } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

/** Serial number of 2024-01-01 in Sheets (days since 1899-12-30). */
const SERIAL_2024 = 45_292;
/** Days a log spans: few, so customers tie on their last purchase. */
const DAYS = 40;

/** A log's dates in one of the ways a sheet holds them, over a few days so that days tie. */
const dateKinds = {
  date: (day: number) => new Date(2024, 0, 1 + day),
  serial: (day: number) => SERIAL_2024 + day,
  text: (day: number) => `2024-02-${String(1 + (day % 28)).padStart(2, '0')}`,
  /** a column of quantities taken for dates: refused */
  quantity: (day: number) => 1 + day,
} as const;

const customerPool = {
  // text that is not its own key (spaces around it, a number as text) is shown as written
  text: ['C000001', 'C000002', 'C000123', 'C000124', 'c000001', '  C000002', '17850', '00123'],
  number: [1, 2, 123, 124, 17850, 0],
} as const;

/** One row of a log: mostly plausible, now and then blank or unreadable. */
function logRow(ids: readonly (string | number)[], dateOf: (day: number) => unknown) {
  return fc.record({
    customer: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
    date: fc.oneof(
      { weight: 120, arbitrary: fc.integer({ min: 0, max: DAYS }).map(dateOf) },
      { weight: 1, arbitrary: fc.constantFrom('', 'soon', SERIAL_2024 + 3) },
    ),
    amount: fc.oneof(
      { weight: 120, arbitrary: fc.constantFrom(10, 20, 20, 35.5, 100, 0, -20) },
      { weight: 3, arbitrary: fc.constantFrom('¥30', '€30', '¥1,200', '12') },
      { weight: 1, arbitrary: fc.constantFrom('', 'abc', 1e308) },
    ),
    order: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('A1', 'A2', 'A3', 7, 8) },
      { weight: 1, arbitrary: fc.constant('') },
    ),
  });
}

const randomLog = fc
  .record({
    ids: fc.constantFrom('text', 'number', 'mixed'),
    dates: fc.constantFrom('date', 'date', 'serial', 'serial', 'text', 'quantity'),
    header: fc.boolean(),
    withOrders: fc.boolean(),
    blankRows: fc.nat({ max: 3 }),
    asOf: fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      {
        weight: 3,
        arbitrary: fc.integer({ min: -2, max: DAYS + 2 }).map((day) => new Date(2024, 0, 1 + day)),
      },
      { weight: 1, arbitrary: fc.constantFrom('not a date', '2024-01-20') },
    ),
    language: fc.constantFrom<Language>('en', 'zh'),
  })
  .chain((shape) => {
    const ids =
      shape.ids === 'mixed'
        ? [...customerPool.text, ...customerPool.number]
        : customerPool[shape.ids];
    return fc
      .array(logRow(ids, dateKinds[shape.dates]), { minLength: 0, maxLength: 40, size: 'max' })
      .map((rows) => ({ ...shape, rows }));
  });

/**
 * What a call gives back: its rows, or what it throws: the problem, its place, and the message
 * the user reads in the language asked.
 */
function outcome(call: () => unknown[][], language: Language, sheet: SheetSettings): unknown {
  try {
    return { rows: call() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return {
      problem: error.problem,
      place: error.place,
      message: inputErrorMessage('RFM_TABLE', error, language, sheet),
    };
  }
}

describe('tableOfCells', () => {
  /** The first cell of each customer row of RFM_TABLE's output on a few purchases. */
  function shownCustomers(...customers: unknown[]): unknown[] {
    const sheet = activeSheetSettings();
    const dates = customers.map(() => ['2024-03-01']);
    const amounts = customers.map(() => [10]);
    const { table, ...cells } = tableOfCells(column(...customers), dates, amounts, '', '', sheet);
    return rfmTableRows(cells, table, 'en', sheet)
      .slice(1)
      .map((row) => row[0]);
  }

  it('shows each customer as their first row wrote it, spaces around text left out', () => {
    expect(shownCustomers('C2', 5, 'C2', 5)).toEqual(['C2', 5]);
    expect(shownCustomers('  C1 ', 17850, '17850', 'C1')).toEqual(['C1', 17850]);
    expect(shownCustomers('17850', 17850, 'C1')).toEqual(['17850', 'C1']);
    expect(shownCustomers(true, 'true', 'C1')).toEqual([true, 'C1']);
  });

  it('gives exactly what readLog and tableOfLog give: rows, scores, notes and errors', () => {
    fc.assert(
      fc.property(randomLog, (log) => {
        const sheet = activeSheetSettings();
        const rows = log.rows.map((row) => [row.customer, row.date, row.amount, row.order]);
        for (let i = 0; i < log.blankRows; i++)
          rows.splice((i * 7) % (rows.length + 1), 0, ['', '', '', '']);
        if (log.header) rows.unshift(['Customer', 'Date', 'Amount', 'Order']);
        const cells = (index: number) => rows.map((row) => [row[index]]);
        const orders = log.withOrders ? cells(3) : '';
        const language = log.language;
        const before = outcome(
          () => {
            const read = readLog(cells(0), cells(1), cells(2), orders, sheet);
            return rfmTableRows(read, tableOfLog(read, log.asOf, sheet), language, sheet);
          },
          language,
          sheet,
        );
        const streamed = outcome(
          () => {
            const { table, ...customerCells } = tableOfCells(
              cells(0),
              cells(1),
              cells(2),
              orders,
              log.asOf,
              sheet,
            );
            return rfmTableRows(customerCells, table, language, sheet);
          },
          language,
          sheet,
        );
        expect(streamed).toEqual(before);
      }),
      { numRuns: 400 },
    );
  });
});
