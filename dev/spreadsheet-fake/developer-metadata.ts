/**
 * This file defines developer metadata: key/value tags on the spreadsheet, a sheet, or whole rows
 * or columns. As the Sheets API documents, metadata stays with its row or column as rows and
 * columns are inserted, deleted or sorted, and goes when its row or column is deleted.
 */
import {
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  member,
  memberName,
} from './enums';
import { fakeService } from './fake-service';
import { type Shift, type Span, shiftSpan } from './grid-range';
import { fakeRange, type RangeModel } from './range';
import { exception } from './realm';
import { fakeSheet } from './sheet';
import { fakeSpreadsheet } from './spreadsheet';
import type { SheetModel, WorkbookModel } from './workbook-model';

type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheet: SheetModel }
  | { readonly type: 'ROW' | 'COLUMN'; readonly sheet: SheetModel; readonly span: Span };

export interface MetadataModel {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  location: MetadataLocation;
}

const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/**
 * Adds metadata with Apps Script's overloads: (key), (key, visibility), (key, value),
 * (key, value, visibility); visibility DOCUMENT unless given.
 */
export function addMetadata(
  workbook: WorkbookModel,
  location: MetadataLocation,
  [key, second, third]: unknown[],
): void {
  const secondIsVisibility = memberName(second) !== undefined;
  const visibility = memberName(secondIsVisibility ? second : third) ?? 'DOCUMENT';
  const metadata: MetadataModel = {
    id: workbook.nextMetadataId++,
    key: String(key),
    value: secondIsVisibility || second === undefined ? null : String(second),
    visibility: visibility === 'PROJECT' ? 'PROJECT' : 'DOCUMENT',
    location,
  };
  ownerList(workbook, location).push(metadata);
}

function ownerList(workbook: WorkbookModel, location: MetadataLocation): MetadataModel[] {
  return location.type === 'SPREADSHEET' ? workbook.metadata : location.sheet.metadata;
}

/** The whole rows or columns a range spans, as a metadata location; throws for other ranges. */
export function locationOfRange({ sheet, grid }: RangeModel): MetadataLocation {
  if (grid.row === 1 && grid.numRows === sheet.maxRows) {
    return { type: 'COLUMN', sheet, span: { start: grid.column, length: grid.numColumns } };
  }
  if (grid.column === 1 && grid.numColumns === sheet.maxColumns) {
    return { type: 'ROW', sheet, span: { start: grid.row, length: grid.numRows } };
  }
  throw exception(sheet.workbook.realm, ARBITRARY_RANGE);
}

/** The cells a row or column location covers. */
export function locationRange(location: MetadataLocation): RangeModel | null {
  if (location.type !== 'ROW' && location.type !== 'COLUMN') return null;
  const { sheet, span } = location;
  const grid =
    location.type === 'COLUMN'
      ? { row: 1, numRows: sheet.maxRows, column: span.start, numColumns: span.length }
      : { row: span.start, numRows: span.length, column: 1, numColumns: sheet.maxColumns };
  return { sheet, grid };
}

/** Every metadata of the workbook, spreadsheet-level first, then sheet by sheet. */
export function allMetadata(workbook: WorkbookModel): MetadataModel[] {
  return [...workbook.metadata, ...workbook.sheets.flatMap((sheet) => sheet.metadata)];
}

export function fakeMetadata(workbook: WorkbookModel, metadata: MetadataModel): Metadata {
  const self: Metadata = fakeService<Metadata>(
    'DeveloperMetadata',
    {
      getId: () => metadata.id,
      getKey: () => metadata.key,
      getValue: () => metadata.value,
      getVisibility: () => member(DeveloperMetadataVisibility, metadata.visibility),
      getLocation: () => fakeLocation(workbook, metadata.location),
      setKey: (key) => {
        metadata.key = key;
        return self;
      },
      setValue: (value) => {
        metadata.value = value;
        return self;
      },
      remove: () => {
        const owner = ownerList(workbook, metadata.location);
        owner.splice(owner.indexOf(metadata), 1);
      },
    },
    workbook.calls,
  );
  return self;
}

function fakeLocation(
  workbook: WorkbookModel,
  location: MetadataLocation,
): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
  const range = locationRange(location);
  return fakeService<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(
    'DeveloperMetadataLocation',
    {
      getLocationType: () => member(DeveloperMetadataLocationType, location.type),
      getColumn: () => (range && location.type === 'COLUMN' ? fakeRange(range) : null),
      getRow: () => (range && location.type === 'ROW' ? fakeRange(range) : null),
      getSheet: () => (location.type === 'SHEET' ? fakeSheet(location.sheet) : null),
      getSpreadsheet: () => (location.type === 'SPREADSHEET' ? fakeSpreadsheet(workbook) : null),
    },
    workbook.calls,
  );
}

/** Moves a sheet's row and column metadata with inserted or deleted rows or columns. */
export function shiftMetadata(sheet: SheetModel, shift: Shift): void {
  const type = shift.dimension === 'ROWS' ? 'ROW' : 'COLUMN';
  sheet.metadata = sheet.metadata.filter((metadata) => {
    const { location } = metadata;
    if (location.type !== type) return true;
    const span = shiftSpan(location.span, shift);
    if (span) metadata.location = { ...location, span };
    return span !== null;
  });
}

/** Moves single-row metadata with its row when rows from 1-based `first` are reordered. */
export function reorderRowMetadata(
  sheet: SheetModel,
  first: number,
  order: readonly number[],
): void {
  const newIndex = new Map(order.map((from, to) => [from, to]));
  for (const metadata of sheet.metadata) {
    const { location } = metadata;
    if (location.type !== 'ROW' || location.span.length !== 1) continue;
    const to = newIndex.get(location.span.start - first);
    if (to !== undefined)
      metadata.location = { ...location, span: { start: first + to, length: 1 } };
  }
}
