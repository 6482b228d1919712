/**
 * This file defines the tests of "Copy the list": on a customer table, each segment's list is its
 * labelled rows with their e-mail and name, as many as the legend counts, and sorting the sheet
 * changes only their order; on a hand-made order log each customer appears once, where they first
 * stand, with the e-mail and name of their latest order (the later row on a tie), written out
 * here by hand; on a month of Online Retail each segment lists exactly the legend's customers,
 * once each; and the failures a user can meet come back as data.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import type { ClassifySettings, SegmentList } from '../../../src/addon/sidebar/api';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { ownedColumns } from '../../../src/addon/sidebar/owned';
import { PREDICTION_MODEL_IDS } from '../../../src/core/model-ids';
import {
  CUSTOMER_DATE_AMOUNT_TIERS,
  CUSTOMER_TABLE_TIERS,
  RETAIL_LOG_SEGMENTS,
} from '../../helpers/classify-settings';
import {
  activeTarget,
  sidebarClassify,
  sidebarClear,
  unwrapped,
} from '../../helpers/sidebar-calls';
import { customerTableValues, retailLogValues } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const listOf = (segment: string) => endpoints.sidebarSegmentList({ ...activeTarget(), segment });
const list = (segment: string): SegmentList => unwrapped(listOf(segment));

/** The active sheet's values below the header row, with the add-on's label as the last cell. */
function labelledRows(): { cells: unknown[]; label: string }[] {
  const sheet = SpreadsheetApp.getActiveSheet();
  const labelColumn = ownedColumns(sheet).at(-1)?.column ?? 0;
  return sheet
    .getDataRange()
    .getValues()
    .slice(1)
    .map((cells) => ({ cells, label: String(cells[labelColumn - 1]) }));
}

describe('the list of a customer table', () => {
  const ROWS = 40;
  const values = (): CellValue[][] => {
    const [header = [], ...body] = customerTableValues(ROWS);
    return [
      [...header, 'Email', 'Name'],
      ...body.map((row, i) => [...row, `c${i + 1}@example.com`, `Name ${i + 1}`]),
    ];
  };
  const settings: ClassifySettings = {
    ...CUSTOMER_TABLE_TIERS,
    roles: [...CUSTOMER_TABLE_TIERS.roles, { index: 4, role: 'email' }, { index: 5, role: 'name' }],
  };
  /** The rows labelled `label`, in sheet order, as customer, e-mail and name. */
  const expected = (label: string) =>
    labelledRows()
      .filter((row) => row.label === label)
      .map(({ cells }) => [String(cells[0]), String(cells[4]), String(cells[5])]);

  it("lists each segment's rows with e-mail and name, as many as the legend counts", () => {
    open([{ name: 'Customers', values: values() }]);
    const result = sidebarClassify(settings);
    let listed = 0;
    for (const entry of result.legend.filter(({ customers }) => customers > 0)) {
      const got = list(entry.id);
      expect(got.label).toBe(entry.label);
      expect(got.columns).toEqual(['Customer', 'Email', 'Name']);
      expect(got.rows).toEqual(expected(entry.label));
      expect(got.rows).toHaveLength(entry.customers);
      expect(got.text).toBe(
        ['Customer\tEmail\tName', ...got.rows.map((row) => row.join('\t'))].join('\n'),
      );
      listed += got.rows.length;
    }
    expect(listed).toBe(ROWS);
  });

  it('changes only the order of the lines when the rows are sorted', () => {
    open([{ name: 'Customers', values: values() }]);
    const result = sidebarClassify(settings);
    const shown = result.legend.filter(({ customers }) => customers > 0);
    const before = shown.map(({ id }) => list(id).rows);
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.setFrozenRows(1);
    sheet.sort(2, false);
    const after = shown.map(({ id }) => list(id).rows);
    const sorted = (rows: readonly (readonly string[])[]) => rows.map((row) => row.join()).sort();
    expect(after.map(sorted)).toEqual(before.map(sorted));
    expect(after).not.toEqual(before);
    expect(after).toEqual(shown.map(({ label }) => expected(label)));
  });

  it('lists the customer alone when no e-mail or name is mapped, under the header', () => {
    open([{ name: 'Customers', values: values() }]);
    const result = sidebarClassify(CUSTOMER_TABLE_TIERS);
    const entry = result.legend.find(({ customers }) => customers > 0);
    if (!entry) throw new Error('a segment has customers');
    const got = list(entry.id);
    expect(got.columns).toEqual(['Customer']);
    expect(got.rows).toEqual(expected(entry.label).map(([id = '']) => [id]));
    expect(got.text.split('\n')[0]).toBe('Customer');
  });
});

