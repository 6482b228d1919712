/**
 * The fakes outside vitest: bundled by esbuild as plain ES modules for the local sandbox server,
 * and handing the bundle in node:vm dates and errors of its own realm.
 */
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../dev/apps-script-vm';

const FAKES = fileURLToPath(new URL('../../../dev/spreadsheet-fake/', import.meta.url));

describe('the fakes for the sandbox server', () => {
  it('bundle for any platform from dev/spreadsheet-fake alone, and work from the bundle', async () => {
    const bundled = await esbuild.build({
      entryPoints: [`${FAKES}index.ts`],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      metafile: true,
    });
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(inputs.every((input) => input.startsWith('dev/spreadsheet-fake/'))).toBe(true);
    const code = bundled.outputFiles[0]?.text ?? '';
    const fakes = await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    );
    const fake = fakes.fakeWorkbook({ sheets: [{ name: 'Orders', values: [['id'], [7]] }] });
    expect(fake.SpreadsheetApp.getActiveSheet().getDataRange().getValues()).toEqual([['id'], [7]]);
  });
});

describe('the fakes in the bundle’s node:vm realm', () => {
  it('hand it dates and errors that pass its instanceof checks', () => {
    const bundle = loadBundle({
      sheets: [{ name: 'Orders', values: [[new Date('2024-03-05T00:00:00Z')]] }],
    });
    const run = (code: string) => vm.runInContext(code, bundle.context);
    expect(run(`SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date`)).toBe(
      true,
    );
    expect(
      run(
        `try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { e instanceof Error && String(e); }`,
      ),
    ).toBe('Exception: The starting row of the range is too small.');
  });

  it('releases the document lock when a called function returns', () => {
    const bundle = loadBundle();
    vm.runInContext(
      'function takeLock() { LockService.getDocumentLock().waitLock(0); }',
      bundle.context,
    );
    bundle.call('takeLock');
    expect(bundle.fake.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});
