/**
 * This file defines `fakeWorkbook`, the fake Apps Script services of one open spreadsheet
 * (SpreadsheetApp, HtmlService, PropertiesService, LockService, ScriptApp) over a workbook
 * pre-filled with sheets of values, with hooks for what only another user could do (protect and
 * unprotect, hold the lock, act as another user, open the file and so fire its triggers), and `installSpreadsheetApp`, which makes them globals for unit tests.
 */
import type { CellValue } from './cell-input';
import { type CallCounts, resetCalls } from './fake-service';
import { fakeHtmlService } from './html';
import { type DocumentLock, fakeLockService, newDocumentLock } from './lock';
import { fakePropertiesService, newPropertyStores, type PropertyStores } from './properties';
import { rangeHandles } from './range';
import { HOST_REALM, type Realm } from './realm';
import {
  fakeScriptApp,
  fireOpenTriggers,
  newTriggerStore,
  type OpenEvent,
  type TriggerRecord,
} from './script-app';
import { sheetHandles } from './sheet';
import { fakeSpreadsheetApp } from './spreadsheet-app';
import { fakeUi, newUiRecord, type UiRecord } from './ui';
import { newSheet, type WorkbookModel } from './workbook-model';

export interface SheetSeed {
  readonly name: string;
  /** Rows of cells exactly as `getValues` will return them ('' for blank). */
  readonly values?: readonly (readonly CellValue[])[];
  readonly frozenRows?: number;
}

export interface FakeWorkbookOptions {
  /** e.g. `en_US`, `zh_CN`. */
  readonly locale?: string;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  readonly timeZone?: string;
  readonly id?: string;
  readonly name?: string;
  /** The sheets in order, the first active; by default one empty `Sheet1`. */
  readonly sheets?: readonly SheetSeed[];
  /** The project's HTML files by name, for `createHtmlOutputFromFile`. */
  readonly files?: Readonly<Record<string, string>>;
  /** Where the add-on runs, for the dates and errors the fakes hand it. */
  readonly realm?: Realm;
}

/** The cell a custom function is called from, on the active sheet; a test sets its formula. */
export interface ActiveCell {
  formula: string;
}

export interface AppsScriptGlobals {
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
}

export interface FakeWorkbook extends AppsScriptGlobals, UiRecord {
  readonly globals: AppsScriptGlobals;
  /** Calls per `Service.method`, e.g. `Range.getValues`. */
  readonly calls: CallCounts;
  resetCalls(): void;
  readonly activeCell: ActiveCell;
  readonly properties: PropertyStores;
  /** Another execution holds the document lock, releasing it after `forMs` (never by default). */
  holdLockElsewhere(forMs?: number): void;
  /** Another editor protects a sheet or range from the script's user. */
  protect(
    target: GoogleAppsScript.Spreadsheet.Sheet | GoogleAppsScript.Spreadsheet.Range,
    options?: { readonly description?: string; readonly warningOnly?: boolean },
  ): void;
  /** That editor lifts every protection of the sheet, or of the range exactly. */
  unprotect(target: GoogleAppsScript.Spreadsheet.Sheet | GoogleAppsScript.Spreadsheet.Range): void;
  /** The script ends: Apps Script releases the locks it still holds. */
  endExecution(): void;
  /** Every installable trigger of the spreadsheet, whoever created it. */
  readonly triggers: readonly TriggerRecord[];
  /** The script runs as another user from now on (their triggers, not the others'). */
  actAs(user: string): void;
  /**
   * Someone opens the spreadsheet: `run` gets each on-open trigger's function name and event, as
   * the user who created the trigger; the runs' results in order.
   */
  fireOpenTriggers(run: (handler: string, event: OpenEvent) => unknown): unknown[];
}

