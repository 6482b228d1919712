import { describe, expect, it } from 'vitest';
import { conditionalFormatColours } from '../../../dev/spreadsheet-fake/conditional-format-colours';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

const SEGMENTS = [
  ['Customer', 'Segment'],
  ['Ann', 'Champions'],
  ['Bob', 'champions'],
  ['Cy', ''],
  ['Di', 'At Risk'],
];

function segmentSheet(values: unknown[][] = SEGMENTS) {
  const fake = fakeWorkbook({ sheets: [{ name: 'Customers', values: values as string[][] }] });
  const app = fake.SpreadsheetApp;
  const sheet = app.getActiveSheet();
  const rule = (formula: string, background: string) =>
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(background)
      .setRanges([sheet.getRange('A2:B5')])
      .build();
  return { app, sheet, rule };
}

describe('conditional-format rules', () => {
  it('build into rules that report their condition, format and ranges', () => {
    const { app, rule } = segmentSheet();
    const built = rule('=$B2="Champions"', '#B7E1CD');
    const condition = built.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(String(condition?.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(condition?.getCriteriaValues()).toEqual(['=$B2="Champions"']);
    expect(condition?.getBackground()).toBe('#B7E1CD');
    expect(condition?.getFontColor()).toBeNull();
    expect(built.getRanges().map((range) => range.getA1Notation())).toEqual(['A2:B5']);
    const copied = built.copy().setFontColor('#000000').build().getBooleanCondition();
    expect([copied?.getBackground(), copied?.getFontColor()]).toEqual(['#B7E1CD', '#000000']);
    expect(built.getBooleanCondition()?.getFontColor()).toBeNull();
  });

  it('are replaced as a whole list by setConditionalFormatRules, keeping what is passed back', () => {
    const { app, sheet, rule } = segmentSheet();
    const users = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(100)
      .setFontColor('#ff0000')
      .setRanges([sheet.getRange('C:C')])
      .build();
    sheet.setConditionalFormatRules([users]);
    sheet.setConditionalFormatRules([
      ...sheet.getConditionalFormatRules(),
      rule('=$B2="Champions"', '#b7e1cd'),
    ]);
    expect(
      sheet
        .getConditionalFormatRules()
        .map((r) => String(r.getBooleanCondition()?.getCriteriaType())),
    ).toEqual(['NUMBER_GREATER_THAN', 'CUSTOM_FORMULA']);
    sheet.setConditionalFormatRules([rule('=$B2="At Risk"', '#f4c7c3')]);
    const [only, ...rest] = sheet.getConditionalFormatRules();
    expect(rest).toEqual([]);
    expect(only?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2="At Risk"']);
  });

  it('must have a range to be set on a sheet', () => {
    const { app, sheet } = segmentSheet();
    const rangeless = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#eeeeee')
      .build();
    expect(() => sheet.setConditionalFormatRules([rangeless])).toThrow(/at least one range/);
  });
});

describe('conditionalFormatColours', () => {
  it('colours rows whose absolute-column, relative-row formula holds, text compared without case', () => {
    const { sheet, rule } = segmentSheet();
    sheet.setConditionalFormatRules([rule('=$B2="Champions"', '#b7e1cd')]);
    const { backgrounds, unevaluated } = conditionalFormatColours(sheet);
    expect(backgrounds.map((row) => row[0])).toEqual([
      '#ffffff',
      '#b7e1cd',
      '#b7e1cd',
      '#ffffff',
      '#ffffff',
    ]);
    expect(backgrounds.every((row) => row[0] === row[1])).toBe(true);
    expect(unevaluated).toEqual([]);
  });

  it('lets the first rule that holds decide, as Sheets does, and shows the cell’s own colour otherwise', () => {
    const { sheet, rule } = segmentSheet();
    sheet.getRange('A5').setBackground('#cccccc');
    sheet.setConditionalFormatRules([
      rule('=$B2=""', '#eeeeee'),
      rule('=OR($B2="Champions", $B2="")', '#b7e1cd'),
      rule('=AND($A2<>"", NOT(ISBLANK($B2)))', '#fce8b2'),
    ]);
    expect(conditionalFormatColours(sheet).backgrounds.map((row) => row[0])).toEqual([
      '#ffffff',
      '#b7e1cd',
      '#b7e1cd',
      '#eeeeee',
      '#fce8b2',
    ]);
  });

  it('follows a rule whose formula Sheets rewrote when a column was inserted', () => {
    const { sheet, rule } = segmentSheet();
    sheet.setConditionalFormatRules([rule('=$B2="At Risk"', '#f4c7c3')]);
    sheet.insertColumnsBefore(2, 1);
    const { backgrounds } = conditionalFormatColours(sheet);
    expect(backgrounds.map((row) => row[2])).toEqual([
      '#ffffff',
      '#ffffff',
      '#ffffff',
      '#ffffff',
      '#f4c7c3',
    ]);
  });

  it('evaluates number conditions of the user’s own rules, and font colours', () => {
    const { app, sheet } = segmentSheet([['Spent'], [50], [150], ['150'], ['']]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThan(100)
        .setFontColor('#ff0000')
        .setRanges([sheet.getRange('A:A')])
        .build(),
    ]);
    // '150' was seeded as text, which a number condition does not match
    expect(conditionalFormatColours(sheet).fontColors).toEqual([
      ['#000000'],
      ['#000000'],
      ['#ff0000'],
      ['#000000'],
    ]);
  });

  it('matches nothing with a condition it cannot evaluate, and says which', () => {
    const { app, sheet, rule } = segmentSheet();
    sheet.setConditionalFormatRules([
      rule('=VLOOKUP($A2, Other!A:B, 2, FALSE)="x"', '#ff0000'),
      rule('=Other!$B2="Champions"', '#ff0000'),
      app
        .newConditionalFormatRule()
        .whenTextContains('Risk')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('B:B')])
        .build(),
    ]);
    const { backgrounds, unevaluated } = conditionalFormatColours(sheet);
    expect(backgrounds.flat().every((colour) => colour === '#ffffff')).toBe(true);
    expect(unevaluated).toEqual([
      '=VLOOKUP($A2, Other!A:B, 2, FALSE)="x"',
      '=Other!$B2="Champions"',
      'TEXT_CONTAINS(Risk)',
    ]);
  });

  it('colours the range asked for, e.g. blank rows below the data', () => {
    const { sheet, rule } = segmentSheet();
    sheet.setConditionalFormatRules([rule('=$B2=""', '#eeeeee')]);
    expect(conditionalFormatColours(sheet, sheet.getRange('A5:A7')).backgrounds).toEqual([
      ['#ffffff'],
      ['#ffffff'],
      ['#ffffff'],
    ]);
    expect(conditionalFormatColours(sheet, sheet.getRange('A4:A5')).backgrounds).toEqual([
      ['#eeeeee'],
      ['#ffffff'],
    ]);
  });
});
