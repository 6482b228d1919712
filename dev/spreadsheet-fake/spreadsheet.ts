/**
 * This file defines the fake `Spreadsheet`: its id, locale and time zone (both settable), its
 * sheets in order (insert, duplicate, delete — not one holding a protection —, find by name, the
 * active one) and its metadata.
 */

import { parseA1 } from './a1-notation';
import { duplicateSheet } from './duplicate';
import { fakeService } from './fake-service';
import { Handles } from './handles';
import { metadataMethods } from './metadata-methods';
import { assertEditable } from './protection';
import { fakeRange } from './range';
import { exception } from './realm';
import { boundedRange, fakeSheet, sheetHandles } from './sheet';
import { setTimeZoneKeepingWallClocks } from './time-zone';
import { newSheet, type WorkbookModel } from './workbook-model';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const spreadsheetHandles = new Handles<WorkbookModel>('Spreadsheet');

export function fakeSpreadsheet(workbook: WorkbookModel): Spreadsheet {
  const { realm } = workbook;
  const spreadsheet: Spreadsheet = fakeService<Spreadsheet>(
    'Spreadsheet',
    {
      getId: () => workbook.id,
      getName: () => workbook.name,
      getSpreadsheetLocale: () => workbook.locale,
      getSpreadsheetTimeZone: () => workbook.timeZone,
      setSpreadsheetLocale: (locale: string) => {
        workbook.locale = locale;
      },
      setSpreadsheetTimeZone: (timeZone: string) =>
        setTimeZoneKeepingWallClocks(workbook, timeZone),
      getSheets: () => workbook.sheets.map(fakeSheet),
      getNumSheets: () => workbook.sheets.length,
      getSheetByName: (name) => {
        const sheet = workbook.sheets.find((candidate) => candidate.name === name);
        return sheet ? fakeSheet(sheet) : null;
      },
      getActiveSheet: () => fakeSheet(workbook.activeSheet),
      setActiveSheet: (sheet) => {
        workbook.activeSheet = sheetHandles.modelOf(sheet);
        workbook.activeGrid = { row: 1, column: 1, numRows: 1, numColumns: 1 };
        return fakeSheet(workbook.activeSheet);
      },
      getActiveRange: () => fakeRange({ sheet: workbook.activeSheet, grid: workbook.activeGrid }),
      getRange: (a1: string) => {
        const [, quoted, plain, cells = a1] = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1) ?? [];
        const name = quoted?.replaceAll("''", "'") ?? plain;
        const sheet =
          name === undefined ? workbook.activeSheet : workbook.sheets.find((s) => s.name === name);
        const grid = sheet && parseA1(cells, sheet.maxRows, sheet.maxColumns);
        if (!sheet || !grid) throw exception(realm, 'Range not found');
        return boundedRange(sheet, grid);
      },
      insertSheet: (...args: unknown[]) => {
        const name = typeof args[0] === 'string' ? args[0] : defaultSheetName(workbook);
        const index =
          args.find((arg): arg is number => typeof arg === 'number') ?? workbook.sheets.length;
        if (workbook.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
          throw exception(
            realm,
            `A sheet with the name "${name}" already exists. Please enter another name.`,
          );
        }
        const sheet = newSheet(workbook, name);
        workbook.sheets.splice(index, 0, sheet);
        workbook.activeSheet = sheet;
        workbook.activeGrid = { row: 1, column: 1, numRows: 1, numColumns: 1 };
        return fakeSheet(sheet);
      },
      duplicateActiveSheet: () => {
        const copy = duplicateSheet(workbook.activeSheet);
        workbook.activeSheet = copy;
        workbook.activeGrid = { row: 1, column: 1, numRows: 1, numColumns: 1 };
        return fakeSheet(copy);
      },
      deleteSheet: (sheet) => {
        const model = sheetHandles.modelOf(sheet);
        if (workbook.sheets.length === 1) {
          throw exception(realm, "You can't remove all the sheets in a document.");
        }
        // a sheet holding a protected sheet or range is one an editor without access can't delete
        assertEditable(model, {
          row: 1,
          column: 1,
          numRows: model.maxRows,
          numColumns: model.maxColumns,
        });
        workbook.sheets.splice(workbook.sheets.indexOf(model), 1);
        model.deleted = true;
        if (workbook.activeSheet === model) workbook.activeSheet = workbook.sheets[0] ?? model;
      },
      ...metadataMethods(workbook, { kind: 'spreadsheet' }, () => spreadsheet),
    },
    workbook.calls,
  );
  return spreadsheetHandles.register(spreadsheet, workbook);
}

/** `Sheet2`, `Sheet3` …: the first `SheetN` not taken, as Sheets names a new sheet. */
function defaultSheetName(workbook: WorkbookModel): string {
  const taken = new Set(workbook.sheets.map((sheet) => sheet.name.toLowerCase()));
  let n = workbook.sheets.length + 1;
  while (taken.has(`sheet${n}`)) n++;
  return `Sheet${n}`;
}
