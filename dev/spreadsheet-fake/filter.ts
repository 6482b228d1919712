/**
 * This file defines a sheet's filter as the add-on meets it: present or not, over a range that
 * moves with inserted and deleted rows and columns. Which rows it hides is not modelled.
 */
import { fakeService } from './fake-service';
import { type Shift, shiftGrid } from './grid-range';
import { fakeRange } from './range';
import type { SheetModel } from './workbook-model';

export function fakeFilter(sheet: SheetModel): GoogleAppsScript.Spreadsheet.Filter {
  return fakeService<GoogleAppsScript.Spreadsheet.Filter>(
    'Filter',
    {
      getRange: () => {
        if (sheet.filter === null) throw new Error('fake: this filter was removed');
        return fakeRange({ sheet, grid: sheet.filter });
      },
      remove: () => {
        sheet.filter = null;
      },
    },
    sheet.workbook.calls,
  );
}

export function shiftFilter(sheet: SheetModel, shift: Shift): void {
  if (sheet.filter) sheet.filter = shiftGrid(sheet.filter, shift);
}
