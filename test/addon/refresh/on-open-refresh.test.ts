/**
 * This file defines the tests of the automatic refresh as the on-open trigger runs it: it
 * re-segments exactly the sheets whose data changed since their last run, records each outcome on
 * the sheet's summary sheet, leaves the previous results as they were when a sheet fails, and
 * skips (saying so) when another run holds the document lock.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { type SpreadsheetSnapshot, snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { autoRefreshOnOpen, type RefreshReport } from '../../../src/addon/refresh/on-open-refresh';
import { REFRESH_WORDS } from '../../../src/addon/refresh/refresh-record';
import { installAutoRefresh } from '../../../src/addon/refresh/trigger';
import { sidebarClassify, sidebarClear } from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget, unwrapped } from '../../helpers/sidebar-calls';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog = (): CellValue[][] => [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

/** Two order logs, each classified by the four tiers, and this user's trigger installed. */
function twoClassifiedSheets() {
  const fake = open([
    { name: 'Orders', values: orderLog() },
    { name: 'Shop', values: orderLog() },
  ]);
  for (const name of ['Shop', 'Orders']) {
    sheetNamed(name).activate();
    unwrapped(sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS }));
  }
  installAutoRefresh(activeSpreadsheet());
  const openSpreadsheet = () =>
    fake.fireOpenTriggers((handler, event) => {
      expect(handler).toBe('autoRefreshOnOpen');
      return autoRefreshOnOpen(event as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    }) as RefreshReport[];
  return { fake, openSpreadsheet };
}

/** A new customer in Orders, cal, who has just bought: one more row. */
const addCal = () =>
  sheetNamed('Orders')
    .getRange(5, 1, 1, 3)
    .setValues([['cal', '2024-03-06', 50]]);

const summaryOf = (name: string) => sheetNamed(`${name} · summary`);

/** The refresh line of a summary sheet: its label, and its text after the time. */
function refreshLine(name: string): [string, string] | null {
  const values = summaryOf(name).getDataRange().getValues();
  const row = values.find(([label]) => label === REFRESH_WORDS.label.en);
  return row ? [String(row[0]), String(row[2])] : null;
}

/** A snapshot without the refresh line of the summary sheets (whatever row it is on). */
function withoutRefreshLine(before: SpreadsheetSnapshot): SpreadsheetSnapshot {
  return {
    ...before,
    sheets: before.sheets.map((sheet) => {
      const lineRow = Object.entries(sheet.cells).find(
        ([, cell]) => cell.value === REFRESH_WORDS.label.en,
      )?.[0];
      if (!lineRow) return sheet;
      const row = lineRow.replace(/^[A-Z]+/, '');
      const cells = Object.fromEntries(
        Object.entries(sheet.cells).filter(([a1]) => a1.replace(/^[A-Z]+/, '') !== row),
      );
      return { ...sheet, cells };
    }),
  };
}

