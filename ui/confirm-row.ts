/**
 * This file defines the inline confirm step of an action that deletes a sheet: a line saying
 * what will be deleted, with a button that goes ahead and one that does not. It sits under the
 * buttons instead of a `window.confirm` (which Apps Script's sidebar frame may block, and which
 * takes the user out of the sidebar); the focus goes to Cancel, so a second Enter deletes
 * nothing, and Escape cancels too.
 */
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface ConfirmRow {
  readonly root: HTMLElement;
  /** Shows `question`; `onConfirm` runs only if the user confirms. */
  readonly ask: (question: string, onConfirm: () => void) => void;
  /** Hides the question without going ahead. */
  readonly dismiss: () => void;
}

/** @param returnFocus where the focus goes when the user cancels: the button that asked */
export function confirmRow(words: Words, returnFocus: () => HTMLElement | null): ConfirmRow {
  let pending: (() => void) | null = null;
  const question = element('p', { id: 'confirm-question' });
  const confirm = withTestId(
    element('button', { type: 'button', className: 'danger', textContent: words.confirmClear }),
    'confirm-clear',
  );
  const cancel = withTestId(
    element('button', { type: 'button', textContent: words.cancel }),
    'cancel-clear',
  );
  const root = element(
    'div',
    { className: 'block confirm', hidden: true },
    question,
    confirm,
    cancel,
  );
  root.setAttribute('role', 'alertdialog');
  root.setAttribute('aria-labelledby', question.id);

  const dismiss = () => {
    pending = null;
    root.hidden = true;
  };
  confirm.addEventListener('click', () => {
    const goAhead = pending;
    dismiss();
    goAhead?.();
  });
  cancel.addEventListener('click', () => {
    dismiss();
    returnFocus()?.focus();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel.click();
  });
  return {
    root,
    ask: (text, onConfirm) => {
      question.textContent = text;
      pending = onConfirm;
      root.hidden = false;
      cancel.focus();
    },
    dismiss,
  };
}
