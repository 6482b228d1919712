/**
 * This file defines the sidebar's one way to call the server: `google.script.run` wrapped into
 * promises, typed from `SidebarEndpoints`, so a call with a wrong name or payload fails type
 * checking.
 *
 * How a failure travels: the server throws an Error whose message is the `SidebarFailure`'s
 * message for the user, behind `REMAP_MARKER` when `remap` asks to reopen the column mapping
 * (src/addon/sidebar/endpoints.ts). The client strips the marker and rejects with a
 * `SidebarError` carrying the plain message and `remap`; any other failure (a time-out, an
 * unexpected exception) rejects with its message and `remap` false.
 */
import type { SidebarEndpoints, SidebarFailure } from '../src/addon/sidebar/api';

type Endpoint = keyof SidebarEndpoints;

/** The part of `google.script.run` the sidebar uses; each call returns nothing and reports to the handlers. */
export type ScriptRunner = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
} & {
  readonly [Name in Endpoint]: (...args: Parameters<SidebarEndpoints[Name]>) => void;
};

declare global {
  /** Apps Script's HTML service defines it in every sidebar. */
  const google: { readonly script: { readonly run: ScriptRunner } };
}

/** Every endpoint as a function returning a promise of its result. */
export type SidebarClient = {
  readonly [Name in Endpoint]: (
    ...args: Parameters<SidebarEndpoints[Name]>
  ) => Promise<ReturnType<SidebarEndpoints[Name]>>;
};

/** A failure as the server meant it: its message for the user, and whether to reopen the mapping. */
export class SidebarError extends Error implements SidebarFailure {
  readonly remap: boolean;

  constructor({ message, remap }: SidebarFailure) {
    super(message);
    this.name = 'SidebarError';
    this.remap = remap;
  }
}

export function createClient(runner: ScriptRunner): SidebarClient {
  const call =
    <Name extends Endpoint>(name: Name) =>
    (...args: Parameters<SidebarEndpoints[Name]>) =>
      new Promise<ReturnType<SidebarEndpoints[Name]>>((resolve, reject) => {
        const handled = runner
          .withSuccessHandler((value) => resolve(value as ReturnType<SidebarEndpoints[Name]>))
          .withFailureHandler((error) => reject(toSidebarError(error)));
        // Called as a method: Apps Script's runner reads the handlers from `this`.
        (handled[name] as (...payload: typeof args) => void).call(handled, ...args);
      });
  return {
    sidebarSurvey: call('sidebarSurvey'),
    sidebarActiveSheetId: call('sidebarActiveSheetId'),
    sidebarClassify: call('sidebarClassify'),
    sidebarResegment: call('sidebarResegment'),
    sidebarClear: call('sidebarClear'),
  };
}

/** Any failure as a `SidebarError`, for the status line to show. */
export function toSidebarError(error: unknown): SidebarError {
  return error instanceof SidebarError ? error : new SidebarError(readFailure(error));
}

/**
 * Starts the message of a failure that asks for the column mapping again: the server's
 * `REMAP_MARKER`, which this file cannot import (it is server code); test/ui/client.test.ts
 * holds the two equal.
 */
export const REMAP_MARKER = '[remap] ';

/** What may stand before a thrown Error's message on its way from Apps Script to the handler. */
const RUNTIME_PREFIX = /^(?:[A-Za-z]*Error|Exception): /;

/** The failure a failure handler received, as the server meant it. */
function readFailure(error: unknown): SidebarFailure {
  const sent = error instanceof Error ? error.message : String(error);
  const message = sent.replace(RUNTIME_PREFIX, '');
  return message.startsWith(REMAP_MARKER)
    ? { message: message.slice(REMAP_MARKER.length), remap: true }
    : { message, remap: false };
}
