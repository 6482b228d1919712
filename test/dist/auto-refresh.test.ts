/**
 * This file defines the tests of the automatic refresh in the built bundle, as Apps Script runs
 * it: the trigger's function is a top-level function of dist/Code.js; the sidebar's switch
 * installs the trigger on the fake ScriptApp, opening the spreadsheet fires it and re-segments
 * the sheet whose data changed, and switching it off removes it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, loadBundle } from '../../dev/apps-script-vm';
import type { Outcome, SheetSurvey } from '../../src/addon/sidebar/api';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../helpers/classify-settings';

const code = readFileSync(`${DIST}Code.js`, 'utf8');

const orderLog = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-03-01', 12],
  ['bob', '2024-03-02', 30],
];

function value<T>(outcome: unknown): T {
  const checked = outcome as Outcome<T>;
  if (!checked.ok) throw new Error(checked.message);
  return checked.value;
}

describe('the automatic refresh in dist/Code.js', () => {
  it('declares the trigger function and the switch at top level', () => {
    for (const name of ['autoRefreshOnOpen', 'sidebarAutoRefresh', 'sidebarSetAutoRefresh'])
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('is never installed by onOpen, which may run in AuthMode.NONE: only the sidebar switch installs', () => {
    const bundle = loadBundle({ locale: 'en_US', sheets: [{ name: 'Orders', values: orderLog }] });
    bundle.call('onOpen', { authMode: 'NONE' });
    bundle.call('onInstall', { authMode: 'FULL' });
    expect(bundle.fake.triggers).toEqual([]);
    expect(Object.keys(bundle.fake.calls).filter((call) => /Script|Trigger/.test(call))).toEqual(
      [],
    );
  });

  it('is switched on, fired by opening the spreadsheet, and switched off', () => {
    const bundle = loadBundle({ locale: 'en_US', sheets: [{ name: 'Orders', values: orderLog }] });
    const survey = value<SheetSurvey>(bundle.call('sidebarSurvey'));
    const target = { sheetId: survey.sheetId, layout: survey.layout };
    value(bundle.call('sidebarClassify', { ...target, settings: CUSTOMER_DATE_AMOUNT_TIERS }));
    expect(value(bundle.call('sidebarSetAutoRefresh', true))).toEqual({ on: true });
    expect(bundle.fake.triggers.map(({ handler, eventType }) => [handler, eventType])).toEqual([
      ['autoRefreshOnOpen', 'ON_OPEN'],
    ]);

    const sheet = bundle.fake.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders');
    sheet?.getRange(4, 1, 1, 3).setValues([['cal', '2024-03-03', 5]]);
    expect(value<SheetSurvey>(bundle.call('sidebarSurvey')).stale).toBe(true);
    expect(bundle.open()).toEqual([
      { refreshed: ['Orders'], unchanged: [], failed: [], skipped: false },
    ]);
    expect(sheet?.getRange('D4').getValue()).not.toBe('');
    expect(value<SheetSurvey>(bundle.call('sidebarSurvey')).stale).toBe(false);

    expect(value(bundle.call('sidebarSetAutoRefresh', false))).toEqual({ on: false });
    expect(bundle.fake.triggers).toEqual([]);
    expect(bundle.open()).toEqual([]);
  });
});
