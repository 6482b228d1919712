/**
 * The sidebar on each demo sheet of the sandbox (`npm start`) in Debian's chromium, as a user
 * would: it detects the columns, previews, classifies (every row in its legend colour as the
 * sheet's rules paint it), shows the summary sheet with its chart, one segment at a time,
 * re-segments, tells when the data changed, classifies by another model, and clears, giving
 * back exactly the sheet the user had. It saves a screenshot of the run (the README's pictures
 * come from scripts/screenshots.mjs).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { demoRows, sandboxSteps } from './sandbox-steps';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const SCREENSHOT = fileURLToPath(new URL('./screenshots/sidebar.png', import.meta.url));

const openSandbox = useSandbox({ width: 1024, height: 800 });
const { pressSucceeding, expectSheetInLegendColours, openEditor } = sandboxSteps(openSandbox);

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
