/**
 * This file defines the fake `SpreadsheetApp`: the active spreadsheet, sheet and range, the Ui,
 * the conditional-format rule and filter criteria builders, and the enums the add-on reads from it.
 */
import { fakeRuleBuilder } from './conditional-format-rule';
import {
  BooleanCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  ProtectionType,
} from './enums';
import { fakeService } from './fake-service';
import { fakeCriteriaBuilder } from './filter';
import { fakeRange } from './range';
import { fakeSheet } from './sheet';
import { fakeSpreadsheet } from './spreadsheet';
import type { WorkbookModel } from './workbook-model';

export function fakeSpreadsheetApp(
  workbook: WorkbookModel,
  ui: GoogleAppsScript.Base.Ui,
): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return fakeService<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(
    'SpreadsheetApp',
    {
      BooleanCriteria,
      DeveloperMetadataLocationType,
      DeveloperMetadataVisibility,
      ProtectionType,
      getActiveSpreadsheet: () => fakeSpreadsheet(workbook),
      getActive: () => fakeSpreadsheet(workbook),
      getActiveSheet: () => fakeSheet(workbook.activeSheet),
      getActiveRange: () => fakeRange({ sheet: workbook.activeSheet, grid: workbook.activeGrid }),
      getUi: () => ui,
      newConditionalFormatRule: () => fakeRuleBuilder(workbook),
      newFilterCriteria: () => fakeCriteriaBuilder({ workbook }),
      // changes apply at once in the fake, so there is nothing pending
      flush: () => undefined,
    },
    workbook.calls,
  );
}
