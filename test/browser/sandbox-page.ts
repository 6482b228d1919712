/**
 * This file defines what the browser tests do on the sandbox page as a user would, and what they
 * read back: the sheet tabs, the sidebar's controls and status, the legend's colours, and the
 * grid's rows with the colours the browser computed for their cells.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { SpreadsheetSnapshot } from '../../dev/spreadsheet-fake/snapshot';
import type { WorkbookState } from '../../scripts/sandbox/contract';
import { POLL_MS } from '../../ui/follow-sheet';

export const WHITE = 'rgb(255, 255, 255)';

/** A grid cell as the browser shows it: its text, and its computed colours and weight. */
export interface ShownCell {
  readonly text: string;
  readonly background: string;
  readonly color: string;
  readonly bold: boolean;
}

/** A grid row as shown: its sheet row and its cells. */
export interface ShownRow {
  readonly row: number;
  readonly cells: ShownCell[];
}

export class SandboxPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  /** The sidebar's frame, once its page has loaded. */
  get sidebar(): Frame {
    const frame = this.page.frames().find((candidate) => candidate.url().endsWith('/Sidebar.html'));
    if (!frame) throw new Error('the page has no sidebar frame');
    return frame;
  }

  /** Clicks a sheet's tab and waits until the sidebar has surveyed that sheet. */
  async openSheet(name: string): Promise<void> {
    // the whole name: `Orders` is not `Orders · summary`
    await this.page.getByRole('tab', { name, exact: true }).click();
    await this.sidebarShowsSheet(name);
  }

  /**
   * Waits for the sidebar to follow the active sheet: it asks every two seconds, so the page's
   * clock is moved on by that much first (the ask, if one is due, is sent at once).
   */
  async sidebarShowsSheet(name: string): Promise<void> {
    await this.page.clock.fastForward(POLL_MS);
    // the sheet line (“Sheet “…”, 12 rows of data”), or on a sheet the add-on made the notice
    // naming it (“The sheet “…” is the summary sheet…”); not the notice naming it as a source
    const quoted = `“${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`;
    const line = this.sidebar.locator('p', { hasText: new RegExp(`^(Sheet |工作表)${quoted}`) });
    const notice = this.sidebar.locator('[data-testid="addon-sheet"]', {
      hasText: new RegExp(`^(The sheet |工作表)${quoted}`),
    });
    await line.or(notice).first().waitFor();
    if ((await notice.count()) === 0)
      await this.sidebar.locator('[data-testid="classify"]').waitFor();
  }

  /** A grid cell as drawn, by sheet row and 1-based column. */
  gridCell(row: number, column: number): Locator {
    return this.page.locator(`[data-testid="grid"] tr[data-row="${row}"] td`).nth(column - 1);
  }

  /** Waits until a grid cell shows `text`. */
  async cellShows(row: number, column: number, text: string): Promise<void> {
    await expect.poll(() => this.gridCell(row, column).textContent()).toBe(text);
  }

  /** The role each column's dropdown shows, by column index ('' for not used). */
  async roles(): Promise<string[]> {
    return this.sidebar
      .locator('select[data-testid^="role-"]')
      .evaluateAll((selects) => (selects as HTMLSelectElement[]).map((select) => select.value));
  }

  /**
   * Presses a sidebar button (confirming a Clear that deletes a sheet) and waits for the call to
   * finish and the grid to show its result; returns the status line and whether it reports a
   * failure.
   */
  async press(
    action: 'classify' | 'resegment' | 'clear',
  ): Promise<{ text: string; failed: boolean }> {
    // the click handler says "Working…" before its call is sent, so its end can be awaited
    await this.sidebar.locator(`[data-testid="${action}"]`).click();
    // a Clear that deletes the customer sheet asks first, in the same click's handler
    const confirm = this.sidebar.locator('[data-testid="confirm-clear"]');
    if (action === 'clear' && (await confirm.isVisible())) await confirm.click();
    const status = this.sidebar.locator('[data-testid="status"]');
    await this.sidebar.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent !== 'Working…',
    );
    await this.gridUpToDate();
    return {
      text: (await status.textContent()) ?? '',
      failed: await status.evaluate((line) => line.classList.contains('error')),
    };
  }

  /** Clicks a control of the sidebar and waits, as `press` does, for its call and the grid. */
  async clickAndWait(selector: string): Promise<string> {
    await this.sidebar.locator(selector).click();
    await this.sidebar.waitForFunction(
      () => document.querySelector('[data-testid="status"]')?.textContent !== 'Working…',
    );
    await this.gridUpToDate();
    return (await this.sidebar.locator('[data-testid="status"]').textContent()) ?? '';
  }

  /** Waits for the grid to show the spreadsheet as it is now on the server. */
  async gridUpToDate(): Promise<void> {
    const { version } = await this.json<WorkbookState>('api/workbook');
    await this.page.waitForFunction(
      (now) =>
        Number(document.querySelector('[data-testid="grid"]')?.getAttribute('data-version')) >= now,
      version,
    );
  }

  /** Each legend label with the background its swatch shows. */
  async legendColours(): Promise<Map<string, string>> {
    const entries = await this.sidebar
      .locator('[data-testid="legend"] .swatch')
      .evaluateAll((swatches) =>
        swatches.map((swatch) => [
          swatch.textContent ?? '',
          getComputedStyle(swatch).backgroundColor,
        ]),
      );
    return new Map(entries as [string, string][]);
  }

  /** The grid's rows now in the table, the frozen ones first. */
  async shownRows(): Promise<ShownRow[]> {
    return this.page.locator('[data-testid="grid"] tr[data-row]').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('td')].map((cell) => {
          const style = getComputedStyle(cell);
          return {
            text: cell.textContent ?? '',
            background: style.backgroundColor,
            color: style.color,
            bold: Number(style.fontWeight) >= 700,
          };
        });
        return { row: Number((row as HTMLElement).dataset.row), cells };
      }),
    );
  }

  /** Scrolls the grid so that sheet row `row` is near the top, and waits for it to be drawn. */
  async scrollToRow(row: number): Promise<void> {
    await this.page.locator('[data-testid="grid-scroll"]').evaluate((scroller, to) => {
      scroller.scrollTop = (to - 2) * 21;
    }, row);
    await this.page
      .locator(`[data-testid="grid"] tr[data-row="${row}"] td:not(:empty)`)
      .first()
      .waitFor();
  }

  /**
   * Scrolls the grid to its top, and waits for the first rows the filter leaves to be drawn there:
   * first in the body, no spacer above them (the frozen header is drawn wherever the grid is).
   */
  async scrollToTop(): Promise<void> {
    await this.page.locator('[data-testid="grid-scroll"]').evaluate((scroller) => {
      scroller.scrollTop = 0;
    });
    await this.page
      .locator('[data-testid="grid"] tbody > tr[data-row]:first-child td:not(:empty)')
      .first()
      .waitFor();
  }

  /** The fake spreadsheet as the test-only endpoint gives it: everything a user could lose. */
  snapshot(): Promise<SpreadsheetSnapshot> {
    return this.json('__snapshot');
  }

  private async json<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, this.url));
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}
