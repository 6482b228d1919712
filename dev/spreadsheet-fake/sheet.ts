/**
 * This file defines the fake `Sheet`: its size and content extent, ranges by coordinates or A1
 * notation, row and column insertion and deletion, sorting, conditional-format rules (the list is
 * replaced whole, as `setConditionalFormatRules` does), metadata, protections, filter and charts.
 */
import { parseA1 } from './a1-notation';
import { chartMethods } from './chart';
import { fakeRule, ruleHandles } from './conditional-format-rule';
import { memberName } from './enums';
import { fakeService } from './fake-service';
import { fakeFilter, isRowHiddenByFilter } from './filter';
import type { GridRange } from './grid-range';
import { Handles } from './handles';
import { metadataMethods } from './metadata-methods';
import { assertEditable, fakeProtection } from './protection';
import { fakeRange } from './range';
import { exception } from './realm';
import { fakeSpreadsheet } from './spreadsheet';
import { deleteLines, insertLines, sortRows } from './structure';
import { contentExtent, type SheetModel } from './workbook-model';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const sheetHandles = new Handles<SheetModel>('Sheet');

/** A new `Sheet` object for a sheet, as each `getSheetByName` call returns a new one. */
export function fakeSheet(model: SheetModel): Sheet {
  const { workbook } = model;
  /** A method changing the sheet that returns it, for chaining. */
  const edit =
    <Args extends unknown[]>(change: (...args: Args) => void) =>
    (...args: Args): Sheet => {
      change(...args);
      return sheet;
    };
  const range = (grid: GridRange) => boundedRange(model, grid);
  const sheet: Sheet = fakeService<Sheet>(
    'Sheet',
    {
      getSheetId: () => model.id,
      getName: () => model.name,
      setName: edit((name: string) => {
        const taken = workbook.sheets.some(
          (other) => other !== model && other.name.toLowerCase() === name.toLowerCase(),
        );
        if (taken || name.trim() === '')
          throw exception(workbook.realm, `A sheet with the name "${name}" already exists.`);
        model.name = name;
      }),
      getIndex: () => workbook.sheets.indexOf(model) + 1,
      getParent: () => fakeSpreadsheet(workbook),
      getMaxRows: () => model.maxRows,
      getMaxColumns: () => model.maxColumns,
      getLastRow: () => contentExtent(model).lastRow,
      getLastColumn: () => contentExtent(model).lastColumn,
      getFrozenRows: () => model.frozenRows,
      setFrozenRows: (rows: number) => {
        model.frozenRows = rows;
      },
      getRange: (
        first: number | string,
        column?: number,
        numRows?: number,
        numColumns?: number,
      ) => {
        if (typeof first === 'string') {
          const grid = parseA1(first, model.maxRows, model.maxColumns);
          if (grid === undefined) throw exception(workbook.realm, 'Range not found');
          return range(grid);
        }
        return range({
          row: first,
          column: column ?? Number.NaN,
          numRows: numRows ?? 1,
          numColumns: numColumns ?? 1,
        });
      },
      getDataRange: () => {
        const { lastRow, lastColumn } = contentExtent(model);
        return range({
          row: 1,
          column: 1,
          numRows: Math.max(1, lastRow),
          numColumns: Math.max(1, lastColumn),
        });
      },
      insertColumnsAfter: edit((after: number, count: number) =>
        insertLines(model, 'COLUMNS', after + 1, count),
      ),
      insertColumnsBefore: edit((before: number, count: number) =>
        insertLines(model, 'COLUMNS', before, count),
      ),
      insertColumns: (before: number, count?: number) =>
        insertLines(model, 'COLUMNS', before, count ?? 1),
      deleteColumns: (at: number, count: number) => deleteLines(model, 'COLUMNS', at, count),
      deleteColumn: edit((at: number) => deleteLines(model, 'COLUMNS', at, 1)),
      insertRowsAfter: edit((after: number, count: number) =>
        insertLines(model, 'ROWS', after + 1, count),
      ),
      insertRowsBefore: edit((before: number, count: number) =>
        insertLines(model, 'ROWS', before, count),
      ),
      deleteRows: (at: number, count: number) => deleteLines(model, 'ROWS', at, count),
      sort: edit((column: number, ascending?: boolean) =>
        sortRows(model, column, ascending ?? true),
      ),
      clear: edit((options?: { contentsOnly?: boolean; formatOnly?: boolean }) =>
        clearSheet(model, { contents: !options?.formatOnly, formats: !options?.contentsOnly }),
      ),
      clearContents: edit(() => clearSheet(model, { contents: true, formats: false })),
      clearFormats: edit(() => clearSheet(model, { contents: false, formats: true })),
      getConditionalFormatRules: () => model.rules.map((rule) => fakeRule(workbook, rule)),
      setConditionalFormatRules: (rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) => {
        assertEditable(model, null);
        const models = rules.map((rule) => ruleHandles.modelOf(rule));
        for (const rule of models) {
          if (rule.ranges.length === 0)
            throw exception(workbook.realm, 'fake: a rule must have at least one range');
          if (rule.ranges.some((ruleRange) => ruleRange.sheet !== model)) {
            throw exception(
              workbook.realm,
              `fake: a rule of ${model.name} has a range on another sheet`,
            );
          }
        }
        model.rules = models;
      },
      getFilter: () => (model.filter ? fakeFilter(model) : null),
      isRowHiddenByFilter: (row: number) => isRowHiddenByFilter(model, row),
      ...chartMethods(model),
      getProtections: (type: unknown) =>
        model.protections
          .filter((protection) => (protection.range === null) === (memberName(type) === 'SHEET'))
          .map((protection) => fakeProtection(model, protection)),
      isSheetHidden: () => model.hidden,
      hideSheet: edit(() => {
        const shown = workbook.sheets.filter((other) => !other.hidden && other !== model);
        if (shown.length === 0)
          throw exception(workbook.realm, "You can't hide all the sheets in a document.");
        model.hidden = true;
      }),
      showSheet: edit(() => {
        model.hidden = false;
      }),
      activate: () => {
        workbook.activeSheet = model;
        workbook.activeGrid = { row: 1, column: 1, numRows: 1, numColumns: 1 };
        return sheet;
      },
      ...metadataMethods(workbook, { kind: 'sheet', sheet: model }, () => sheet),
    },
    workbook.calls,
  );
  return sheetHandles.register(sheet, model);
}

