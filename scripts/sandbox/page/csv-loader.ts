/**
 * This file defines the CSV file input: the file the user picks is read as text in the browser
 * and sent to the server, which imports it as a new sheet named after the file (see
 * server/csv-sheet.ts for how its cells are read); the page then shows that sheet.
 */
import type { WorkbookState } from '../contract';
import { serverApi } from './server-api';

export function loadCsvOnPick(
  input: HTMLInputElement,
  status: HTMLElement,
  show: (workbook: WorkbookState) => Promise<void>,
): void {
  const say = (text: string, isError: boolean) => {
    status.textContent = text;
    status.classList.toggle('error', isError);
  };
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const name = file.name.replace(/\.csv$/i, '');
    say(`Loading ${file.name}…`, false);
    try {
      await show(await serverApi.loadCsv(name, await file.text()));
      say(`Loaded ${file.name} as a new sheet.`, false);
    } catch (error) {
      say(`Could not load ${file.name}: ${error instanceof Error ? error.message : error}`, true);
    } finally {
      // picking the same file again loads it again
      input.value = '';
    }
  });
}
