/**
 * This file defines the page's calls to the sandbox server, typed by the contract. A call the
 * server refuses rejects with the server's message.
 */
import {
  type CellEdit,
  type CsvLoaded,
  type Deletion,
  type GridWindow,
  type LocaleChoice,
  PATHS,
  type WorkbookState,
} from '../contract';

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

const post = (path: string, body: BodyInit, contentType: string) =>
  fetch(path, { method: 'POST', headers: { 'content-type': contentType }, body });

export const serverApi = {
  workbook: async (): Promise<WorkbookState> => answer(await fetch(PATHS.workbook)),

  grid: async (sheetId: number, from: number, count: number): Promise<GridWindow> => {
    const query = new URLSearchParams({
      sheet: String(sheetId),
      from: String(from),
      count: String(count),
    });
    return answer(await fetch(`${PATHS.grid}?${query}`));
  },

  /** Makes a sheet the active one, as clicking its tab does in Sheets. */
  activate: async (sheetId: number): Promise<WorkbookState> =>
    answer(await post(PATHS.activate, JSON.stringify({ sheetId }), 'application/json')),

  /** Imports a CSV file's bytes (UTF-8 or GB18030, the server finds which) as a new sheet. */
  loadCsv: async (name: string, bytes: ArrayBuffer): Promise<CsvLoaded> =>
    answer(
      await post(
        `${PATHS.csv}?${new URLSearchParams({ name })}`,
        bytes,
        'application/octet-stream',
      ),
    ),

  edit: async (edit: CellEdit): Promise<WorkbookState> =>
    answer(await post(PATHS.edit, JSON.stringify(edit), 'application/json')),

  delete: async (deletion: Deletion): Promise<WorkbookState> =>
    answer(await post(PATHS.delete, JSON.stringify(deletion), 'application/json')),

  switchLocale: async (choice: LocaleChoice): Promise<WorkbookState> =>
    answer(await post(PATHS.locale, JSON.stringify(choice), 'application/json')),
};
