/**
 * This file defines `google.script.run` for the sidebar in the sandbox, put before the sidebar's
 * own script: `withSuccessHandler` and `withFailureHandler` chain as in Apps Script, and calling
 * any server function by name POSTs `{ name, args }` to the sandbox server, which runs it in
 * dist/Code.js. The result goes to the success handler; a failure to the failure handler as an
 * Error with the thrown message, as Apps Script hands it. After each call the page is told, so
 * that its grid shows what the call changed.
 */
import { PATHS, SCRIPT_RAN_MESSAGE, type ScriptRunResponse } from '../contract';

type Handler = (value: unknown) => void;

interface Handlers {
  readonly success: Handler | undefined;
  readonly failure: Handler | undefined;
}

/** A runner: every property but the two `with…Handler`s is a server function. */
function scriptRunner(handlers: Handlers): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_, property) => {
        if (property === 'withSuccessHandler')
          return (success: Handler) => scriptRunner({ ...handlers, success });
        if (property === 'withFailureHandler')
          return (failure: Handler) => scriptRunner({ ...handlers, failure });
        if (typeof property !== 'string') return undefined;
        return (...args: unknown[]) => {
          void callServer(property, args).then((answer) => {
            window.parent.postMessage(SCRIPT_RAN_MESSAGE, window.location.origin);
            if (answer.ok) handlers.success?.(answer.value);
            else if (handlers.failure) handlers.failure(new Error(answer.message));
            else console.error(`google.script.run.${property}: ${answer.message}`);
          });
        };
      },
    },
  );
}

async function callServer(name: string, args: unknown[]): Promise<ScriptRunResponse> {
  try {
    const response = await fetch(PATHS.run, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    if (!response.ok) return { ok: false, message: await response.text() };
    return (await response.json()) as ScriptRunResponse;
  } catch {
    // what Apps Script reports when the server cannot be reached
    return { ok: false, message: 'NetworkError: Connection failure due to HTTP 0' };
  }
}

Object.assign(window, {
  google: { script: { run: scriptRunner({ success: undefined, failure: undefined }) } },
});
