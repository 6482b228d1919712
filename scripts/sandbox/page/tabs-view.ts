/**
 * This file defines the sheet tabs under the grid, as in Sheets: one per sheet, the active one
 * marked; clicking a tab makes its sheet the active one in the fake spreadsheet.
 *
 * The page shows the workbook again after every sidebar call, and the sidebar asks for the active
 * sheet every two seconds: a tab is kept from one showing to the next, not made anew, since a
 * click whose press and release fall on two different buttons is no click, and was lost.
 */
import type { WorkbookState } from '../contract';

export function showTabs(
  bar: HTMLElement,
  workbook: WorkbookState,
  onPick: (sheetId: number) => void,
): void {
  const kept = new Map<string, HTMLButtonElement>();
  for (const tab of bar.querySelectorAll<HTMLButtonElement>('button.tab'))
    kept.set(tab.dataset.sheetId ?? '', tab);
  workbook.sheets.forEach((sheet, index) => {
    const tab = kept.get(String(sheet.id)) ?? newTab(sheet.id);
    kept.delete(String(sheet.id));
    if (tab.textContent !== sheet.name) tab.textContent = sheet.name;
    tab.setAttribute('aria-selected', String(sheet.id === workbook.activeSheetId));
    // what a click does is what this showing says
    tab.onclick = () => {
      if (sheet.id !== workbook.activeSheetId) onPick(sheet.id);
    };
    // moved only when out of place: a button taken out and put back loses a click in progress
    if (bar.children[index] !== tab) bar.insertBefore(tab, bar.children[index] ?? null);
  });
  for (const gone of kept.values()) gone.remove();
}

function newTab(sheetId: number): HTMLButtonElement {
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.dataset.testid = 'tab';
  tab.dataset.sheetId = String(sheetId);
  tab.setAttribute('role', 'tab');
  return tab;
}
