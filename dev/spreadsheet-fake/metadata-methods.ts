/**
 * This file defines the developer-metadata methods of Spreadsheet, Sheet and Range, and the
 * `DeveloperMetadataFinder`, each scoped to its place: a spreadsheet finds all metadata, a sheet
 * the metadata on it and its rows and columns, a range the metadata of rows and columns wholly
 * inside it (or, after `onIntersectingLocations()`, touching it).
 */
import {
  addMetadata,
  allMetadata,
  fakeMetadata,
  locationOfRange,
  locationRange,
  type MetadataLocation,
  type MetadataModel,
} from './developer-metadata';
import { memberName } from './enums';
import { fakeService } from './fake-service';
import { contains, intersects } from './grid-range';
import type { RangeModel } from './range';
import type { SheetModel, WorkbookModel } from './workbook-model';

type Finder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type MetadataMethods =
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder';

export type Place =
  | { readonly kind: 'spreadsheet' }
  | { readonly kind: 'sheet'; readonly sheet: SheetModel }
  | { readonly kind: 'range'; readonly range: RangeModel };

/** The three metadata methods of the object at `place`; `self` is that object. */
export function metadataMethods<Owner extends Record<MetadataMethods, unknown>>(
  workbook: WorkbookModel,
  place: Place,
  self: () => Owner,
): Pick<Owner, MetadataMethods> {
  const methods = {
    addDeveloperMetadata: (...args: unknown[]) => {
      addMetadata(workbook, locationOf(place), args);
      return self();
    },
    getDeveloperMetadata: () =>
      allMetadata(workbook)
        .filter((metadata) => isAt(metadata.location, place))
        .map((metadata) => fakeMetadata(workbook, metadata)),
    createDeveloperMetadataFinder: () => fakeFinder(workbook, place),
  };
  return methods as unknown as Pick<Owner, MetadataMethods>;
}

function locationOf(place: Place): MetadataLocation {
  if (place.kind === 'spreadsheet') return { type: 'SPREADSHEET' };
  return place.kind === 'sheet'
    ? { type: 'SHEET', sheet: place.sheet }
    : locationOfRange(place.range);
}

/** Whether metadata sits exactly at a place, as `getDeveloperMetadata()` reports it. */
function isAt(location: MetadataLocation, place: Place): boolean {
  if (place.kind === 'spreadsheet') return location.type === 'SPREADSHEET';
  if (place.kind === 'sheet') return location.type === 'SHEET' && location.sheet === place.sheet;
  const cells = locationRange(location);
  return (
    cells !== null &&
    cells.sheet === place.range.sheet &&
    contains(cells.grid, place.range.grid) &&
    contains(place.range.grid, cells.grid)
  );
}

interface Search {
  readonly test: ((metadata: MetadataModel) => boolean)[];
  intersecting: boolean;
}

function fakeFinder(workbook: WorkbookModel, place: Place): Finder {
  const search: Search = { test: [], intersecting: false };
  const narrow = (test: (metadata: MetadataModel) => boolean) => {
    search.test.push(test);
    return finder;
  };
  const finder: Finder = fakeService<Finder>(
    'DeveloperMetadataFinder',
    {
      withId: (id) => narrow((metadata) => metadata.id === id),
      withKey: (key) => narrow((metadata) => metadata.key === key),
      withValue: (value) => narrow((metadata) => metadata.value === value),
      withLocationType: (type) => narrow((metadata) => metadata.location.type === memberName(type)),
      withVisibility: (visibility) =>
        narrow((metadata) => metadata.visibility === memberName(visibility)),
      onIntersectingLocations: () => {
        search.intersecting = true;
        return finder;
      },
      find: () =>
        allMetadata(workbook)
          .filter((metadata) => inScope(metadata.location, place, search.intersecting))
          .filter((metadata) => search.test.every((test) => test(metadata)))
          .map((metadata) => fakeMetadata(workbook, metadata)),
    },
    workbook.calls,
  );
  return finder;
}

function inScope(location: MetadataLocation, place: Place, intersecting: boolean): boolean {
  if (place.kind === 'spreadsheet') return true;
  if (place.kind === 'sheet')
    return location.type !== 'SPREADSHEET' && location.sheet === place.sheet;
  const cells = locationRange(location);
  if (cells === null || cells.sheet !== place.range.sheet) return false;
  return intersecting
    ? intersects(cells.grid, place.range.grid)
    : contains(place.range.grid, cells.grid);
}
