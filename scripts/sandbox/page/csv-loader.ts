/**
 * This file defines the CSV file input: the file the user picks is sent as it is, bytes, to the
 * server, which reads it as UTF-8 or GB18030 (server/csv-encoding.ts) and imports it as a new
 * sheet named after the file (server/csv-sheet.ts); the page then shows that sheet and says how
 * the file was read.
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
      const { workbook, encoding } = await serverApi.loadCsv(name, await file.arrayBuffer());
      await show(workbook);
      say(`Loaded ${file.name} (${encoding}) as a new sheet.`, false);
    } catch (error) {
      say(`Could not load ${file.name}: ${error instanceof Error ? error.message : error}`, true);
    } finally {
      // picking the same file again loads it again
      input.value = '';
    }
  });
}
