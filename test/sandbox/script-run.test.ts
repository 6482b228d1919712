/**
 * The sandbox server's `google.script.run`: a call runs a top-level function of the built
 * dist/Code.js and answers its JSON result or its message; only calls that may have changed the
 * spreadsheet count as changes, so the sidebar's polls leave the page's grid alone.
 */
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../dev/apps-script-vm';
import { callsNow, mayHaveChanged, runScript } from '../../scripts/sandbox/server/script-run';
import { CUSTOMER_TABLE_TIERS } from '../helpers/classify-settings';
import { customerTableValues } from '../helpers/sidebar-sheets';

const open = () => loadBundle({ sheets: [{ name: 'Customers', values: customerTableValues(20) }] });

const tiers = CUSTOMER_TABLE_TIERS;

/** The sheet and layout a survey through the server names. */
function surveyedTarget(bundle: ReturnType<typeof open>): { sheetId: number; layout: string } {
  const answer = runScript(bundle, { name: 'sidebarSurvey', args: [] }) as {
    value: { value: { sheetId: number; layout: string } };
  };
  const { sheetId, layout } = answer.value.value;
  return { sheetId, layout };
}

describe('runScript', () => {
  it('answers a function’s result; reading the sheet changes nothing', () => {
    const bundle = open();
    const before = callsNow(bundle);
    expect(runScript(bundle, { name: 'sidebarActiveSheetId', args: [] })).toEqual({
      ok: true,
      value: 0,
    });
    // the endpoint's own outcome is the answer's value
    expect(runScript(bundle, { name: 'sidebarSurvey', args: [] })).toMatchObject({
      ok: true,
      value: { ok: true, value: { sheetName: 'Customers', shape: 'customers' } },
    });
    expect(mayHaveChanged(bundle, before)).toBe(false);
  });

  it('counts a classify as a change', () => {
    const bundle = open();
    const target = surveyedTarget(bundle);
    const before = callsNow(bundle);
    expect(
      runScript(bundle, { name: 'sidebarClassify', args: [{ ...target, settings: tiers }] }),
    ).toMatchObject({ ok: true, value: { ok: true, value: { customers: 20 } } });
    expect(mayHaveChanged(bundle, before)).toBe(true);
  });

  it('answers what a function threw, and no function for unknown or private names', () => {
    const bundle = open();
    // an endpoint's failure is data in its answer …
    expect(runScript(bundle, { name: 'sidebarResegment', args: [surveyedTarget(bundle)] })).toEqual(
      {
        ok: true,
        value: {
          ok: false,
          message: 'This sheet has not been classified yet: choose the columns and press Classify.',
          remap: false,
        },
      },
    );
    // … what throws is the answer's failure
    for (const name of ['nothing', 'Date', 'showSidebar_'])
      expect(runScript(bundle, { name, args: [] })).toEqual({
        ok: false,
        message: `Script function not found: ${name}`,
      });
    expect(() => runScript(bundle, { name: 'sidebarSurvey' })).toThrow('A call is');
  });
});
