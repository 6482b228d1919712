/**
 * This file defines the notice the sidebar shows when the sheet's data changed since its last
 * run (the survey's `stale`): a line saying so, with a Re-segment button beside it. It hides once
 * a run brings the results up to date.
 */
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface StaleNotice {
  readonly root: HTMLElement;
  readonly hide: () => void;
  readonly setBusy: (busy: boolean) => void;
}

export function staleNotice(words: Words, shown: boolean, onResegment: () => void): StaleNotice {
  const button = element('button', { type: 'button', textContent: words.resegment });
  button.addEventListener('click', onResegment);
  const root = withTestId(
    element('div', { className: 'block notice', hidden: !shown }, words.stale, button),
    'stale',
  );
  root.setAttribute('role', 'note');
  return {
    root,
    hide: () => {
      root.hidden = true;
    },
    setBusy: (busy) => {
      button.disabled = busy;
    },
  };
}
