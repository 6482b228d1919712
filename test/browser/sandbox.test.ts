/**
 * The local sandbox (`npm start`) in Debian's chromium, driven by Playwright as a user would:
 * the demo sheets shown in the grid, the real sidebar detecting their columns, classifying,
 * re-segmenting and clearing them through the `google.script.run` shim into dist/Code.js, every
 * classified row in its legend colour as the sheet's rules paint it, Clear giving back exactly
 * the sheet the user had (its summary sheet gone), the summary sheet's chart drawn as an SVG,
 * and a hostile header shown as text. It saves a screenshot of the run
 * (the README's pictures come from scripts/screenshots.mjs).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../dev/csv';
import { type ShownRow, WHITE } from './sandbox-page';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const SCREENSHOT = fileURLToPath(new URL('./screenshots/sidebar.png', import.meta.url));
const HOSTILE_HEADER = '<img src=x onerror=alert(1)>';

const demoRows = (file: string) =>
  parseCsv(readFileSync(new URL(`../../scripts/sandbox/demo/${file}`, import.meta.url), 'utf8'));

const dialogs: string[] = [];
const openSandbox = useSandbox({ width: 1024, height: 800 }, (page) => {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

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

const cellOf = (rows: ShownRow[], row: number, column: number) =>
  rows.find((shown) => shown.row === row)?.cells[column];

describe('the sandbox page', () => {
  it('shows the demo sheets as Sheets would: tabs, dates in en_GB, plain numbers, the user’s formats', async () => {
    const tabs = await openSandbox().page.locator('[data-testid="tab"]').allTextContents();
    expect(tabs).toEqual(['Online Retail', '客户名单']);
    const rows = await openSandbox().shownRows();
    expect(cellOf(rows, 1, 0)).toMatchObject({ text: 'InvoiceNo', bold: true });
    expect(cellOf(rows, 2, 4)?.text).toBe('01/12/2010 08:26:00');
    expect(cellOf(rows, 2, 5)?.text).toBe('2.55');
    expect(cellOf(rows, 2, 6)?.text).toBe('17850');
    // the user's rule: cancellations (negative quantities) in red
    const cancelled = demoRows('online-retail.csv').findIndex((line) => Number(line[3]) < 0) + 1;
    await openSandbox().scrollToRow(cancelled);
    expect(cellOf(await openSandbox().shownRows(), cancelled, 3)?.color).toBe('rgb(197, 34, 31)');
  });

  it('renders only the rows in view, and the rows further down as the grid scrolls', async () => {
    await openSandbox().openSheet('客户名单');
    const customers = demoRows('customers-zh.csv');
    const shown = await openSandbox().shownRows();
    expect(shown.length).toBeLessThan(100);
    expect(cellOf(shown, 2, 1)?.text).toBe('14/05/2006');
    expect(cellOf(shown, 2, 3)?.text).toBe(customers[1]?.[3]);
    await openSandbox().scrollToRow(customers.length);
    const bottom = await openSandbox().shownRows();
    expect(bottom.length).toBeLessThan(100);
    expect(cellOf(bottom, customers.length, 0)?.text).toBe(customers.at(-1)?.[0]);
    expect(cellOf(bottom, 2, 0)).toBeUndefined();
  });

  it(
    'shows who moved where after an edit and a Re-segment, and the churn alerts',
    async () => {
      const sandbox = openSandbox();
      await sandbox.openSheet('客户名单');
      await sandbox.scrollToTop();
      await pressSucceeding('classify', /^Classified /);
      const migration = sandbox.sidebar.locator('[data-testid="migration"]');
      expect(await migration.isVisible()).toBe(false);
      // the first customer, active in 2006, last bought long before: Churned now
      const lastPurchase = sandbox.page.locator('[data-testid="grid"] tr[data-row="2"] td').nth(1);
      const shown = (await lastPurchase.textContent()) ?? '';
      await typeInto(lastPurchase, '01/01/2000');
      await expect.poll(() => lastPurchase.textContent()).toBe('01/01/2000');
      await pressSucceeding('resegment', /^Classified /);
      const header = await migration.locator('thead th').allTextContents();
      expect(header).toEqual(['High value', 'Potential', 'Regular', 'Churned']);
      const rows = await migration
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')),
        );
      expect(rows.map((row) => row[0])).toEqual(header);
      // one customer off the diagonal, into Churned; everyone else stayed
      const off = rows.flatMap((row, from) =>
        row.slice(1).flatMap((count, to) => (from !== to && count !== '0' ? [[from, to]] : [])),
      );
      expect(off).toHaveLength(1);
      expect(off[0]?.[1]).toBe(3);
      expect(await sandbox.sidebar.locator('[data-testid="alerts"]').textContent()).toBe(
        '1 customer moved down',
      );
      expect(await sandbox.sidebar.locator('[data-testid="open-alerts"]').isVisible()).toBe(true);
      // the history sheet is hidden: no tab
      const tabs = await sandbox.page.locator('[data-testid="tab"]').allTextContents();
      expect(tabs).toEqual(['Online Retail', '客户名单', '客户名单 · summary']);
      // two runs now: the summary draws each tier's customers over them as a line
      await sandbox.openSheet('客户名单 · summary');
      const line = sandbox.page.locator('[data-testid="chart"][data-kind="LINE"]');
      await line.waitFor();
      expect(
        await line.locator('polyline').evaluateAll((all) => all.map((one) => one.dataset.series)),
      ).toEqual(header);
      expect(await line.locator('circle').count()).toBe(2 * header.length);
      await sandbox.openSheet('客户名单');
      // back as it was, for the cases after
      await sandbox.gridUpToDate();
      await sandbox.scrollToTop();
      await typeInto(lastPurchase, shown);
      await expect.poll(() => lastPurchase.textContent()).toBe(shown);
      await pressSucceeding('clear', /^Removed /);
      await sandbox.openSheet('Online Retail');
    },
    BROWSER_LIMIT_MS,
  );
});

describe.each([
  {
    sheet: 'Online Retail',
    shape: 'transactions',
    roles: ['order-id', '', '', 'quantity', 'order-date', 'unit-price', 'customer', 'group'],
    middleRow: 1500,
  },
  {
    sheet: '客户名单',
    shape: 'customers',
    roles: ['customer', 'last-purchase', 'frequency', 'monetary'],
    middleRow: 2500,
  },
])('the sidebar on $sheet', ({ sheet, shape, roles, middleRow }) => {
  let before: unknown;
  let previewed: string | null = null;
  const preview = () => openSandbox().sidebar.locator('[data-testid="preview"]');
  /** The legend after a run, said as the preview's title says its segments. */
  const legendInPreviewWords = async () => {
    const entries = await openSandbox()
      .sidebar.locator('[data-testid="legend"] li button.legend-entry')
      .allTextContents();
    const counted = entries.map((entry) => {
      const match = /^(.*?)([\d,]+) customers? · (.*) of revenue$/.exec(entry);
      return {
        label: match?.[1] ?? entry,
        customers: Number(match?.[2]?.replaceAll(',', '')),
        revenue: match?.[3],
      };
    });
    const total = counted.reduce((sum, { customers }) => sum + customers, 0);
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
    return counted
      .map(
        ({ label, customers, revenue }) =>
          `${label}: ${percent.format(customers / total)} of customers, ${revenue} of revenue`,
      )
      .join('; ');
  };
  const previewBars = () => preview().locator('svg rect[data-series="customers"]').count();

  it('detects the columns', async () => {
    await openSandbox().openSheet(sheet);
    expect(await openSandbox().sidebar.locator('[data-testid="shape"]').inputValue()).toBe(shape);
    expect(await openSandbox().roles()).toEqual(roles);
    before = await openSandbox().snapshot();
  });

  it(
    'previews what Classify would give as the model changes, writing nothing',
    async () => {
      await expect.poll(previewBars).toBe(4);
      await openSandbox().sidebar.locator('[data-testid="model"]').selectOption('abc');
      await expect.poll(previewBars).toBe(3);
      await openSandbox().sidebar.locator('[data-testid="model"]').selectOption('tiers');
      await expect.poll(previewBars).toBe(4);
      await expect.poll(() => preview().getAttribute('aria-busy')).toBeNull();
      previewed = await preview().locator('svg title').textContent();
      expect(previewed).toMatch(/% of customers/);
      expect(await openSandbox().snapshot()).toEqual(before);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'classifies: every row in its segment’s legend colour, as the preview said',
    async () => {
      await pressSucceeding('classify', /^Classified /);
      // the legend's counts, in the preview's words, are what the preview said before the run
      expect(await preview().isHidden()).toBe(true);
      expect(await legendInPreviewWords()).toBe(previewed);
      const labels = await expectSheetInLegendColours('Tier', middleRow);
      expect(labels.length).toBeGreaterThan(1);
      // a group-by column (the log's Country) gives a breakdown below the legend
      const breakdown = openSandbox().sidebar.locator('[data-testid="breakdown"]');
      expect(await breakdown.isVisible()).toBe(roles.includes('group'));
      if (roles.includes('group'))
        expect(await breakdown.locator('th[scope="col"]').allTextContents()).toContain(
          'United Kingdom',
        );
      if (sheet === '客户名单') {
        await openSandbox().scrollToRow(2);
        await openSandbox().page.screenshot({ path: SCREENSHOT });
      }
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'shows the summary sheet as a tab of its own, with its chart drawn from the chart’s spec',
    async () => {
      // the sandbox's spreadsheet is in en_GB: the labels, and so the summary, are in English
      const summary = `${sheet} · summary`;
      await openSandbox().openSheet(summary);
      await openSandbox().gridUpToDate();
      // the sidebar says whose sheet it is, and offers no Classify there
      const notice = openSandbox().sidebar.locator('[data-testid="addon-sheet"]');
      expect(await notice.textContent()).toContain(`open “${sheet}” to classify`);
      expect(await openSandbox().sidebar.locator('[data-testid="classify"]').count()).toBe(0);
      const charts = openSandbox().page.locator('[data-testid="chart"]');
      // the shares' chart; the line of the sizes over the runs waits for a second run
      await expect.poll(() => charts.count()).toBe(1);
      expect(await charts.evaluateAll((all) => all.map((one) => one.dataset.kind))).toEqual([
        'COLUMN',
      ]);
      // four tiers, two series: customers' and revenue's share
      const chart = openSandbox().page.locator('[data-testid="chart"][data-kind="COLUMN"]');
      expect(await chart.locator('rect[data-series]').count()).toBe(8);
      const [header] = (await openSandbox().shownRows()).filter((row) =>
        row.cells.some((cell) => ['Segment', '客户分层'].includes(cell.text)),
      );
      expect(header?.cells[8]?.text).toMatch(/^(Playbook|行动建议)/);
      await openSandbox().openSheet(sheet);
      await expect.poll(() => charts.count()).toBe(0);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'shows one segment’s rows at a time from the legend, then all of them',
    async () => {
      const enabled = '[data-testid="legend"] li button.legend-entry:not([disabled])';
      const choices = openSandbox().sidebar.locator(enabled);
      expect(await choices.count()).toBeGreaterThan(1);
      const label = (await choices.nth(1).locator('.swatch').textContent()) ?? '';
      const status = await openSandbox().clickAndWait(`${enabled} >> nth=1`);
      expect(status).toContain(label);
      await openSandbox().scrollToTop();
      const [header, ...rows] = await openSandbox().shownRows();
      const labelColumn = (header?.cells.length ?? 0) - 1;
      expect(rows.length).toBeGreaterThan(0);
      const labels = new Set(rows.map((row) => row.cells[labelColumn]?.text));
      expect(labels).toEqual(new Set([label]));
      await openSandbox().clickAndWait('[data-testid="show-all"]');
      const [, ...all] = await openSandbox().shownRows();
      expect(new Set(all.map((row) => row.cells[labelColumn]?.text)).size).toBeGreaterThan(1);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    're-segments with the saved settings',
    async () => {
      await pressSucceeding('resegment', /^Classified /);
      await expectSheetInLegendColours('Tier', middleRow);
    },
    BROWSER_LIMIT_MS,
  );

  // once, on the log: the notice does not depend on the sheet's shape, and each tab switch waits
  // for the sidebar's two-second poll
  it.runIf(shape === 'transactions')(
    'says when the data changed since the last run, and re-segments from that notice',
    async () => {
      const { page, sidebar } = openSandbox();
      const stale = sidebar.locator('[data-testid="stale"]');
      expect(await stale.isHidden()).toBe(true);
      // D2 is a mapped column of both sheets: the quantity, the money spent
      const editD2 = async (text: string) => {
        // the grid draws only the rows in view: the tests above left it scrolled down
        await openSandbox().scrollToTop();
        const editor = await openEditor(
          page.locator('[data-testid="grid"] tr[data-row="2"] td').nth(3),
        );
        const was = await editor.inputValue();
        await editor.fill(text);
        await page.keyboard.press('Enter');
        await openSandbox().gridUpToDate();
        return was;
      };
      const original = await editD2('60');
      // the sidebar surveys the sheet again when the user comes back to it
      await openSandbox().openSheet(`${sheet} · summary`);
      await openSandbox().openSheet(sheet);
      await stale.waitFor();
      expect(await stale.textContent()).toBe('The data changed since the last run — Re-segment');
      // put back as it was, so that Clear, below, gives back the demo sheet exactly
      await editD2(original);
      expect(await openSandbox().clickAndWait('[data-testid="stale"] button')).toMatch(
        /^Classified /,
      );
      expect(await stale.isHidden()).toBe(true);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'classifies by another model picked in the sidebar',
    async () => {
      await openSandbox().sidebar.locator('[data-testid="model"]').selectOption('rfm-segments');
      await pressSucceeding('classify', /^Classified /);
      const labels = await expectSheetInLegendColours('Segment', middleRow);
      expect(
        labels.some((label) => ['Champions', 'Loyal Customers', 'At Risk'].includes(label)),
      ).toBe(true);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'clears: the sheet exactly as the user had it, their own rule kept',
    async () => {
      await pressSucceeding('clear', /^Removed /);
      expect(await openSandbox().snapshot()).toEqual(before);
      const tabs = await openSandbox().page.locator('[data-testid="tab"]').allTextContents();
      expect(tabs.filter((tab) => tab.startsWith(`${sheet} · `))).toEqual([]);
      const [header] = await openSandbox().shownRows();
      expect(header?.cells.map((cell) => cell.text)).toEqual(
        (shape === 'customers' ? demoRows('customers-zh.csv') : demoRows('online-retail.csv'))[0],
      );
    },
    BROWSER_LIMIT_MS,
  );
});

describe('a CSV of the user’s', () => {
  it(
    'loads as a new sheet, its hostile header shown as text in the grid and the sidebar',
    async () => {
      await openSandbox()
        .page.locator('[data-testid="load-csv"]')
        .setInputFiles({
          name: `${HOSTILE_HEADER}.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.from(
            `"${HOSTILE_HEADER}",Revenue,Last order\nAda,5,2024-03-05\nBo,"¥1,200",05/03/2024\n`,
          ),
        });
      await openSandbox().sidebarShowsSheet(HOSTILE_HEADER);
      await openSandbox().gridUpToDate();
      const rows = await openSandbox().shownRows();
      expect(rows.map((row) => row.cells.map((cell) => cell.text))).toEqual([
        [HOSTILE_HEADER, 'Revenue', 'Last order'],
        ['Ada', '5', '05/03/2024'],
        ['Bo', '¥1,200', '05/03/2024'],
      ]);
      expect(
        await openSandbox()
          .sidebar.locator('[data-testid="mapping"] .header')
          .first()
          .textContent(),
      ).toBe(HOSTILE_HEADER);
      expect(await openSandbox().page.locator('[data-testid="tab"]').last().textContent()).toBe(
        HOSTILE_HEADER,
      );
      expect(await openSandbox().page.locator('img').count()).toBe(0);
      expect(await openSandbox().sidebar.locator('img').count()).toBe(0);
      expect(dialogs).toEqual([]);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'copies a segment’s list: shown selected for Ctrl+C when the clipboard refuses, at 300 px',
    async () => {
      const name = 'Mailing';
      await openSandbox()
        .page.locator('[data-testid="load-csv"]')
        .setInputFiles({
          name: `${name}.csv`,
          mimeType: 'text/csv',
          buffer: Buffer.from(
            [
              'Customer ID,Name,Email,Order date,Amount',
              'C1,Ann Lee,ann@old.example,2024-03-01,100',
              'C2,Bob Brown,bob@example.com,2024-03-02,30',
              'C1,Ann Lee,ann@new.example,2024-03-09,20',
              'C3,Cat Wu,cat@example.com,2024-03-05,50',
            ].join('\n'),
          ),
        });
      await openSandbox().sidebarShowsSheet(name);
      expect(await openSandbox().roles()).toEqual([
        'customer',
        'name',
        'email',
        'order-date',
        'amount',
      ]);
      await pressSucceeding('classify', /^Classified 3 customers/);
      // as Apps Script's frame may: the clipboard refuses
      await openSandbox().sidebar.evaluate(() => {
        const refuse = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: refuse } });
      });
      const copy = openSandbox()
        .sidebar.locator('[data-testid="copy-list"]:not([disabled])')
        .first();
      const label = ((await copy.getAttribute('aria-label')) ?? '').replace('Copy list: ', '');
      // reached and pressed from the keyboard
      await copy.focus();
      await openSandbox().page.keyboard.press('Enter');
      await openSandbox().sidebar.waitForFunction(
        () => document.querySelector('[data-testid="status"]')?.textContent !== 'Working…',
      );
      // by hand: each customer once, in sheet order, with the e-mail and name of their latest order
      const latest: Record<string, string> = {
        C1: 'C1\tann@new.example\tAnn Lee',
        C2: 'C2\tbob@example.com\tBob Brown',
        C3: 'C3\tcat@example.com\tCat Wu',
      };
      await openSandbox().gridUpToDate();
      const [header, ...rows] = await openSandbox().shownRows();
      const labelColumn = (header?.cells.length ?? 0) - 1;
      const inSegment = [
        ...new Set(
          rows
            .filter((row) => row.cells[labelColumn]?.text === label)
            .map((row) => row.cells[0]?.text ?? ''),
        ),
      ];
      const box = openSandbox().sidebar.locator('[data-testid="copy-text"]');
      expect(await box.inputValue()).toBe(
        ['Customer ID\tEmail\tName', ...inSegment.map((id) => latest[id])].join('\n'),
      );
      expect(
        await box.evaluate((area: HTMLTextAreaElement) => [
          document.activeElement === area,
          area.readOnly,
          area.selectionEnd - area.selectionStart === area.value.length,
        ]),
      ).toEqual([true, true, true]);
      const count = inSegment.length;
      expect(await openSandbox().sidebar.locator('[data-testid="status"]').textContent()).toContain(
        `${count} customer${count === 1 ? '' : 's'} of “${label}” selected below`,
      );
      // at the sidebar's 300 px, the button and the list stay inside it
      const width = await openSandbox().sidebar.evaluate(
        () => document.documentElement.clientWidth,
      );
      expect(width).toBeLessThanOrEqual(300);
      for (const shown of [copy, box]) {
        const right = await shown.evaluate((element) => element.getBoundingClientRect().right);
        expect(right).toBeLessThanOrEqual(width);
      }
    },
    BROWSER_LIMIT_MS,
  );
});

describe('the sandbox server', () => {
  it('stops cleanly on SIGTERM, as on Ctrl-C', async () => {
    expect(await openSandbox.server().stop()).toBe(0);
  });
});
