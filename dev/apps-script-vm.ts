/**
 * This file defines how tests load the built dist/Code.js the way Apps Script does (see
 * bundle-vm.ts), and the instants Sheets hands for date cells. Values handed to a function are
 * made inside the bundle's scope, as Sheets makes them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type LoadedBundle, runBundle } from './bundle-vm';
import type { FakeWorkbookOptions } from './spreadsheet-fake/workbook';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export type { LoadedBundle };

/** Loads dist/Code.js into a new Apps Script-like global scope over a fake workbook. */
export function loadBundle(workbook: Omit<FakeWorkbookOptions, 'realm'> = {}): LoadedBundle {
  return runBundle(readFileSync(`${DIST}Code.js`, 'utf8'), workbook);
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