/**
 * Blanks the whole sheet's contents (values, formulas) and/or formats; as documented, formats
 * include number formats and conditional formatting, not frozen rows or the sheet's size.
 */
function clearSheet(sheet: SheetModel, what: { contents: boolean; formats: boolean }): void {
  assertEditable(sheet, {
    row: 1,
    column: 1,
    numRows: sheet.maxRows,
    numColumns: sheet.maxColumns,
  });
  for (const [name, layer] of Object.entries(sheet.cells)) {
    const isContent = name === 'value' || name === 'formula';
    if (isContent ? what.contents : what.formats) layer.clear();
  }
  if (what.formats) sheet.rules = [];
}

/** A `Range` of the sheet; throws Apps Script's messages for a rectangle not inside it. */
export function boundedRange(
  sheet: SheetModel,
  grid: GridRange,
): GoogleAppsScript.Spreadsheet.Range {
  const { realm } = sheet.workbook;
  if (sheet.deleted) throw exception(realm, `fake: the sheet ${sheet.name} was deleted`);
  const { row, column, numRows, numColumns } = grid;
  if (![row, column, numRows, numColumns].every(Number.isInteger)) {
    throw exception(realm, 'fake: range coordinates must be whole numbers');
  }
  if (row < 1) throw exception(realm, 'The starting row of the range is too small.');
  if (column < 1) throw exception(realm, 'The starting column of the range is too small.');
  if (numRows < 1) throw exception(realm, 'The number of rows in the range must be at least 1.');
  if (numColumns < 1)
    throw exception(realm, 'The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw exception(realm, 'The coordinates of the range are outside the dimensions of the sheet.');
  }
  return fakeRange({ sheet, grid });
}
