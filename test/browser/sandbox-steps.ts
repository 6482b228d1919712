/**
 * This file defines the steps the sandbox browser tests take as a user would, on the page their
 * file opened (use-sandbox.ts): pressing a sidebar button that must succeed, editing a grid cell
 * from the keyboard, and checking that every shown row is in its legend colour; and the demo
 * sheets' rows, read from their CSV files, to compare with what the grid shows.
 */
import { readFileSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';
import { parseCsv } from '../../dev/csv';
import { type SandboxPage, type ShownRow, WHITE } from './sandbox-page';

/** A demo sheet's rows, as its CSV file in scripts/sandbox/demo holds them. */
export const demoRows = (file: string) =>
  parseCsv(readFileSync(new URL(`../../scripts/sandbox/demo/${file}`, import.meta.url), 'utf8'));

/** A shown row's cell, by sheet row and 0-based column. */
export const cellOf = (rows: ShownRow[], row: number, column: number) =>
  rows.find((shown) => shown.row === row)?.cells[column];

/** The steps, on the page `openSandbox` gives once the file's setup opened it. */
export function sandboxSteps(openSandbox: () => SandboxPage) {
  /**
   * Every shown row with a label has its first cell and its label cell in the legend's colour for
   * that label; a row without one stays white. Returns the labels seen.
   */
  async function expectRowsInLegendColours(heading: string): Promise<Set<string>> {
    const legend = await openSandbox().legendColours();
    const [header, ...rows] = await openSandbox().shownRows();
    expect(header?.row).toBe(1);
    const labelColumn = (header?.cells.length ?? 0) - 1;
    expect(header?.cells[labelColumn]?.text).toBe(heading);
    const drawn = rows.filter((row) => row.cells.some((cell) => cell.text !== ''));
    expect(drawn.length).toBeGreaterThan(20);
    const labels = new Set<string>();
    for (const { row, cells } of drawn) {
      const label = cells[labelColumn]?.text ?? '';
      const colour = label === '' ? WHITE : legend.get(label);
      expect(colour, `row ${row}: "${label}" is in the legend`).toBeDefined();
      expect([cells[0]?.background, cells[labelColumn]?.background], `row ${row}`).toEqual([
        colour,
        colour,
      ]);
      if (label) labels.add(label);
    }
    return labels;
  }

  /** The labels and colours on the rows at the top and in the middle of the sheet. */
  async function expectSheetInLegendColours(heading: string, middleRow: number): Promise<string[]> {
    await openSandbox().scrollToRow(2);
    const top = await expectRowsInLegendColours(heading);
    await openSandbox().scrollToRow(middleRow);
    const middle = await expectRowsInLegendColours(heading);
    return [...new Set([...top, ...middle])];
  }

  /** Presses a sidebar button; its status line must report success. */
  async function pressSucceeding(
    action: 'classify' | 'resegment' | 'clear',
    success: RegExp,
  ): Promise<void> {
    expect(await openSandbox().press(action)).toMatchObject({
      text: expect.stringMatching(success),
      failed: false,
    });
  }

  /** Edits a grid cell as a user would: click, Enter opens its editor, type, Enter commits. */
  async function typeInto(cell: Locator, text: string): Promise<void> {
    const editor = await openEditor(cell);
    await editor.fill(text);
    await openSandbox().page.keyboard.press('Enter');
  }

  /** Opens a cell's editor as a user does (click it, Enter) and returns the editor. */
  async function openEditor(cell: Locator): Promise<Locator> {
    await cell.click();
    await openSandbox().page.keyboard.press('Enter');
    return openSandbox().page.locator('[data-testid="cell-editor"]');
  }

  return {
    expectRowsInLegendColours,
    expectSheetInLegendColours,
    pressSucceeding,
    typeInto,
    openEditor,
  };
}
