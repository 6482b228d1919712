/**
 * An interruption in the middle of a run's writes, as a quota error or a lost connection gives
 * it: the fake throws on the nth call of a method from now (the call itself does nothing).
 */
import type { FakeWorkbook } from '../../dev/spreadsheet-fake/workbook';

/**
 * Makes the `nth` call of `method` (e.g. `Range.setValues`) from now throw a service error.
 *
 * @returns a function that lets the calls through again
 */
export function failOnCall(fake: FakeWorkbook, method: string, nth: number): () => void {
  const calls = fake.calls as Record<string, number>;
  const start = calls[method] ?? 0;
  let count = start;
  Object.defineProperty(calls, method, {
    configurable: true,
    enumerable: true,
    get: () => count,
    set: (next: number) => {
      count = next;
      if (next - start === nth)
        throw new Error('Service Spreadsheets failed while accessing document');
    },
  });
  return () => {
    delete calls[method];
    calls[method] = count;
  };
}
