/**
 * This file defines how the add-on adds a sheet of its own (the customer sheet, the summary
 * sheet): at the end, without taking the user there. Sheets activates an inserted sheet, and the
 * user may be on another sheet than the one classified (they moved on while the sidebar still
 * showed it), so the sheet active before is made active again.
 */
export function insertSheetBehind(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  spreadsheet.setActiveSheet(active);
  return sheet;
}