export function fakeWorkbook(options: FakeWorkbookOptions = {}): FakeWorkbook {
  const calls: CallCounts = {};
  const realm = options.realm ?? HOST_REALM;
  const workbook = newWorkbook(options, calls, realm);
  const record = newUiRecord();
  const properties = newPropertyStores();
  const lock: DocumentLock = newDocumentLock();
  const triggerStore = newTriggerStore();
  const globals: AppsScriptGlobals = {
    SpreadsheetApp: fakeSpreadsheetApp(workbook, fakeUi(calls, record)),
    HtmlService: fakeHtmlService(calls, realm, options.files ?? {}),
    PropertiesService: fakePropertiesService(calls, properties),
    LockService: fakeLockService(calls, realm, lock),
    ScriptApp: fakeScriptApp(calls, realm, triggerStore, () =>
      globals.SpreadsheetApp.getActiveSpreadsheet(),
    ),
  };
  return {
    ...globals,
    ...record,
    globals,
    calls,
    resetCalls: () => resetCalls(calls),
    activeCell: activeCellOf(workbook),
    properties,
    holdLockElsewhere: (forMs = Number.POSITIVE_INFINITY) => {
      lock.holder = 'elsewhere';
      lock.elsewhereForMs = forMs;
    },
    protect: (target, { description = '', warningOnly = false } = {}) => {
      const { sheet, grid } = sheetHandles.has(target)
        ? { sheet: sheetHandles.modelOf(target), grid: null }
        : rangeHandles.modelOf(target);
      sheet.protections.push({ range: grid, description, warningOnly });
    },
    unprotect: (target) => {
      const { sheet, grid } = sheetHandles.has(target)
        ? { sheet: sheetHandles.modelOf(target), grid: null }
        : rangeHandles.modelOf(target);
      const at = JSON.stringify(grid);
      sheet.protections =
        grid === null
          ? []
          : sheet.protections.filter((protection) => JSON.stringify(protection.range) !== at);
    },
    endExecution: () => {
      if (lock.holder !== 'elsewhere') lock.holder = null;
    },
    triggers: triggerStore.triggers,
    actAs: (user) => {
      triggerStore.user = user;
    },
    fireOpenTriggers: (run) =>
      fireOpenTriggers(triggerStore, globals.SpreadsheetApp.getActiveSpreadsheet(), run),
  };
}

function newWorkbook(options: FakeWorkbookOptions, calls: CallCounts, realm: Realm): WorkbookModel {
  const seeds = options.sheets ?? [{ name: 'Sheet1' }];
  const workbook = {
    id: options.id ?? 'fake-spreadsheet-id',
    name: options.name ?? 'Untitled spreadsheet',
    locale: options.locale ?? 'en_US',
    timeZone: options.timeZone ?? 'Etc/UTC',
    realm,
    calls,
    sheets: [],
    activeGrid: { row: 1, column: 1, numRows: 1, numColumns: 1 },
    metadata: [],
    nextSheetId: 0,
    nextMetadataId: 1,
    nextChartId: 1,
  } as Omit<WorkbookModel, 'activeSheet'> as WorkbookModel;
  for (const seed of seeds) {
    const sheet = newSheet(workbook, seed.name, seed.values);
    sheet.frozenRows = seed.frozenRows ?? 0;
    workbook.sheets.push(sheet);
  }
  const [first] = workbook.sheets;
  if (first === undefined) throw new Error('fake: a workbook needs a sheet');
  workbook.activeSheet = first;
  return workbook;
}

function activeCellOf(workbook: WorkbookModel): ActiveCell {
  const at = () => [workbook.activeGrid.row - 1, workbook.activeGrid.column - 1] as const;
  return {
    get formula() {
      return workbook.activeSheet.cells.formula.get(...at());
    },
    set formula(text: string) {
      workbook.activeSheet.cells.formula.set(...at(), text);
      workbook.activeSheet.cells.value.set(...at(), '');
    },
  };
}

/** Makes a workbook's services the globals `SpreadsheetApp` …; `uninstall` removes them. */
export function installSpreadsheetApp(
  options: FakeWorkbookOptions = {},
): FakeWorkbook & { uninstall(): void } {
  const fake = fakeWorkbook(options);
  Object.assign(globalThis, fake.globals);
  return {
    ...fake,
    uninstall: () => {
      for (const name of Object.keys(fake.globals))
        delete (globalThis as Record<string, unknown>)[name];
    },
  };
}