describe('the list of an order log', () => {
  const LOG: CellValue[][] = [
    ['Customer', 'Date', 'Amount', 'E-mail', 'Name'],
    ['ann', '2024-03-01', 100, 'ann@old.example', 'Ann'],
    ['bob', '2024-03-02', 30, 'bob@example.com', 'Bob\tBrown'],
    ['ann', '2024-03-09', 20, 'ann@new.example', 'Ann Lee'],
    ['cat', '2024-03-05', 50, 'cat@a.example', 'Cat'],
    ['cat', '2024-03-05', 70, 'cat@b.example', 'Cat B'],
    ['', '2024-03-05', 9, 'nobody@example.com', 'Nobody'],
    ['dan', '2024-01-05', 5, '', 'Dan'],
  ];
  const SETTINGS: ClassifySettings = {
    ...CUSTOMER_DATE_AMOUNT_TIERS,
    roles: [
      ...CUSTOMER_DATE_AMOUNT_TIERS.roles,
      { index: 3, role: 'email' },
      { index: 4, role: 'name' },
    ],
  };
  /** By hand: each customer's latest order (cat's two on one day: the later row), cells as they are. */
  const LATEST: Readonly<Record<string, readonly string[]>> = {
    ann: ['ann', 'ann@new.example', 'Ann Lee'],
    bob: ['bob', 'bob@example.com', 'Bob\tBrown'],
    cat: ['cat', 'cat@b.example', 'Cat B'],
    dan: ['dan', '', 'Dan'],
  };
  /** Each customer's label, from their first row. */
  const labelOf = (customer: string) =>
    labelledRows().find(({ cells }) => cells[0] === customer)?.label;

  /** By hand: each segment's customers in the order they first stand, as their latest order shows them. */
  const expectedLists = (legend: readonly { label: string }[], order: readonly string[]) =>
    legend.map(({ label }) =>
      order.filter((customer) => labelOf(customer) === label).map((customer) => LATEST[customer]),
    );

  it('lists each customer once with the e-mail and name of their latest order', () => {
    open([{ name: 'Orders', values: LOG }]);
    const result = sidebarClassify(SETTINGS);
    const shown = result.legend.filter(({ customers }) => customers > 0);
    const lists = shown.map(({ id }) => list(id).rows);
    expect(lists).toEqual(expectedLists(shown, ['ann', 'bob', 'cat', 'dan']));
    expect(lists.map((rows) => rows.length)).toEqual(shown.map(({ customers }) => customers));
    expect(lists.flat()).toHaveLength(4);
  });

  it('writes a header line and tab-separated lines, a tab inside a cell as a space', () => {
    open([{ name: 'Orders', values: LOG }]);
    const result = sidebarClassify(SETTINGS);
    const texts = result.legend
      .filter(({ customers }) => customers > 0)
      .map(({ id }) => list(id).text);
    for (const text of texts) expect(text.split('\n')[0]).toBe('Customer\tE-mail\tName');
    expect(texts.join('\n')).toContain('\nbob\tbob@example.com\tBob Brown');
  });

  it('changes only the order of the lines when the rows are sorted', () => {
    open([{ name: 'Orders', values: LOG }]);
    const result = sidebarClassify(SETTINGS);
    const shown = result.legend.filter(({ customers }) => customers > 0);
    const sheet = SpreadsheetApp.getActiveSheet();
    sheet.setFrozenRows(1);
    // by amount: dan (5), the row without a customer, ann (20), bob, cat (50, then 70), ann (100)
    sheet.sort(3, true);
    expect(shown.map(({ id }) => list(id).rows)).toEqual(
      expectedLists(shown, ['dan', 'ann', 'bob', 'cat']),
    );
  });

  it('lists exactly the legend’s customers of a month of Online Retail, once each', () => {
    open([{ name: 'Online Retail', values: retailLogValues() }]);
    const result = sidebarClassify(RETAIL_LOG_SEGMENTS);
    const seen = new Set<string>();
    // one survey for every list: the sheet does not change between them
    const target = activeTarget();
    for (const entry of result.legend.filter(({ customers }) => customers > 0)) {
      const got = unwrapped(endpoints.sidebarSegmentList({ ...target, segment: entry.id }));
      expect(got.columns).toEqual(['客户ID']);
      expect(got.rows, entry.label).toHaveLength(entry.customers);
      for (const [id = ''] of got.rows) seen.add(id);
    }
    expect(seen.size).toBe(result.customers);
  });
});

