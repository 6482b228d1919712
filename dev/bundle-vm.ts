/**
 * This file defines how the text of dist/Code.js runs the way Apps Script runs it: one script in
 * a fresh node:vm global scope holding only Apps Script globals (the fakes, handing it dates and
 * errors of that scope), its top-level functions becoming globals. The bundle tests load it
 * through apps-script-vm.ts; the local sandbox server (scripts/sandbox) runs it the same way.
 */
import vm from 'node:vm';
import {
  type FakeWorkbook,
  type FakeWorkbookOptions,
  fakeWorkbook,
} from './spreadsheet-fake/workbook';

export interface LoadedBundle {
  readonly context: vm.Context;
  readonly fake: FakeWorkbook;
  /**
   * Calls a top-level function of the bundle with values turned into the bundle's realm, as one
   * execution: locks it still holds are released when it returns.
   */
  call(name: string, ...args: unknown[]): unknown;
  /**
   * Someone opens the spreadsheet: each installable on-open trigger's function runs, as its own
   * execution, as the user who created the trigger; their results in order.
   */
  open(): unknown[];
}

/** Runs the bundle's `code` in a new Apps Script-like global scope over a fake workbook. */
export function runBundle(
  code: string,
  workbook: Omit<FakeWorkbookOptions, 'realm'> = {},
): LoadedBundle {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error })', context);
  const fake = fakeWorkbook({ ...workbook, realm });
  Object.assign(context, fake.globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const intoRealm = vm.runInContext(
    `(function intoRealm(value) {
      if (Array.isArray(value)) return value.map(intoRealm);
      if (value && value.epochMs !== undefined) return new Date(value.epochMs);
      return value;
    })`,
    context,
  ) as (value: unknown) => unknown;
  const call = (name: string, ...args: unknown[]) => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    try {
      return fn(...args.map((arg) => intoRealm(toTransferable(arg))));
    } finally {
      fake.endExecution();
    }
  };
  return {
    context,
    fake,
    call,
    open: () => fake.fireOpenTriggers((handler, event) => call(handler, event)),
  };
}

/** Dates cross into the bundle's realm as their instant. */
function toTransferable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toTransferable);
  if (value instanceof Date) return { epochMs: value.getTime() };
  return value;
}
