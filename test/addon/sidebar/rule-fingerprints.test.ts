/**
 * This file defines the tests of what the add-on records of its colouring rules: a rule of its
 * shape is read as its label test (the column and row its formula tests, the label, the colours in
 * one form), anything else is not; the record sits on the label column, is replaced by a re-run
 * without being touched when unchanged, ignores a corrupted value, and goes with forgetRules.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';
import {
  forgetRules,
  labelTestOf,
  recordedRules,
  recordRules,
  sameFingerprint,
} from '../../../src/addon/sidebar/rule-fingerprints';

let fake: ReturnType<typeof installSpreadsheetApp> | undefined;
afterEach(() => fake?.uninstall());

function open() {
  fake = installSpreadsheetApp({
    sheets: [
      {
        name: 'Orders',
        values: [
          ['Customer', 'Tier'],
          ['ann', 'High value'],
        ],
      },
    ],
  });
}
const sheet = () => SpreadsheetApp.getActiveSheet();

function rule(formula: string, a1: string, background = '#ABC', fontColor = '#112233') {
  return SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(background)
    .setFontColor(fontColor)
    .setRanges([sheet().getRange(a1)])
    .build();
}

describe('labelTestOf', () => {
  it('reads the tested column, row, label and colours of a rule of the add-on’s shape', () => {
    open();
    const test = labelTestOf(rule('=$B2="Say ""hi"""', 'A2:C30'));
    expect(test && { column: test.column, row: test.row, fingerprint: test.fingerprint }).toEqual({
      column: 2,
      row: 2,
      fingerprint: { label: 'Say "hi"', background: '#aabbcc', fontColor: '#112233' },
    });
  });

  it.each([
    ['a formula of another shape', '=B2="High value"', 'A2:C30'],
    ['a row other than the range’s first', '=$B3="High value"', 'A2:C30'],
    ['a column outside the range', '=$D2="High value"', 'A2:C30'],
    ['a test that is no equality', '=$B2<>"High value"', 'A2:C30'],
  ])('is null for %s', (_, formula, a1) => {
    open();
    expect(labelTestOf(rule(formula, a1))).toBeNull();
  });
});

describe('sameFingerprint', () => {
  it('wants the label and both colours equal', () => {
    const a = { label: 'A', background: '#ffffff', fontColor: '#000000' };
    expect(sameFingerprint(a, { ...a })).toBe(true);
    expect(sameFingerprint(a, { ...a, label: 'B' })).toBe(false);
    expect(sameFingerprint(a, { ...a, background: '#fffffe' })).toBe(false);
    expect(sameFingerprint(a, { ...a, fontColor: '#000001' })).toBe(false);
  });
});

describe('the record of the rules', () => {
  it('sits on the label column, with each rule’s fingerprint, and goes with forgetRules', () => {
    open();
    recordRules(sheet(), [rule('=$B2="High value"', 'A2:B30'), rule('=$B2="Regular"', 'A2:B30')]);
    const [record, ...others] = recordedRules(sheet());
    expect(others).toEqual([]);
    expect(record?.labelColumn).toBe(2);
    expect(record?.fingerprints.map((print) => print.label)).toEqual(['High value', 'Regular']);
    forgetRules(sheet());
    expect(recordedRules(sheet())).toEqual([]);
  });

  it('is replaced by the next run’s, kept as it was when nothing changed', () => {
    open();
    recordRules(sheet(), [rule('=$B2="High value"', 'A2:B30')]);
    const first = recordedRules(sheet())[0]?.metadata;
    recordRules(sheet(), [rule('=$B2="High value"', 'A2:B30')]);
    expect(recordedRules(sheet()).map((record) => record.metadata.getId())).toEqual([
      first?.getId(),
    ]);
    recordRules(sheet(), [rule('=$A2="ann"', 'A2:B30')]);
    expect(recordedRules(sheet()).map((record) => record.labelColumn)).toEqual([1]);
    recordRules(sheet(), []);
    expect(recordedRules(sheet())).toEqual([]);
  });

  it('ignores a corrupted value, as no record at all', () => {
    open();
    recordRules(sheet(), [rule('=$B2="High value"', 'A2:B30')]);
    recordedRules(sheet())[0]?.metadata.setValue('[{"label": 3}]');
    expect(recordedRules(sheet())).toEqual([]);
    recordRules(sheet(), [rule('=$B2="High value"', 'A2:B30')]);
    expect(recordedRules(sheet()).map((record) => record.labelColumn)).toEqual([2]);
  });
});
