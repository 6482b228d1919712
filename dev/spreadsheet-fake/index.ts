/**
 * This file defines the fakes' public surface, for tests and for the local sandbox server that
 * bundles it with esbuild: a fake workbook with its Apps Script services, and the helpers that
 * read what a user would see.
 */
export { type ChartSpec, chartSpecs } from './chart';
export {
  type ConditionalFormatColours,
  conditionalFormatColours,
} from './conditional-format-colours';
export { type CallCounts, fakeService } from './fake-service';
export type { Realm } from './realm';
export { type SpreadsheetSnapshot, snapshot } from './snapshot';
export type { RecordedAlert, RecordedDialog, RecordedMenu } from './ui';
export {
  type ActiveCell,
  type AppsScriptGlobals,
  type FakeWorkbook,
  type FakeWorkbookOptions,
  fakeWorkbook,
  installSpreadsheetApp,
  type SheetSeed,
} from './workbook';
