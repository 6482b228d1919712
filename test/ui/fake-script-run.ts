/**
 * This file defines a fake `google.script.run` for the sidebar's tests: endpoints the test
 * writes, answered asynchronously like the real one, with arguments and results passed through
 * JSON as Apps Script passes them, and every call recorded.
 */
import type { SidebarEndpoints, SidebarFailure } from '../../src/addon/sidebar/api';
import { REMAP_MARKER, type ScriptRunner } from '../../ui/client';

type Endpoint = keyof SidebarEndpoints;

/** The server as a test writes it: an endpoint may answer later, and one left out fails. */
export type FakeServer = {
  [Name in Endpoint]?: (
    ...args: Parameters<SidebarEndpoints[Name]>
  ) => ReturnType<SidebarEndpoints[Name]> | Promise<ReturnType<SidebarEndpoints[Name]>>;
};

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

/** A failure as the server throws it: its message, behind the marker when it asks for a remap. */
export function serverFailure({ message, remap }: SidebarFailure): Error {
  return new Error(`${remap ? REMAP_MARKER : ''}${message}`);
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
              (value) => onSuccess(throughJson(value)),
              (error: Error) => onFailure(new Error(error.message)),
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
