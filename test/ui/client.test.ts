/**
 * This file defines the tests of the sidebar's typed client: it calls the endpoint it names with
 * its payload, resolves with the answer, and rejects with the server's message and whether it
 * asks for a remap; and the compiler refuses a call with a wrong name or payload.
 */
import { describe, expect, it } from 'vitest';
import { createClient, SidebarError } from '../../ui/client';
import { fakeScriptRun, serverFailure } from './fake-script-run';
import { DEFAULT_OPTIONS, orderLog } from './survey';

const TARGET = { sheetId: 7, layout: '1:0123456789abcdef' };

describe('the sidebar client', () => {
  it('calls the endpoint with its payload and resolves with the answer', async () => {
    const fake = fakeScriptRun({ sidebarSurvey: () => orderLog(), sidebarActiveSheetId: () => 7 });
    const client = createClient(fake.runner);
    expect((await client.sidebarSurvey()).sheetName).toBe('Orders');
    expect(await client.sidebarActiveSheetId()).toBe(7);
    expect(fake.calls).toEqual([
      { name: 'sidebarSurvey', args: [] },
      { name: 'sidebarActiveSheetId', args: [] },
    ]);
  });

  it('rejects with the message and remap of a failure the server returned as data', async () => {
    const fake = fakeScriptRun({
      sidebarResegment: () => {
        throw serverFailure({ message: '[remap] Column “Amount” is gone.', remap: true });
      },
    });
    const failure = await createClient(fake.runner)
      .sidebarResegment(TARGET)
      .catch((error) => error);
    expect(failure).toBeInstanceOf(SidebarError);
    // the message is taken as it is: nothing in it is read as a marker
    expect(failure).toMatchObject({ message: '[remap] Column “Amount” is gone.', remap: true });
  });

  it('resolves an outcome’s value whatever it holds, even a field named ok', async () => {
    const runner = fakeScriptRun({
      sidebarClear: () => ({ removedColumns: 1, removedSheets: 0, removedRules: 4 }),
    }).runner;
    await expect(createClient(runner).sidebarClear(TARGET)).resolves.toEqual({
      removedColumns: 1,
      removedSheets: 0,
      removedRules: 4,
    });
  });

  it('rejects with a crash as it came, without the prefix Apps Script adds, asking for no remap', async () => {
    const runner = fakeScriptRun({
      sidebarClear: () => {
        throw new Error('Error: Exceeded maximum execution time');
      },
    }).runner;
    await expect(createClient(runner).sidebarClear(TARGET)).rejects.toMatchObject({
      message: 'Exceeded maximum execution time',
      remap: false,
    });
  });

  it('is typed from the endpoints module: a wrong name or payload fails type checking', () => {
    const client = createClient(fakeScriptRun({}).runner);
    // Never called: the checks are the compiler's, run by `npm run typecheck`.
    const unchecked = () => {
      // @ts-expect-error no such endpoint
      void client.sidebarClassfy();
      // @ts-expect-error the settings are missing
      void client.sidebarClassify();
      const kmeans = { headerRow: 1, shape: 'transactions', roles: [], model: 'kmeans' } as const;
      // @ts-expect-error an unknown model
      void client.sidebarClassify({ ...TARGET, settings: { ...kmeans, options: DEFAULT_OPTIONS } });
      // @ts-expect-error settings without the sheet they are for
      void client.sidebarClassify({ ...kmeans, model: 'tiers', options: DEFAULT_OPTIONS });
      // @ts-expect-error Re-segment names its sheet
      void client.sidebarResegment();
    };
    expect(unchecked).toBeTypeOf('function');
  });
});
