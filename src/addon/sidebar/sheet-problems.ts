/**
 * This file defines how bad input found while classifying a sheet is told in the sidebar: the
 * readers the custom functions share name an argument and a row of its range; here that becomes
 * the column's header and the sheet cell (`金额, cell C8`), in the user's language.
 */
import type { Language } from '../../core/labels';
import { columnLetters } from '../formula-cells';
import { InputError } from '../input-error';
import { inputErrorMessage } from '../messages';
import type { SheetSettings } from '../sheet-settings';
import { SidebarError } from './sidebar-messages';

/** Where each argument of a reader came from in the sheet. */
export interface SheetPlaces {
  /** 0-based sheet column of each argument the reader was given. */
  readonly columns: Readonly<Record<string, number>>;
  /** Header text of each column by its 0-based index ('' without a header row). */
  readonly headers: (columnIndex: number) => string;
  /** 1-based sheet row of the first row the readers were given. */
  readonly firstRow: number;
}

const NAME = 'Customer Tiers';

/** Runs a reader, turning its InputError into a SidebarError that names the sheet cell. */
export function withSheetPlaces<T>(
  places: SheetPlaces,
  language: Language,
  sheet: SheetSettings,
  read: () => T,
): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const column =
      error.place.argument === undefined ? undefined : places.columns[error.place.argument];
    if (column === undefined) {
      throw new SidebarError(inputErrorMessage(NAME, error, language, sheet));
    }
    const letter = columnLetters(column);
    const header = places.headers(column);
    const renamed = new InputError(error.problem, {
      ...error.place,
      argument: header ? `${header} (${letter})` : letter,
    });
    const cell =
      error.place.row === undefined
        ? undefined
        : `${letter}${places.firstRow + error.place.row - 1}`;
    throw new SidebarError(inputErrorMessage(NAME, renamed, language, sheet, cell));
  }
}
