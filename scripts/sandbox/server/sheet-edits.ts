/**
 * This file defines what a user does to the spreadsheet by hand in the sandbox, as in Sheets:
 * type into a cell (read as Sheets reads typed input, see typed-cell.ts), delete a row, a column
 * or a sheet, and switch the spreadsheet's locale and time zone (File → Settings). Each request
 * comes as JSON and is checked before anything changes; what the fake refuses (the last sheet,
 * every row) is refused with its message.
 */
import { type CellEdit, LOCALE_CHOICES, type LocaleChoice } from '../contract';
import { sheetById } from './grid-window';
import { HttpError } from './http';
import { dateReadingOf, typedCell } from './typed-cell';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function editCell(spreadsheet: Spreadsheet, request: unknown): void {
  const { sheetId, row, column, input } = (request ?? {}) as Partial<
    Record<keyof CellEdit, unknown>
  >;
  if (typeof input !== 'string')
    throw new HttpError(400, 'An edit is { sheetId, row, column, input: string }.');
  const sheet = sheetById(spreadsheet, Number(sheetId));
  const [r, c] = [position(row, sheet.getMaxRows()), position(column, sheet.getMaxColumns())];
  sheet.getRange(r, c).setValue(typedCell(input, dateReadingOf(spreadsheet)));
}

export function deleteFromSheet(spreadsheet: Spreadsheet, request: unknown): void {
  const deletion = (request ?? {}) as Partial<Record<'sheetId' | 'row' | 'column', unknown>>;
  const sheet = sheetById(spreadsheet, Number(deletion.sheetId));
  if (deletion.row !== undefined) sheet.deleteRows(position(deletion.row, sheet.getMaxRows()), 1);
  else if (deletion.column !== undefined)
    sheet.deleteColumns(position(deletion.column, sheet.getMaxColumns()), 1);
  else spreadsheet.deleteSheet(sheet);
}

export function switchLocale(spreadsheet: Spreadsheet, request: unknown): LocaleChoice {
  const { locale, timeZone } = (request ?? {}) as Partial<Record<keyof LocaleChoice, unknown>>;
  const choice = LOCALE_CHOICES.find(
    (known) => known.locale === locale && known.timeZone === timeZone,
  );
  if (!choice) {
    const offered = LOCALE_CHOICES.map((known) => `${known.locale} ${known.timeZone}`).join(', ');
    throw new HttpError(400, `The sandbox offers ${offered}.`);
  }
  spreadsheet.setSpreadsheetLocale(choice.locale);
  spreadsheet.setSpreadsheetTimeZone(choice.timeZone);
  return choice;
}

/** A 1-based row or column inside the sheet. */
function position(value: unknown, size: number): number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > size)
    throw new HttpError(
      400,
      `${String(value)} is not a row or column of the sheet (1 to ${size}).`,
    );
  return value as number;
}
