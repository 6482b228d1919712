/**
 * This file defines the realm the fakes hand values into: the `Date` and `Error` of the global
 * scope the add-on runs in. Code loaded in a node:vm context has its own `Date` and `Error`, and
 * its `instanceof` checks fail on objects made outside; the fakes make them inside, as Apps
 * Script does.
 */

export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

/** The realm of the code that created the fake: unit tests run the add-on here. */
export const HOST_REALM: Realm = { Date, Error };

/**
 * An error as Apps Script services throw it: an `Error` named `Exception`, so that
 * `String(error)` reads `Exception: …` as the execution log shows it.
 */
export function exception(realm: Realm, message: string): Error {
  const error = new realm.Error(message);
  error.name = 'Exception';
  return error;
}

/** Whether a value is a `Date` of any realm. */
export function isDate(value: unknown): value is Date {
  // the typeof test first: Object.prototype.toString is slow, and most cells are not objects
  return typeof value === 'object' && Object.prototype.toString.call(value) === '[object Date]';
}
