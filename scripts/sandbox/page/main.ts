/**
 * This file defines the sandbox page's start: it finds the page's parts in index.html, shows the
 * fake spreadsheet's tabs and active sheet, and shows them again after every sidebar call (the
 * shim's message), every tab click, CSV loaded, locale switched and change made by hand; and
 * reopens the sidebar as the Extensions menu would.
 */
import { SCRIPT_RAN_MESSAGE, type WorkbookState } from '../contract';
import { cellEditing } from './cell-editing';
import { loadCsvOnPick } from './csv-loader';
import { gridView } from './grid-view';
import { localePicker } from './locale-picker';
import { serverApi } from './server-api';
import { showTabs } from './tabs-view';

function part<Part extends HTMLElement>(testId: string): Part {
  const found = document.querySelector<Part>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`index.html has no [data-testid="${testId}"]`);
  return found;
}

const editing = cellEditing(
  part('grid-scroll'),
  part<HTMLTableElement>('grid'),
  {
    nameBox: part('name-box'),
    deleteRow: part<HTMLButtonElement>('delete-row'),
    deleteColumn: part<HTMLButtonElement>('delete-column'),
    deleteSheet: part<HTMLButtonElement>('delete-sheet'),
  },
  (change) =>
    change.then((workbook) => {
      status.textContent = '';
      status.classList.remove('error');
      return refresh(workbook);
    }, fail),
);
const grid = gridView(part('grid-scroll'), part<HTMLTableElement>('grid'), editing.drawn);
const tabs = part('tabs');
const status = part('page-status');
const workbookInfo = part('workbook-info');
const sidebarTitle = part('sidebar-title');

/** Refreshes one after another, so that an older answer never shows after a newer one. */
let refreshed = Promise.resolve();

function refresh(known?: WorkbookState): Promise<void> {
  const next = async () => {
    const workbook = known ?? (await serverApi.workbook());
    workbookInfo.textContent = `${workbook.locale} · ${workbook.timeZone}`;
    locale.show(workbook);
    sidebarTitle.textContent = workbook.sidebarTitle;
    showTabs(tabs, workbook, (sheetId) => void serverApi.activate(sheetId).then(refresh, fail));
    const active = workbook.sheets.find((sheet) => sheet.id === workbook.activeSheetId);
    if (!active) return;
    editing.showSheet(active);
    await grid.show(active, workbook.version);
  };
  refreshed = refreshed.then(next).catch(fail);
  return refreshed;
}

function fail(error: unknown): void {
  status.textContent = error instanceof Error ? error.message : String(error);
  status.classList.add('error');
}

const locale = localePicker(
  part<HTMLSelectElement>('locale'),
  part<HTMLIFrameElement>('sidebar'),
  refresh,
  fail,
);

window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && event.data === SCRIPT_RAN_MESSAGE) void refresh();
});
loadCsvOnPick(part<HTMLInputElement>('load-csv'), status, refresh);
// Closing the sidebar and opening it again from the menu loads a fresh page: it keeps nothing
// but what the server kept.
part('reopen-sidebar').addEventListener('click', () => {
  part<HTMLIFrameElement>('sidebar').contentWindow?.location.reload();
});
void refresh();
