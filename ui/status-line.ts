/**
 * This file defines the status line: one polite live region that says what the sidebar is doing,
 * what a run did, or what went wrong, so screen readers announce it without moving the focus.
 */
import { element, withTestId } from './dom';

export interface StatusLine {
  readonly root: HTMLElement;
  readonly say: (text: string) => void;
  readonly fail: (message: string) => void;
}

export function statusLine(): StatusLine {
  const root = withTestId(element('div', { className: 'status' }), 'status');
  root.setAttribute('role', 'status');
  root.setAttribute('aria-live', 'polite');
  const show = (text: string, isError: boolean) => {
    root.textContent = text;
    root.classList.toggle('error', isError);
  };
  return { root, say: (text) => show(text, false), fail: (message) => show(message, true) };
}
