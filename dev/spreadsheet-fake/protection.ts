/**
 * This file defines protected sheets and ranges as another editor of the spreadsheet set them:
 * the script's user may not edit them, so writes into them throw as in Sheets, unless the
 * protection only warns (scripts are not stopped by warnings). Nor may a deleted sheet be edited.
 */
import { member, ProtectionType } from './enums';
import { fakeService } from './fake-service';
import { type GridRange, intersects, type Shift, shiftGrid } from './grid-range';
import { fakeRange } from './range';
import { exception } from './realm';
import type { SheetModel } from './workbook-model';

export interface ProtectionModel {
  /** null: the whole sheet. */
  range: GridRange | null;
  readonly description: string;
  readonly warningOnly: boolean;
}

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * Throws as Sheets does when cells of `grid` may not be edited, or with `grid` null, when the
 * sheet itself (its rules, its column count) may not: only a protection of the whole sheet
 * stops that.
 */
export function assertEditable(sheet: SheetModel, grid: GridRange | null): void {
  if (sheet.deleted)
    throw exception(sheet.workbook.realm, `fake: the sheet ${sheet.name} was deleted`);
  const blocked = sheet.protections.some(
    (protection) =>
      !protection.warningOnly &&
      (protection.range === null || (grid !== null && intersects(protection.range, grid))),
  );
  if (blocked) throw exception(sheet.workbook.realm, PROTECTED_MESSAGE);
}

/** Moves protected ranges with inserted and deleted rows or columns. */
export function shiftProtections(sheet: SheetModel, shift: Shift): void {
  sheet.protections = sheet.protections.flatMap((protection) => {
    if (protection.range === null) return [protection];
    const range = shiftGrid(protection.range, shift);
    return range ? [{ ...protection, range }] : [];
  });
}

/** A `Protection` as `Sheet.getProtections(type)` returns it. */
export function fakeProtection(
  sheet: SheetModel,
  protection: ProtectionModel,
): GoogleAppsScript.Spreadsheet.Protection {
  const wholeSheet = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  return fakeService<GoogleAppsScript.Spreadsheet.Protection>(
    'Protection',
    {
      canEdit: () => false,
      getDescription: () => protection.description,
      isWarningOnly: () => protection.warningOnly,
      getProtectionType: () =>
        member(ProtectionType, protection.range === null ? 'SHEET' : 'RANGE'),
      getRange: () => fakeRange({ sheet, grid: protection.range ?? wholeSheet }),
    },
    sheet.workbook.calls,
  );
}
