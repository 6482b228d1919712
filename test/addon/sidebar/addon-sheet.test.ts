/**
 * The add-on's own sheets of a classified log — its customer sheet, its summary and its (unhidden)
 * history — on the fake Spreadsheet service: the survey says whose sheet each is, in English and
 * Chinese, and Classify, the preview, Re-segment and Build history there are refused with that
 * sentence, changing nothing. A user's duplicate of the customer sheet and an orphan (its source
 * deleted) are not the add-on's sheets of a live source, so neither is refused.
 */
import { describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import * as endpoints from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { activeTarget, sidebarClassify, sidebarSurvey } from '../../helpers/sidebar-calls';
import { activeSpreadsheet, sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

const LOG = [
  ['Customer', 'Date', 'Amount'],
  ['ann', '2024-01-03', 400],
  ['bob', '2024-01-20', 50],
  ['ann', '2024-02-15', 300],
  ['cat', '2024-03-01', 90],
];

/** The log classified, the active sheet then `name`. */
function classifiedThenOpen(name: string, locale = 'en_GB'): GoogleAppsScript.Spreadsheet.Sheet {
  open([{ name: 'Orders', values: LOG }], locale);
  sidebarClassify(CUSTOMER_DATE_AMOUNT_TIERS);
  const sheet = sheetNamed(name);
  activeSpreadsheet().setActiveSheet(sheet);
  return sheet;
}

describe('a sheet the add-on made for another sheet', () => {
  it.each([
    ['Orders · customer tiers', 'customer sheet'],
    ['Orders · summary', 'summary sheet'],
    ['Orders · history', 'history sheet'],
  ])('“%s” is named as the %s of Orders, and nothing is run there', (name, kind) => {
    const sheet = classifiedThenOpen(name);
    if (sheet.isSheetHidden()) sheet.showSheet();
    const survey = sidebarSurvey();
    expect(survey.addonSheet?.source).toBe('Orders');
    expect(survey.addonSheet?.message).toBe(
      `The sheet “${name}” is the ${kind} Customer Tiers writes for the sheet “Orders”, and each run of “Orders” rewrites it: open “Orders” to classify, re-segment or clear. Nothing was changed.`,
    );
    const before = snapshot(activeSpreadsheet());
    const target = activeTarget();
    const settings = { ...CUSTOMER_DATE_AMOUNT_TIERS, roles: [] };
    const refused = [
      endpoints.sidebarClassify({ ...target, settings }),
      endpoints.sidebarPreview({ ...target, settings }),
      endpoints.sidebarResegment(target),
      endpoints.sidebarBuildHistory({ ...target, periods: 3, unit: 'month' }),
    ];
    for (const outcome of refused)
      expect(outcome).toMatchObject({ ok: false, message: survey.addonSheet?.message });
    expect(snapshot(activeSpreadsheet())).toEqual(before);
  });

  it('is named in Chinese under a Chinese locale', () => {
    classifiedThenOpen('Orders · 分层汇总', 'zh_CN');
    expect(sidebarSurvey().addonSheet?.message).toBe(
      '工作表“Orders · 分层汇总”是 Customer Tiers 为“Orders”生成的分层汇总，每次对“Orders”分层都会重写它：请打开“Orders”来分层、重新分层或清除。未做任何更改。',
    );
  });

  it('is not a user’s copy of it, nor an orphan whose source is gone', () => {
    classifiedThenOpen('Orders · customer tiers');
    const copy = activeSpreadsheet().duplicateActiveSheet();
    activeSpreadsheet().setActiveSheet(copy);
    expect(sidebarSurvey().addonSheet).toBeNull();
    activeSpreadsheet().deleteSheet(sheetNamed('Orders'));
    activeSpreadsheet().setActiveSheet(sheetNamed('Orders · customer tiers'));
    const orphan = sidebarSurvey();
    expect(orphan.addonSheet).toBeNull();
    // Clear still removes the orphan
    expect(orphan.classified).toBe(true);
  });

  it('leaves the source sheet classifiable', () => {
    classifiedThenOpen('Orders');
    expect(sidebarSurvey().addonSheet).toBeNull();
  });
});
