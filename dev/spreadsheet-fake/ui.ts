/**
 * This file defines the fake `Ui`: it records what the add-on shows (menus, dialogs, sidebars,
 * alerts) for tests to read, and answers alerts with what a test queued, or the first button.
 */
import { Button, ButtonSet, member, memberName } from './enums';
import { type CallCounts, fakeService } from './fake-service';
import { htmlOutputHandles } from './html';

export interface RecordedMenu {
  readonly items: { readonly caption: string; readonly functionName: string }[];
}

export interface RecordedDialog {
  readonly title: string;
  readonly html: string;
}

export interface RecordedAlert {
  readonly title: string;
  readonly prompt: string;
  /** The ButtonSet's name, e.g. `YES_NO`. */
  readonly buttons: string;
}

export interface UiRecord {
  readonly menus: RecordedMenu[];
  readonly dialogs: RecordedDialog[];
  readonly sidebars: RecordedDialog[];
  readonly alerts: RecordedAlert[];
  /** Button names the next alerts answer with, e.g. `['NO']`; when empty, the set's first. */
  readonly alertAnswers: string[];
}

export function newUiRecord(): UiRecord {
  return { menus: [], dialogs: [], sidebars: [], alerts: [], alertAnswers: [] };
}

const FIRST_BUTTON: Readonly<Record<string, string>> = {
  OK: 'OK',
  OK_CANCEL: 'OK',
  YES_NO: 'YES',
  YES_NO_CANCEL: 'YES',
};

export function fakeUi(calls: CallCounts, record: UiRecord): GoogleAppsScript.Base.Ui {
  const shown = (output: unknown, title?: string): RecordedDialog => {
    const model = htmlOutputHandles.modelOf(output);
    return { title: title ?? model.title, html: model.content };
  };
  return fakeService<GoogleAppsScript.Base.Ui>(
    'Ui',
    {
      Button,
      ButtonSet,
      createAddonMenu: () => fakeMenu(calls, record),
      showModalDialog: (output, title) => {
        record.dialogs.push(shown(output, title));
      },
      showSidebar: (output) => {
        record.sidebars.push(shown(output));
      },
      alert: (...args: unknown[]) => {
        const [title, prompt, buttons] =
          args.length === 3 ? args : ['', args[0], args[1] ?? member(ButtonSet, 'OK')];
        const set = memberName(buttons) ?? 'OK';
        record.alerts.push({ title: String(title), prompt: String(prompt), buttons: set });
        return member(Button, record.alertAnswers.shift() ?? FIRST_BUTTON[set] ?? 'OK');
      },
    },
    calls,
  );
}

function fakeMenu(calls: CallCounts, record: UiRecord): GoogleAppsScript.Base.Menu {
  const recorded: RecordedMenu = { items: [] };
  const menu: GoogleAppsScript.Base.Menu = fakeService<GoogleAppsScript.Base.Menu>(
    'Menu',
    {
      addItem: (caption, functionName) => {
        recorded.items.push({ caption, functionName });
        return menu;
      },
      addToUi: () => {
        record.menus.push(recorded);
      },
    },
    calls,
  );
  return menu;
}
