/**
 * This file defines when the preview asks the server: a while after the last change of the
 * settings (typing an option should not send a call per key), never more than one call at a time
 * (Apps Script runs at most ten, and a preview reads the whole sheet), and only the answer to the
 * latest settings is shown — an answer overtaken by a change, or by a run of Classify, is dropped.
 */
import type { ClassifyRequest, PreviewResult } from '../src/addon/sidebar/api';
import type { PreviewView } from './preview-view';

/** How long the settings must stay unchanged before the preview asks the server. */
export const PREVIEW_DELAY_MS = 400;

export interface PreviewRequests {
  /** The settings changed: preview them (a request), or nothing (null, incomplete settings). */
  readonly schedule: (request: ClassifyRequest | null) => void;
  /** Drops whatever is pending or on its way: a run is about to change the sheet. */
  readonly cancel: () => void;
}

export function previewRequests(
  fetchPreview: (request: ClassifyRequest) => Promise<PreviewResult>,
  view: PreviewView,
  messageOf: (error: unknown) => string,
): PreviewRequests {
  /** The number of the latest change: an answer to an older one is dropped. */
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  /** The latest request, waiting for the call in flight to end. */
  let waiting: { readonly number: number; readonly request: ClassifyRequest } | undefined;

  const send = (number: number, request: ClassifyRequest) => {
    if (inFlight) {
      waiting = { number, request };
      return;
    }
    inFlight = true;
    fetchPreview(request)
      .then((preview) => {
        if (number === latest) view.show(preview);
      })
      .catch((error: unknown) => {
        if (number === latest) view.fail(messageOf(error));
      })
      .finally(() => {
        inFlight = false;
        const next = waiting;
        waiting = undefined;
        if (next && next.number === latest) send(next.number, next.request);
      });
  };

  const cancel = () => {
    latest += 1;
    clearTimeout(timer);
    waiting = undefined;
  };

  return {
    schedule: (request) => {
      cancel();
      if (request === null) {
        view.clear();
        return;
      }
      view.markStale();
      const number = latest;
      timer = setTimeout(() => send(number, request), PREVIEW_DELAY_MS);
    },
    cancel,
  };
}
