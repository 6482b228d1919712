/**
 * This file defines the sheet tabs under the grid, as in Sheets: one per sheet, the active one
 * marked; clicking a tab makes its sheet the active one in the fake spreadsheet.
 */
import type { WorkbookState } from '../contract';

export function showTabs(
  bar: HTMLElement,
  workbook: WorkbookState,
  onPick: (sheetId: number) => void,
): void {
  bar.replaceChildren(
    ...workbook.sheets.map((sheet) => {
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.textContent = sheet.name;
      tab.dataset.testid = 'tab';
      tab.dataset.sheetId = String(sheet.id);
      tab.setAttribute('role', 'tab');
      const active = sheet.id === workbook.activeSheetId;
      tab.setAttribute('aria-selected', String(active));
      tab.addEventListener('click', () => {
        if (!active) onPick(sheet.id);
      });
      return tab;
    }),
  );
}
