/**
 * This file defines an in-memory fake of the Spreadsheet service, the subset the add-on uses,
 * typed against @types/google-apps-script. Menus and dialogs the add-on shows are recorded.
 */
import { type CallCounts, fakeService } from './fake-service';

export interface FakeSpreadsheetOptions {
  /** e.g. `en_US`, `zh_CN`. */
  readonly locale?: string;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  readonly timeZone?: string;
}

/** The cell a custom function is called from; a test sets its formula. */
export interface ActiveCell {
  formula: string;
}

export interface RecordedMenu {
  readonly items: { readonly caption: string; readonly functionName: string }[];
}

export interface RecordedDialog {
  readonly title: string;
  readonly html: string;
}

export interface FakeSpreadsheetApp {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly calls: CallCounts;
  readonly menus: RecordedMenu[];
  readonly dialogs: RecordedDialog[];
  readonly activeCell: ActiveCell;
}

export function fakeSpreadsheetApp(options: FakeSpreadsheetOptions = {}): FakeSpreadsheetApp {
  const calls: CallCounts = {};
  const menus: RecordedMenu[] = [];
  const dialogs: RecordedDialog[] = [];
  const activeCell: ActiveCell = { formula: '' };
  const activeRange = fakeService<GoogleAppsScript.Spreadsheet.Range>(
    'Range',
    { getFormula: () => activeCell.formula },
    calls,
  );
  const spreadsheet = fakeService<GoogleAppsScript.Spreadsheet.Spreadsheet>(
    'Spreadsheet',
    {
      getSpreadsheetLocale: () => options.locale ?? 'en_US',
      getSpreadsheetTimeZone: () => options.timeZone ?? 'Etc/UTC',
    },
    calls,
  );
  const ui = fakeService<GoogleAppsScript.Base.Ui>(
    'Ui',
    {
      createAddonMenu: () => fakeMenu(calls, menus),
      showModalDialog: (output, title) => {
        dialogs.push({ title, html: (output as GoogleAppsScript.HTML.HtmlOutput).getContent() });
      },
    },
    calls,
  );
  const SpreadsheetApp = fakeService<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(
    'SpreadsheetApp',
    {
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getActiveRange: () => activeRange,
      getUi: () => ui,
    },
    calls,
  );
  const HtmlService = fakeService<GoogleAppsScript.HTML.HtmlService>(
    'HtmlService',
    { createHtmlOutput: (html?: unknown) => fakeHtmlOutput(calls, String(html ?? '')) },
    calls,
  );
  return { SpreadsheetApp, HtmlService, calls, menus, dialogs, activeCell };
}

function fakeMenu(calls: CallCounts, menus: RecordedMenu[]): GoogleAppsScript.Base.Menu {
  const recorded: RecordedMenu = { items: [] };
  const menu: GoogleAppsScript.Base.Menu = fakeService<GoogleAppsScript.Base.Menu>(
    'Menu',
    {
      addItem: (caption, functionName) => {
        recorded.items.push({ caption, functionName });
        return menu;
      },
      addToUi: () => {
        menus.push(recorded);
      },
    },
    calls,
  );
  return menu;
}

function fakeHtmlOutput(calls: CallCounts, content: string): GoogleAppsScript.HTML.HtmlOutput {
  const output: GoogleAppsScript.HTML.HtmlOutput = fakeService<GoogleAppsScript.HTML.HtmlOutput>(
    'HtmlOutput',
    {
      getContent: () => content,
      setWidth: () => output,
      setHeight: () => output,
      setTitle: () => output,
    },
    calls,
  );
  return output;
}

/** Installs the fakes as the globals `SpreadsheetApp` and `HtmlService`; `uninstall` removes them. */
export function installSpreadsheetApp(
  options: FakeSpreadsheetOptions = {},
): FakeSpreadsheetApp & { uninstall(): void } {
  const fake = fakeSpreadsheetApp(options);
  const scope = globalThis as {
    SpreadsheetApp?: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    HtmlService?: GoogleAppsScript.HTML.HtmlService;
  };
  scope.SpreadsheetApp = fake.SpreadsheetApp;
  scope.HtmlService = fake.HtmlService;
  return {
    ...fake,
    uninstall: () => {
      delete scope.SpreadsheetApp;
      delete scope.HtmlService;
    },
  };
}
