/**
 * This file defines the action buttons: Classify (the primary, blue), Re-segment with the saved
 * settings and Clear. Each is enabled when it has something to do, and all are disabled while a
 * call runs, so no second run starts on top of the first.
 */
import { element, withTestId } from './dom';
import type { Words } from './words';

export type Action = 'classify' | 'resegment' | 'clear';

export interface ActionsView {
  readonly root: HTMLElement;
  /** Which actions have something to do now. */
  readonly enable: (enabled: Readonly<Record<Action, boolean>>) => void;
  readonly setBusy: (busy: boolean) => void;
  readonly button: (action: Action) => HTMLButtonElement;
}

export function actionsView(words: Words, onAction: (action: Action) => void): ActionsView {
  const actions = ['classify', 'resegment', 'clear'] as const;
  let enabled: Readonly<Record<Action, boolean>> = {
    classify: false,
    resegment: false,
    clear: false,
  };
  let busy = false;
  const buttons = actions.map((action) => {
    const button = withTestId(
      element('button', {
        type: 'button',
        // the one blue button is the main action; the others keep the plain grey
        className: action === 'classify' ? 'action' : '',
        textContent: words[action],
      }),
      action,
    );
    button.addEventListener('click', () => onAction(action));
    return [action, button] as const;
  });
  const byAction = new Map(buttons);
  const show = () => {
    for (const [action, button] of buttons) button.disabled = busy || !enabled[action];
  };
  return {
    root: element('div', { className: 'block buttons' }, ...buttons.map(([, button]) => button)),
    enable: (now) => {
      enabled = now;
      show();
    },
    setBusy: (now) => {
      busy = now;
      show();
    },
    button: (action) => byAction.get(action) as HTMLButtonElement,
  };
}