describe('the list after a prediction model', () => {
  it.each(PREDICTION_MODEL_IDS)('lists the legend’s customers of %s, once each', (model) => {
    open([{ name: 'Online Retail', values: retailLogValues() }]);
    const result = sidebarClassify({ ...RETAIL_LOG_SEGMENTS, model });
    const seen = new Set<string>();
    const target = activeTarget();
    for (const entry of result.legend.filter(({ customers }) => customers > 0)) {
      const got = unwrapped(endpoints.sidebarSegmentList({ ...target, segment: entry.id }));
      expect(got.label).toBe(entry.label);
      expect(got.rows, entry.label).toHaveLength(entry.customers);
      for (const [id = ''] of got.rows) seen.add(id);
    }
    expect(seen.size).toBeGreaterThan(0);
  });
});

describe('a list that cannot be given', () => {
  it('says so before Classify and after Clear', () => {
    open([{ name: 'Orders', values: customerTableValues(10) }]);
    expect(listOf('regular')).toMatchObject({
      ok: false,
      message: 'This sheet holds no results of Customer Tiers now: press Classify first.',
    });
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    sidebarClear();
    expect(listOf('regular')).toMatchObject({ ok: false });
  });

  it('says so for a segment the last run does not have, or a malformed request', () => {
    open([{ name: 'Orders', values: customerTableValues(10) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    expect(listOf('champions')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"Champions"'),
    });
    expect(endpoints.sidebarSegmentList({ ...activeTarget(), segment: '' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('invalid request'),
    });
  });
});

describe('a list whose ids Sheets took for dates', () => {
  it('names each by its day in the spreadsheet’s time zone (Asia/Shanghai here)', () => {
    // Sheets hands a date cell as its midnight in the spreadsheet's zone: 2024-01-05 in Shanghai
    const shanghaiDay = (day: string) => new Date(`${day}T00:00:00+08:00`);
    open([
      {
        name: 'Orders',
        values: [
          ['Customer', 'Date', 'Amount'],
          [shanghaiDay('2024-01-05'), '2024-03-01', 10],
          ['bob', '2024-03-02', 20],
        ],
      },
    ]);
    const result = sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
    const lists = result.legend.filter(({ customers }) => customers > 0).map(({ id }) => list(id));
    expect(lists.flatMap((got) => got.rows.map(([id]) => id)).sort()).toEqual([
      '2024-01-05',
      'bob',
    ]);
  });
});

describe('a list asked for by a sidebar left open', () => {
  it('names a segment of the model the sheet was classified with before by its label', () => {
    open([{ name: 'Customers', values: customerTableValues(10) }]);
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'abc' });
    expect(listOf('high-value')).toMatchObject({
      ok: false,
      message: expect.stringContaining('"High value"'),
    });
  });
});
