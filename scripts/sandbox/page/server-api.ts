/**
 * This file defines the page's calls to the sandbox server, typed by the contract. A call the
 * server refuses rejects with the server's message.
 */
import { type GridWindow, PATHS, type WorkbookState } from '../contract';

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

const post = (path: string, body: string, contentType: string) =>
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

  /** Imports a CSV file's text as a new sheet named after the file. */
  loadCsv: async (name: string, csv: string): Promise<WorkbookState> =>
    answer(await post(`${PATHS.csv}?${new URLSearchParams({ name })}`, csv, 'text/csv')),
};
