/**
 * The endpoints as a stale sidebar calls them: each request names the sheet the sidebar showed,
 * so a switch of sheets never makes the server classify the wrong sheet, and failures come back
 * as data (`{ ok: false, message, remap }`). A sheet changed or deleted since the survey is
 * target-sheet.test.ts's; the last run shown again, last-run.test.ts's; Re-segment's refusals,
 * resegment.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { sidebarClassify } from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS, CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { activeTarget } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const orderLog: CellValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
  ['ann', '2024-03-05', 8],
];

describe('a request names its sheet', () => {
  it('classifies the sheet the sidebar showed, not the one the user switched to since', () => {
    open([
      { name: 'Customers', values: customerTableValues(20) },
      { name: 'Orders', values: orderLog },
    ]);
    const target = activeTarget();
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders'));
    const ordersBefore = snapshot(activeSpreadsheet()).sheets.find((s) => s.name === 'Orders');

    const outcome = sidebarClassify({ ...target, settings: CUSTOMER_TABLE_TIERS });

    expect(outcome).toMatchObject({ ok: true, value: { customers: 20 } });
    expect(sheetNamed('Customers').getRange('E1:I1').getValues()[0]).toEqual([
      'R',
      'F',
      'M',
      'RFM code',
      'Tier',
    ]);
    expect(snapshot(activeSpreadsheet()).sheets.find((s) => s.name === 'Orders')).toEqual(
      ordersBefore,
    );
  });
});

describe('failures come back as data', () => {
  it('gives bad input in the user’s terms, without a remap', () => {
    const log = orderLog.map((row) => [...row]);
    (log[2] as CellValue[])[2] = 'thirty';
    open([{ name: 'Orders', values: log }]);
    expect(sidebarClassify({ ...activeTarget(), settings: CUSTOMER_DATE_AMOUNT_TIERS })).toEqual({
      ok: false,
      message: 'Customer Tiers: column "Amount" (C), cell C3: "thirty" is not a number.',
      remap: false,
    });
  });

  it('refuses a malformed request as the sidebar’s fault, not the user’s', () => {
    open([{ name: 'Orders', values: orderLog }]);
    const outcome = sidebarClassify({ sheetId: 'x' } as unknown as Parameters<
      typeof sidebarClassify
    >[0]);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /^Customer Tiers stopped on an unexpected error \(invalid request: .*\)\. Please report it/s,
    );
  });
});
