/**
 * This file defines the tests of the sidebar's typed client: it calls the endpoint it names with
 * its payload, resolves with the answer, and rejects with the server's message and whether it
 * asks for a remap; and the compiler refuses a call with a wrong name or payload.
 */
import { describe, expect, it } from 'vitest';
import { REMAP_MARKER as SERVER_REMAP_MARKER } from '../../src/addon/sidebar/endpoints';
import { createClient, REMAP_MARKER, SidebarError } from '../../ui/client';
import { fakeScriptRun, serverFailure } from './fake-script-run';
import { DEFAULT_OPTIONS, orderLog } from './survey';

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

  it('rejects with the message and remap the server threw, the marker stripped', async () => {
    const fake = fakeScriptRun({
      sidebarResegment: () => {
        throw serverFailure({ message: 'Column “Amount” is gone.', remap: true });
      },
    });
    const failure = await createClient(fake.runner)
      .sidebarResegment()
      .catch((error) => error);
    expect(failure).toBeInstanceOf(SidebarError);
    expect(failure).toMatchObject({ message: 'Column “Amount” is gone.', remap: true });
  });

  it('marks a remap as the server does: the client may not import the server’s marker', () => {
    expect(REMAP_MARKER).toBe(SERVER_REMAP_MARKER);
  });

  it('reads the failure behind a prefix Apps Script may add, such as "Error: "', async () => {
    const runner = fakeScriptRun({
      sidebarClear: () => {
        throw new Error(`Error: ${REMAP_MARKER}没有结果。`);
      },
    }).runner;
    await expect(createClient(runner).sidebarClear()).rejects.toMatchObject({
      message: '没有结果。',
      remap: true,
    });
  });

  it('rejects with any other failure as it came, asking for no remap', async () => {
    const runner = fakeScriptRun({
      sidebarClear: () => {
        throw new Error('Exceeded maximum execution time [remap] ');
      },
    }).runner;
    await expect(createClient(runner).sidebarClear()).rejects.toMatchObject({
      message: 'Exceeded maximum execution time [remap] ',
      remap: false,
    });
  });

  it('is typed from SidebarEndpoints: a wrong name or payload fails type checking', () => {
    const client = createClient(fakeScriptRun({}).runner);
    // Never called: the checks are the compiler's, run by `npm run typecheck`.
    const unchecked = () => {
      // @ts-expect-error no such endpoint
      void client.sidebarClassfy();
      // @ts-expect-error the settings are missing
      void client.sidebarClassify();
      const kmeans = { headerRow: 1, shape: 'transactions', roles: [], model: 'kmeans' } as const;
      // @ts-expect-error an unknown model
      void client.sidebarClassify({ ...kmeans, options: DEFAULT_OPTIONS });
      // @ts-expect-error Re-segment takes no payload
      void client.sidebarResegment(1);
    };
    expect(unchecked).toBeTypeOf('function');
  });
});