describe('the refresh on opening', () => {
  it('re-segments only the sheet whose data changed, and records it on its summary', () => {
    const { openSpreadsheet } = twoClassifiedSheets();
    const shopBefore = snapshot(activeSpreadsheet()).sheets.filter(({ name }) =>
      name.startsWith('Shop'),
    );
    addCal();
    expect(openSpreadsheet()).toEqual([
      { refreshed: ['Orders'], unchanged: ['Shop'], failed: [], skipped: false },
    ]);
    // the new row has its tier, and the summary counts three customers
    expect(sheetNamed('Orders').getRange('D5').getValue()).not.toBe('');
    const customers = summaryOf('Orders')
      .getDataRange()
      .getValues()
      .find(([label]) => label === 'Customers');
    expect(customers?.[1]).toBe(3);
    expect(refreshLine('Orders')).toEqual([REFRESH_WORDS.label.en, REFRESH_WORDS.done.en]);
    // Shop, unchanged, was not rewritten at all: not even its summary's time
    expect(
      snapshot(activeSpreadsheet()).sheets.filter(({ name }) => name.startsWith('Shop')),
    ).toEqual(shopBefore);
    // the next opening finds nothing changed
    expect(openSpreadsheet()).toEqual([
      { refreshed: [], unchanged: ['Orders', 'Shop'], failed: [], skipped: false },
    ]);
  });

  it('leaves the previous results when a sheet fails, and says why on its summary', () => {
    const { openSpreadsheet } = twoClassifiedSheets();
    sheetNamed('Orders').getRange('C3').setValue(31);
    sheetNamed('Orders').getRange('C1').setValue('Total');
    const before = snapshot(activeSpreadsheet());
    expect(openSpreadsheet()).toEqual([
      { refreshed: [], unchanged: ['Shop'], failed: ['Orders'], skipped: false },
    ]);
    const after = snapshot(activeSpreadsheet());
    expect(withoutRefreshLine(after)).toEqual(before);
    expect(refreshLine('Orders')).toEqual([
      REFRESH_WORDS.label.en,
      `${REFRESH_WORDS.failed.en}The column "Amount" is gone or renamed since the last run; check the columns and classify again.`,
    ]);
  });

  it('writes nothing of a run that could not finish: a protected sheet keeps its old tiers', () => {
    const { fake, openSpreadsheet } = twoClassifiedSheets();
    addCal();
    fake.protect(sheetNamed('Orders'));
    const before = snapshot(activeSpreadsheet());
    expect(openSpreadsheet()[0]?.failed).toEqual(['Orders']);
    expect(withoutRefreshLine(snapshot(activeSpreadsheet()))).toEqual(before);
    expect(refreshLine('Orders')?.[1]).toMatch(
      /^Failed, the previous results are kept: .*protected/,
    );
  });

  it('skips when another run holds the lock, records the skip, and changes nothing else', () => {
    const { fake, openSpreadsheet } = twoClassifiedSheets();
    addCal();
    fake.holdLockElsewhere();
    const before = snapshot(activeSpreadsheet());
    expect(openSpreadsheet()).toEqual([
      { refreshed: [], unchanged: [], failed: [], skipped: true },
    ]);
    expect(withoutRefreshLine(snapshot(activeSpreadsheet()))).toEqual(before);
    expect(refreshLine('Orders')).toEqual([REFRESH_WORDS.label.en, REFRESH_WORDS.busy.en]);
    expect(refreshLine('Shop')).toEqual([REFRESH_WORDS.label.en, REFRESH_WORDS.busy.en]);
  });

  it('writes nothing when no data changed', () => {
    const { openSpreadsheet } = twoClassifiedSheets();
    const before = snapshot(activeSpreadsheet());
    openSpreadsheet();
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('runs as the user who switched it on, whoever opens the spreadsheet', () => {
    const { fake, openSpreadsheet } = twoClassifiedSheets();
    fake.actAs('colleague@example.com');
    let ranAs = '';
    fake.fireOpenTriggers(() => {
      ranAs = ScriptApp.getUserTriggers(activeSpreadsheet()).length === 1 ? 'owner' : 'opener';
    });
    expect(ranAs).toBe('owner');
    expect(openSpreadsheet()).toHaveLength(1);
  });
});

describe('the refresh on opening, after the user changed things', () => {
  it('leaves a sheet the user cleared as cleared, even when its data changed since', () => {
    const { openSpreadsheet } = twoClassifiedSheets();
    sheetNamed('Orders').activate();
    unwrapped(sidebarClear(activeTarget()));
    addCal();
    const before = snapshot(activeSpreadsheet());
    expect(openSpreadsheet()).toEqual([
      { refreshed: [], unchanged: ['Shop'], failed: [], skipped: false },
    ]);
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('says on its summary that a sheet whose saved settings were edited beyond reading failed', () => {
    const { openSpreadsheet } = twoClassifiedSheets();
    PropertiesService.getDocumentProperties().setProperty(
      `customer-tiers.settings.${sheetNamed('Orders').getSheetId()}`,
      '{"roles": [',
    );
    addCal();
    expect(openSpreadsheet()).toEqual([
      { refreshed: [], unchanged: ['Shop'], failed: ['Orders'], skipped: false },
    ]);
    expect(refreshLine('Orders')?.[1]).toMatch(/^Failed, .*saved settings can't be read/);
  });
});
