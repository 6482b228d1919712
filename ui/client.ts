/**
 * This file defines the sidebar's one way to call the server: `google.script.run` wrapped into
 * promises, typed from the endpoints module itself (src/addon/sidebar/endpoints.ts), so a call
 * with a wrong name or payload, or a change of the server's signatures, fails type checking.
 *
 * How a failure travels: every endpoint returns an `Outcome` — its value, or a failure as data
 * (`{ ok: false, message, remap }`) — and the client rejects with a `SidebarError` carrying the
 * message and `remap`. What reaches the failure handler instead (a time-out, a closed session,
 * a crash before the endpoint ran) rejects with its message and `remap` false.
 */
import type { Outcome, SidebarFailure } from '../src/addon/sidebar/api';
import type * as endpoints from '../src/addon/sidebar/endpoints';

type Server = typeof endpoints;
/** The server functions the sidebar calls: every export of the endpoints module named sidebar…. */
export type Endpoint = Extract<keyof Server, `sidebar${string}`>;

/** An endpoint's value: what its outcome holds, or what it returns when it has no outcome (not distributed over the outcome's two cases, whose failure would infer `unknown`). */
type ValueOf<Result> = [Result] extends [Outcome<infer Value>] ? Value : Result;

/** The part of `google.script.run` the sidebar uses; each call returns nothing and reports to the handlers. */
export type ScriptRunner = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
} & {
  readonly [Name in Endpoint]: (...args: Parameters<Server[Name]>) => void;
};

declare global {
  /** Apps Script's HTML service defines it in every sidebar. */
  const google: { readonly script: { readonly run: ScriptRunner } };
}

/** Every endpoint as a function returning a promise of its value. */
export type SidebarClient = {
  readonly [Name in Endpoint]: (
    ...args: Parameters<Server[Name]>
  ) => Promise<ValueOf<ReturnType<Server[Name]>>>;
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

const ENDPOINTS: readonly Endpoint[] = [
  'sidebarSurvey',
  'sidebarActiveSheetId',
  'sidebarClassify',
  'sidebarResegment',
  'sidebarClear',
  'sidebarPreview',
  'sidebarShowSegment',
  'sidebarShowAll',
  'sidebarSegmentList',
  'sidebarAutoRefresh',
  'sidebarSetAutoRefresh',
  'sidebarBuildHistory',
  'sidebarShowAlerts',
];

export function createClient(runner: ScriptRunner): SidebarClient {
  const call =
    (name: Endpoint) =>
    (...args: unknown[]) =>
      new Promise<unknown>((resolve, reject) => {
        const handled = runner
          .withSuccessHandler((value) => {
            if (!isOutcome(value)) resolve(value);
            else if (value.ok) resolve(value.value);
            else reject(new SidebarError(value));
          })
          .withFailureHandler((error) => reject(toSidebarError(error)));
        // Called as a method: Apps Script's runner reads the handlers from `this`.
        (handled[name] as (...payload: unknown[]) => void).call(handled, ...args);
      });
  return Object.fromEntries(ENDPOINTS.map((name) => [name, call(name)])) as SidebarClient;
}

function isOutcome(value: unknown): value is Outcome<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Any failure as a `SidebarError`, for the status line to show. */
export function toSidebarError(error: unknown): SidebarError {
  if (error instanceof SidebarError) return error;
  const sent = error instanceof Error ? error.message : String(error);
  return new SidebarError({ message: sent.replace(RUNTIME_PREFIX, ''), remap: false });
}

/** What may stand before a thrown Error's message on its way from Apps Script to the handler. */
const RUNTIME_PREFIX = /^(?:[A-Za-z]*Error|Exception): /;
