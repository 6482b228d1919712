/**
 * This file defines the tests of what the sidebar and the server say to each other: plain JSON, as
 * `google.script.run` carries it (a `Date`, `undefined`, NaN or an infinity would arrive changed or
 * not at all), and a failure as `{ ok: false, message, remap }` and nothing else.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../dev/spreadsheet-fake/cell-input';
import type { Outcome } from '../../../src/addon/sidebar/api';
import {
  sidebarClassify,
  sidebarClear,
  sidebarResegment,
  sidebarSurvey,
} from '../../../src/addon/sidebar/endpoints';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import { customerTableValues } from '../../helpers/sidebar-sheets';
import { useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

/** An outcome as the other side receives it: through JSON. */
const carried = <T>(outcome: Outcome<T>): unknown => JSON.parse(JSON.stringify(outcome));

describe('every endpoint answers in plain JSON', () => {
  it('the survey, Classify, Re-segment and Clear of a sheet with date cells', () => {
    // the customer table's last purchases are Date cells, and its options include an as-of date
    open([{ name: 'Customers', values: customerTableValues(30) }]);
    const survey = sidebarSurvey();
    if (!survey.ok) throw new Error(survey.message);
    const target = { sheetId: survey.value.sheetId, layout: survey.value.layout };
    const settings = {
      ...CUSTOMER_TABLE_TIERS,
      options: { ...CUSTOMER_TABLE_TIERS.options, asOf: '2014-12-31' },
    };
    const outcomes: Outcome<unknown>[] = [survey, sidebarClassify({ ...target, settings })];
    outcomes.push(sidebarSurvey(), sidebarResegment(target), sidebarClear(target));
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, true, true]);
    for (const outcome of outcomes) expect(carried(outcome)).toEqual(outcome);
    // toEqual ignores undefined properties: none may be there to be lost
    for (const outcome of outcomes)
      expect(JSON.stringify(outcome)).toBe(JSON.stringify(carried(outcome)));
  });

  it('a failure, as its message and whether to reopen the mapping only', () => {
    const values: CellValue[][] = [['Customer', 'Revenue', 'Last purchase', 'Orders']];
    open([{ name: 'Customers', values }]);
    const survey = sidebarSurvey();
    if (!survey.ok) throw new Error(survey.message);
    const outcome = sidebarClassify({
      sheetId: survey.value.sheetId,
      layout: survey.value.layout,
      settings: CUSTOMER_TABLE_TIERS,
    });
    expect(carried(outcome)).toEqual({
      ok: false,
      message: 'There are no rows of data below the header row.',
      remap: false,
    });
    expect(Object.keys(outcome)).toEqual(['ok', 'message', 'remap']);
  });
});
