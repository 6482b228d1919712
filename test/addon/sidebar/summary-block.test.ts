/**
 * A block of the summary sheet (a breakdown, the moves and alerts), written in one call on the
 * fake Spreadsheet service, which parses text as Sheets does (USER_ENTERED): a group or a
 * customer id stays the text the user wrote, never a number, a date or a formula.
 */
import { describe, expect, it } from 'vitest';
import { writeSummaryBlock } from '../../../src/addon/sidebar/summary-block';
import { sheetNamed, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

describe('writeSummaryBlock', () => {
  it('writes text as text: 007, 1e3, TRUE, 2024-01-05 and =x stay as the user wrote them', () => {
    open([{ name: 'Summary' }]);
    const sheet = sheetNamed('Summary');
    const texts = ['007', '1e3', 'TRUE', '2024-01-05', '=x', "'quoted", '北京 "东"'];
    writeSummaryBlock(sheet, 2, {
      values: [
        ['Region', ...texts],
        ['High value', 1, 2, 3, 4, 5, 6, 7.5],
      ],
      width: texts.length + 1,
      headings: [0],
    });
    const range = sheet.getRange(2, 1, 2, texts.length + 1);
    expect(range.getValues()).toEqual([
      ['Region', ...texts],
      ['High value', 1, 2, 3, 4, 5, 6, 7.5],
    ]);
    expect(range.getFormulas().flat().filter(Boolean)).toEqual([]);
  });
});
