/**
 * This file defines how the add-on knows what it owns in a spreadsheet: developer metadata on
 * each whole column it wrote and on each sheet it made (the customer sheet of a log, the summary
 * and history sheets of any classified sheet), so it finds them again after the user
 * sorts, inserts or moves columns, and Clear removes exactly them.
 *
 * Sheets' "Duplicate" copies developer metadata, so a user's copy of the customer sheet carries
 * the add-on's marker too. The marker therefore records the sheet id of the sheet it was put on:
 * a copy has another id, and is the user's.
 */

const OWNED_COLUMN_KEY = 'customer-tiers.column';
/** The marker's key by the kind of sheet the add-on made for a source sheet. */
const OWNED_SHEET_KEYS = {
  customers: 'customer-tiers.sheet',
  summary: 'customer-tiers.summary',
  history: 'customer-tiers.history',
} as const;
export type OwnedSheetKind = keyof typeof OWNED_SHEET_KEYS;
export const OWNED_SHEET_KINDS = Object.keys(OWNED_SHEET_KEYS) as readonly OwnedSheetKind[];

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

/** A customer sheet the add-on made, and the sheet it was made for. */
export interface OwnedSheet {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly sourceSheetId: number;
  readonly marker: GoogleAppsScript.Spreadsheet.DeveloperMetadata;
  /** Marked by a release that recorded only the source (see `ownedSheets`). */
  readonly legacy: boolean;
}

/** What the marker records: `{"source":12,"sheet":34}`. */
interface SheetMarker {
  readonly source: number;
  readonly sheet: number;
}

/**
 * Every customer sheet the add-on made, whose marker names the sheet it is on. Markers of the
 * release before recorded the source alone (`"12"`): such a sheet is taken as the add-on's only
 * when it is the one sheet so marked for its source, since a user's copy would make two.
 */
export function ownedSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  kind: OwnedSheetKind = 'customers',
): OwnedSheet[] {
  const found = spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(OWNED_SHEET_KEYS[kind])
    .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.SHEET)
    .find();
  const owned: OwnedSheet[] = [];
  const legacy = new Map<number, OwnedSheet[]>();
  for (const marker of found) {
    const sheet = marker.getLocation().getSheet();
    if (!sheet) continue;
    const value = marker.getValue() ?? '';
    if (/^\d+$/.test(value)) {
      const sourceSheetId = Number(value);
      legacy.set(sourceSheetId, [
        ...(legacy.get(sourceSheetId) ?? []),
        { sheet, sourceSheetId, marker, legacy: true },
      ]);
      continue;
    }
    const recorded = parseMarker(value);
    if (recorded && recorded.sheet === sheet.getSheetId()) {
      owned.push({ sheet, sourceSheetId: recorded.source, marker, legacy: false });
    }
  }
  for (const [source, candidates] of legacy) {
    const [only] = candidates;
    if (candidates.length === 1 && only && !owned.some((o) => o.sourceSheetId === source))
      owned.push(only);
  }
  return owned;
}

/** Every sheet the add-on made, of every kind. */
export function allOwnedSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): OwnedSheet[] {
  return OWNED_SHEET_KINDS.flatMap((kind) => ownedSheets(spreadsheet, kind));
}

/** The sheet of a kind the add-on made for a source sheet (by default a log's customers), if any. */
export function ownedSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sourceSheetId: number,
  kind: OwnedSheetKind = 'customers',
): OwnedSheet | null {
  return (
    ownedSheets(spreadsheet, kind).find((owned) => owned.sourceSheetId === sourceSheetId) ?? null
  );
}

/** Marks a sheet as the add-on's sheet of a kind (by default the customer sheet) for a source. */
export function markOwnedSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  sourceSheetId: number,
  kind: OwnedSheetKind = 'customers',
): void {
  sheet.addDeveloperMetadata(
    OWNED_SHEET_KEYS[kind],
    markerValue(sheet, sourceSheetId),
    SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
  );
}

/** Rewrites a legacy marker the way this release writes it, naming the sheet it is on. */
export function upgradeOwnedSheetMarker(owned: OwnedSheet): void {
  if (owned.legacy) owned.marker.setValue(markerValue(owned.sheet, owned.sourceSheetId));
}

function markerValue(sheet: GoogleAppsScript.Spreadsheet.Sheet, sourceSheetId: number): string {
  const marker: SheetMarker = { source: sourceSheetId, sheet: sheet.getSheetId() };
  return JSON.stringify(marker);
}

function parseMarker(value: string): SheetMarker | null {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { source, sheet } = parsed as Record<string, unknown>;
    return Number.isInteger(source) && Number.isInteger(sheet)
      ? { source: source as number, sheet: sheet as number }
      : null;
  } catch {
    return null;
  }
}
