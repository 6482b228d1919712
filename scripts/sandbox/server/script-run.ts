/**
 * This file defines the server side of the sidebar's `google.script.run` in the sandbox: a call
 * names a top-level function of dist/Code.js and hands it JSON arguments; the function runs in
 * the bundle's node:vm scope as one execution, and its result goes back as JSON, or what it
 * threw as its message, which the shim hands the failure handler as Apps Script does.
 * Whether a call may have changed the spreadsheet is read off the fake's call counts, so that
 * the sidebar's polls, which only read, leave the page's grid as it is.
 */

import type { LoadedBundle } from '../../../dev/bundle-vm';
import type { CallCounts } from '../../../dev/spreadsheet-fake/fake-service';
import type { ScriptRunResponse } from '../contract';
import { HttpError } from './http';

export function runScript(bundle: LoadedBundle, request: unknown): ScriptRunResponse {
  const { name, args } = (request ?? {}) as { name?: unknown; args?: unknown };
  if (typeof name !== 'string' || !Array.isArray(args))
    throw new HttpError(400, 'A call is { "name": string, "args": [] }.');
  // Apps Script hides functions whose names end in `_` from google.script.run
  if (name.endsWith('_') || !Object.hasOwn(bundle.context, name))
    return { ok: false, message: `Script function not found: ${name}` };
  try {
    return { ok: true, value: bundle.call(name, ...args) };
  } catch (error) {
    // the error is of the bundle's realm, so `instanceof Error` would not recognise it
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, message: message === undefined ? String(error) : String(message) };
  }
}

/** The fake's call counts now, to compare with after a call. */
export function callsNow(bundle: LoadedBundle): CallCounts {
  return { ...bundle.fake.calls };
}

/**
 * Whether a service method ran since `before` that is not one of the readers: getters
 * (`get…`, `is…`, `has…`, `can…`) and metadata finders (`createDeveloperMetadataFinder`,
 * `with…`, `on…`, `find`). Anything else, builders included, counts as a possible change:
 * a needless redraw costs little, a missed one would leave the grid stale.
 */
export function mayHaveChanged(bundle: LoadedBundle, before: CallCounts): boolean {
  return Object.entries(bundle.fake.calls).some(
    ([method, count]) => count > (before[method] ?? 0) && !READER.test(method),
  );
}

const READER = /\.(?:(?:get|is|has|can|with|on)[A-Z]\w*|find|create\w*Finder)$/;
