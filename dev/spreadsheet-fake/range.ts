/**
 * This file defines the fake `Range`: a rectangle of one sheet whose values, formulas and formats
 * read and write the sheet's layers. Reads and writes take the whole rectangle at once, as the
 * add-on does, and a write checks its grid against the range exactly and throws the real message
 * when they differ.
 */
import { a1Of } from './a1-notation';
import { type CellValue, displayText, storedInput } from './cell-input';
import { fakeService } from './fake-service';
import { fakeFilter } from './filter';
import { forEachCell, type GridRange } from './grid-range';
import { Handles } from './handles';
import { metadataMethods } from './metadata-methods';
import { assertEditable } from './protection';
import { formatMethods } from './range-formats';
import { exception, isDate, type Realm } from './realm';
import { fakeSheet } from './sheet';
import type { SheetModel } from './workbook-model';

type Range = GoogleAppsScript.Spreadsheet.Range;

export interface RangeModel {
  readonly sheet: SheetModel;
  readonly grid: GridRange;
}

export const rangeHandles = new Handles<RangeModel>('Range');

/** A new `Range` object for a rectangle, as each `getRange` call returns a new one. */
export function fakeRange(model: RangeModel): Range {
  const { sheet, grid } = model;
  const { workbook } = sheet;
  const range: Range = fakeService<Range>(
    'Range',
    {
      getRow: () => grid.row,
      getColumn: () => grid.column,
      getNumRows: () => grid.numRows,
      getNumColumns: () => grid.numColumns,
      getLastRow: () => grid.row + grid.numRows - 1,
      getLastColumn: () => grid.column + grid.numColumns - 1,
      getA1Notation: () => a1Of(grid, sheet.maxRows, sheet.maxColumns),
      getSheet: () => fakeSheet(sheet),
      getValues: () => sheet.cells.value.read(grid, (value) => inRealm(value, workbook.realm)),
      getValue: () => inRealm(sheet.cells.value.get(grid.row - 1, grid.column - 1), workbook.realm),
      getDisplayValues: () =>
        sheet.cells.value.read(grid, (value) => displayText(value, workbook.timeZone)),
      getDisplayValue: () =>
        displayText(sheet.cells.value.get(grid.row - 1, grid.column - 1), workbook.timeZone),
      getFormulas: () => sheet.cells.formula.read(grid, String),
      getFormula: () => sheet.cells.formula.get(grid.row - 1, grid.column - 1),
      setValues: (values: unknown[][]) => {
        assertGridShape(model, values, 'setValues');
        writeCells(model, (r, c) => values[r]?.[c]);
        return range;
      },
      setValue: (value: unknown) => {
        writeCells(model, () => value);
        return range;
      },
      clearContent: () => {
        writeCells(model, () => '');
        return range;
      },
      canEdit: () => {
        try {
          assertEditable(sheet, grid);
          return true;
        } catch {
          return false;
        }
      },
      activate: () => {
        workbook.activeSheet = sheet;
        workbook.activeGrid = grid;
        return range;
      },
      createFilter: () => {
        if (sheet.filter)
          throw exception(
            workbook.realm,
            "You can't create a filter in a sheet that already has a filter.",
          );
        sheet.filter = grid;
        return fakeFilter(sheet);
      },
      getFilter: () => (sheet.filter ? fakeFilter(sheet) : null),
      ...formatMethods(model, () => range),
      ...metadataMethods(workbook, { kind: 'range', range: model }, () => range),
    },
    workbook.calls,
  );
  return rangeHandles.register(range, model);
}

/** Dates leave the fake as dates of the add-on's realm, each a new object as Apps Script's are. */
function inRealm(value: CellValue, realm: Realm): CellValue {
  return isDate(value) ? new realm.Date(value.getTime()) : value;
}

/** Writes each cell as Sheets parses typed input, after checking protections. */
function writeCells({ sheet, grid }: RangeModel, input: (r: number, c: number) => unknown): void {
  assertEditable(sheet, grid);
  const { value, formula, numberFormat } = sheet.cells;
  forEachCell(grid, (row, column, r, c) => {
    const stored = storedInput(input(r, c), numberFormat.get(row, column));
    value.set(row, column, stored.value);
    formula.set(row, column, stored.formula);
  });
}

/** Throws Apps Script's messages when a grid handed to a `set…s` method is not the range's size. */
export function assertGridShape(
  { sheet, grid }: RangeModel,
  rows: unknown,
  method: string,
): asserts rows is unknown[][] {
  const { realm } = sheet.workbook;
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw exception(
      realm,
      `The parameters (${argumentType(rows)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (rows.length !== grid.numRows) {
    throw exception(
      realm,
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${grid.numRows}.`,
    );
  }
  const wrong = rows.find((row) => row.length !== grid.numColumns);
  if (wrong) {
    throw exception(
      realm,
      `The number of columns in the data does not match the number of columns in the range. The data has ${wrong.length} but the range has ${grid.numColumns}.`,
    );
  }
}

/** How Apps Script names an argument's type in its messages, e.g. `number[]`, `String`. */
function argumentType(value: unknown): string {
  if (Array.isArray(value)) return `${value.length > 0 ? argumentType(value[0]) : 'Object'}[]`;
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return value === null || value === undefined ? 'null' : 'Object';
}
