/**
 * This file defines the automatic refresh's switch: one checkbox, "Re-segment when the
 * spreadsheet opens", with a line saying it runs as the user who switches it on. Its state is
 * the server's (this user's trigger in this spreadsheet), asked once; a change is sent at once,
 * the box disabled meanwhile, and put back as it was when the server refuses. Where the server
 * cannot say (no trigger service), the switch stays hidden.
 */
import type { AutoRefreshState } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface RefreshCalls {
  readonly state: () => Promise<AutoRefreshState>;
  readonly set: (on: boolean) => Promise<AutoRefreshState>;
}

export interface RefreshView {
  readonly root: HTMLElement;
}

/** @param onFailure shows a refused change's message (the status line) */
export function refreshView(
  words: Words,
  calls: RefreshCalls,
  onFailure: (error: unknown) => void,
): RefreshView {
  const box = withTestId(
    element('input', { type: 'checkbox', id: 'auto-refresh', disabled: true }),
    'auto-refresh',
  );
  const hint = element(
    'p',
    { className: 'secondary', id: 'auto-refresh-hint' },
    words.autoRefreshHint,
  );
  box.setAttribute('aria-describedby', hint.id);
  const root = element(
    'div',
    { className: 'block', hidden: true },
    element('label', { className: 'checkbox', htmlFor: box.id }, box, words.autoRefresh),
    hint,
  );
  const show = ({ on }: AutoRefreshState) => {
    box.checked = on;
    box.disabled = false;
  };
  box.addEventListener('change', () => {
    const wanted = box.checked;
    box.disabled = true;
    calls.set(wanted).then(show, (error: unknown) => {
      show({ on: !wanted });
      onFailure(error);
    });
  });
  calls.state().then(
    (state) => {
      show(state);
      root.hidden = false;
    },
    () => {
      // no switch rather than a broken one: the rest of the sidebar works without it
    },
  );
  return { root };
}
