/**
 * This file defines how the add-on knows what it owns in a spreadsheet: developer metadata on
 * each whole column it wrote and on the sheet it made, so it finds them again after the user
 * sorts, inserts or moves columns, and Clear removes exactly them.
 */

const OWNED_COLUMN_KEY = 'customer-tiers.column';
const OWNED_SHEET_KEY = 'customer-tiers.sheet';

/** A column the add-on wrote. */
export interface OwnedColumn {
  /** 1-based column number, where the column is now. */
  readonly column: number;
  /** Whether the add-on inserted it (Clear deletes it) or wrote into an empty one (Clear empties it). */
  readonly inserted: boolean;
  readonly metadata: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
}

/** The columns of a sheet the add-on owns, left to right. */
export function ownedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet): OwnedColumn[] {
  return sheet
    .createDeveloperMetadataFinder()
    .withKey(OWNED_COLUMN_KEY)
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.COLUMN)
    .find()
    .flatMap((metadata) => {
      const range = metadata.getLocation().getColumn();
      if (!range) return [];
      return [
        { column: range.getColumn(), inserted: metadata.getValue() === 'inserted', metadata },
      ];
    })
    .sort((a, b) => a.column - b.column);
}

/** Marks whole columns as the add-on's. */
export function markOwnedColumns(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  firstColumn: number,
  count: number,
  inserted: boolean,
): void {
  for (let column = firstColumn; column < firstColumn + count; column++) {
    sheet
      .getRange(1, column, sheet.getMaxRows(), 1)
      .addDeveloperMetadata(
        OWNED_COLUMN_KEY,
        inserted ? 'inserted' : 'written',
        SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
      );
  }
}

/** The sheet the add-on made for a transaction log's customers, if there is one. */
export function ownedSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sourceSheetId: number,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWNED_SHEET_KEY)
    .withValue(String(sourceSheetId))
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  return found[0]?.getLocation().getSheet() ?? null;
}

/** Marks a sheet as the add-on's customer sheet for a source sheet. */
export function markOwnedSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sourceSheetId: number,
): void {
  sheet.addDeveloperMetadata(
    OWNED_SHEET_KEY,
    String(sourceSheetId),
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
}
