/**
 * The add-on's colouring rules, known by what it recorded when it wrote them: rules written with
 * another palette or other labels (an earlier release) still go; a user's rule that looks like
 * the add-on's never does; the user's rules keep their order; rules follow moved columns; and
 * rules of the release before fingerprints are known by their exact shape only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../../dev/spreadsheet-fake/snapshot';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import { classRules, replaceOurRules } from '../../../src/addon/sidebar/format-rules';
import { MODELS } from '../../../src/core/models';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { sidebarClassify, sidebarClear } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open() {
  fake = installSpreadsheetApp({
    locale: 'en_US',
    timeZone: 'Asia/Shanghai',
    sheets: [{ name: 'Customers', values: customerTableValues(30) }],
  });
  return fake;
}

const sheetOf = () => SpreadsheetApp.getActiveSheet();
const spreadsheetNow = () => snapshot(SpreadsheetApp.getActiveSpreadsheet());
const tiers = MODELS.tiers;
/** Today's colour of the High value tier. */
const HIGH_VALUE = tiers.colours['high-value']?.background as string;

/** A rule of the user's, shaped `=$<column>2="<label>"` over a range. */
function userRule(formula: string, background: string, a1: string) {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(background)
    .setRanges([sheetOf().getRange(a1)])
    .build();
}

const formulas = () =>
  sheetOf()
    .getConditionalFormatRules()
    .map((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0]);

describe("the add-on's rules", () => {
  it('are removed by what was recorded, even with another palette and other labels', () => {
    open();
    const user = userRule('=$B2>1000', '#ff0000', 'B2:B31');
    sheetOf().setConditionalFormatRules([user]);
    const earlier = {
      ...tiers,
      labels: { ...tiers.labels, regular: { en: 'Steady', zh: '稳定' } },
      colours: Object.fromEntries(
        tiers.classes.map((c) => [c, { background: '#123456', text: '#fefefe' }]),
      ),
    };
    const area = { firstRow: 2, lastRow: 31, lastColumn: 9, labelColumn: 9 };
    replaceOurRules(sheetOf(), classRules(sheetOf(), earlier, 'en', area));
    expect(sheetOf().getConditionalFormatRules()).toHaveLength(5);
    expect(replaceOurRules(sheetOf(), [])).toBe(4);
    expect(formulas()).toEqual(['=$B2>1000']);
  });

  it("never take a user's rule that looks like theirs, and keep the user's rules in order", () => {
    open();
    const lookalikeBefore = userRule('=$D2="Churned"', '#ee8866', 'A2:D31');
    const other = userRule('=$B2>1000', '#ff0000', 'B2:B31');
    sheetOf().setConditionalFormatRules([lookalikeBefore, other]);
    const before = spreadsheetNow();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    // the user copies one of the add-on's rules, exactly, to the top of the list
    const copied = userRule('=$I2="High value"', HIGH_VALUE, 'A2:I31');
    sheetOf().setConditionalFormatRules([copied, ...sheetOf().getConditionalFormatRules()]);
    expect(sidebarClear().removedRules).toBe(4);
    expect(formulas()).toEqual(['=$I2="High value"', '=$D2="Churned"', '=$B2>1000']);
    sheetOf().setConditionalFormatRules([lookalikeBefore, other]);
    expect(spreadsheetNow()).toEqual(before);
  });

  it('follow their label column when the user inserts columns and rows', () => {
    open();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    sheetOf().insertColumnsBefore(1, 1);
    sheetOf().insertRowsBefore(1, 2);
    expect(formulas()[0]).toBe('=$J4="High value"');
    expect(sidebarClear().removedRules).toBe(4);
    expect(sheetOf().getConditionalFormatRules()).toEqual([]);
  });

  it('written by the release before fingerprints are known by their exact shape only', () => {
    open();
    sidebarClassify(CUSTOMER_TABLE_TIERS);
    // that release recorded no fingerprints
    for (const metadata of sheetOf()
      .createDeveloperMetadataFinder()
      .withKey('customer-tiers.rules')
      .find())
      metadata.remove();
    const offColumn = userRule('=$H2="High value"', HIGH_VALUE, 'A2:I31');
    const notFromA = userRule('=$I2="High value"', HIGH_VALUE, 'B2:I31');
    sheetOf().setConditionalFormatRules([
      offColumn,
      notFromA,
      ...sheetOf().getConditionalFormatRules(),
    ]);
    expect(sidebarClear().removedRules).toBe(4);
    expect(formulas()).toEqual(['=$H2="High value"', '=$I2="High value"']);
  });
});
