/**
 * This file defines how tests load dist/Code.js the way Apps Script does: one script in a fresh
 * global scope holding only Apps Script globals, its top-level functions becoming globals.
 * Values handed to a function are made inside that scope, as Sheets makes them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { type FakeWorkbook, type FakeWorkbookOptions, fakeWorkbook } from '../fakes/workbook';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface LoadedBundle {
  readonly context: vm.Context;
  readonly fake: FakeWorkbook;
  /**
   * Calls a top-level function of the bundle with values turned into the bundle's realm, as one
   * execution: locks it still holds are released when it returns.
   */
  call(name: string, ...args: unknown[]): unknown;
}

/** Loads dist/Code.js into a new Apps Script-like global scope over a fake workbook. */
export function loadBundle(workbook: Omit<FakeWorkbookOptions, 'realm'> = {}): LoadedBundle {
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date, Error })', context);
  const fake = fakeWorkbook({ ...workbook, realm });
  Object.assign(context, fake.globals);
  vm.runInContext(readFileSync(`${DIST}Code.js`, 'utf8'), context, { filename: 'Code.js' });
  const intoRealm = vm.runInContext(
    `(function intoRealm(value) {
      if (Array.isArray(value)) return value.map(intoRealm);
      if (value && value.epochMs !== undefined) return new Date(value.epochMs);
      return value;
    })`,
    context,
  ) as (value: unknown) => unknown;
  return {
    context,
    fake,
    call: (name, ...args) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      try {
        return fn(...args.map((arg) => intoRealm(toTransferable(arg))));
      } finally {
        fake.endExecution();
      }
    },
  };
}

/** Dates cross into the bundle's realm as their instant. */
function toTransferable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toTransferable);
  if (value instanceof Date) return { epochMs: value.getTime() };
  return value;
}

/**
 * The instant Sheets hands for a date cell in a zone: that day's local midnight.
 * @example sheetDate(2007, 1, 1, 'Asia/Shanghai') //=> 2006-12-31T16:00:00.000Z
 */
export function sheetDate(year: number, month: number, day: number, timeZone: string): Date {
  const key = `${timeZone} ${year}-${month}-${day}`;
  const known = localMidnights.get(key) ?? localMidnight(year, month, day, timeZone);
  localMidnights.set(key, known);
  return new Date(known);
}

const localMidnights = new Map<string, number>();

function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  const utcMidnight = Date.UTC(year, month - 1, day);
  const wallClockAt = (instant: number) => {
    const text = new Date(instant).toLocaleString('sv-SE', { timeZone });
    return Date.parse(`${text.replace(' ', 'T')}Z`);
  };
  // two steps settle the offset even when it changes between UTC midnight and local midnight
  const guess = utcMidnight - (wallClockAt(utcMidnight) - utcMidnight);
  return utcMidnight - (wallClockAt(guess) - guess);
}
