/**
 * This file defines a fake `google.script.run` for the sidebar's tests: endpoints the test
 * writes, answered asynchronously like the real one, with arguments and results passed through
 * JSON as Apps Script passes them, and every call recorded. A test's endpoint returns its value,
 * or throws `serverFailure(…)` for a failure the real endpoint returns as data; any other throw
 * reaches the failure handler, as a crash does in Apps Script.
 */
import type { Outcome, SidebarFailure } from '../../src/addon/sidebar/api';
import type * as endpoints from '../../src/addon/sidebar/endpoints';
import type { Endpoint, ScriptRunner } from '../../ui/client';

type Server = typeof endpoints;
type ValueOf<Result> = Result extends Outcome<infer Value> ? Value : Result;

/** The server as a test writes it: an endpoint may answer later, and one left out fails. */
export type FakeServer = {
  [Name in Endpoint]?: (
    ...args: Parameters<Server[Name]>
  ) => ValueOf<ReturnType<Server[Name]>> | Promise<ValueOf<ReturnType<Server[Name]>>>;
};

/** A failure the endpoint returns as data. */
class ServerFailure extends Error {
  constructor(readonly failure: SidebarFailure) {
    super(failure.message);
  }
}

export interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
}

export interface FakeScriptRun {
  readonly runner: ScriptRunner;
  readonly calls: Call[];
  /** The calls of one endpoint, their arguments each. */
  readonly callsOf: (name: Endpoint) => (readonly unknown[])[];
}

/** A failure as the server returns it: `{ ok: false, message, remap }`. */
export function serverFailure(failure: SidebarFailure): Error {
  return new ServerFailure(failure);
}

/** What the real endpoint returns for a value: an outcome, except the bare sheet id poll. */
function asReturned(name: string, value: unknown): unknown {
  return name === 'sidebarActiveSheetId' ? value : { ok: true, value };
}

export function fakeScriptRun(server: FakeServer): FakeScriptRun {
  const calls: Call[] = [];
  const throughJson = (value: unknown) =>
    value === undefined ? value : JSON.parse(JSON.stringify(value));
  const runnerWith = (
    onSuccess: (value: unknown) => void,
    onFailure: (error: unknown) => void,
  ): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get: (_, name) => {
        if (name === 'withSuccessHandler')
          return (handler: (value: unknown) => void) => runnerWith(handler, onFailure);
        if (name === 'withFailureHandler')
          return (handler: (error: unknown) => void) => runnerWith(onSuccess, handler);
        return (...args: unknown[]) => {
          const sent = throughJson(args) as unknown[];
          calls.push({ name: String(name), args: sent });
          const endpoint = server[name as Endpoint] as
            | ((...payload: unknown[]) => unknown)
            | undefined;
          Promise.resolve()
            .then(() => {
              if (!endpoint) throw new Error(`the fake server has no ${String(name)}`);
              return endpoint(...sent);
            })
            // Apps Script hands the failure handler an Error with the thrown one's message.
            .then(
              (value) => onSuccess(throughJson(asReturned(String(name), value))),
              (error: Error) =>
                error instanceof ServerFailure
                  ? onSuccess(throughJson({ ok: false, ...error.failure }))
                  : onFailure(new Error(error.message)),
            );
        };
      },
    });
  const ignore = () => {};
  return {
    runner: runnerWith(ignore, ignore),
    calls,
    callsOf: (name) => calls.filter((call) => call.name === name).map(({ args }) => args),
  };
}
