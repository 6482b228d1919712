/**
 * The prediction models in the sandbox (`npm start`), in chromium as a user would: the sidebar
 * classifies the demo order log by churn risk, every row with a band is painted in its legend
 * colour by the sheet's rules, the legend counts the customers, and Clear gives back exactly the
 * sheet the user had. On the demo customer table (no first purchase dates), churn risk is offered
 * disabled, saying why.
 */
import { describe, expect, it } from 'vitest';
import { WHITE } from './sandbox-page';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const BANDS = ['Active', 'At risk', 'Likely churned'];

const openPage = useSandbox();

/** The bands on the rows shown, each row's first and label cells in its band's legend colour. */
async function bandsInLegendColours(): Promise<string[]> {
  const legend = await openPage().legendColours();
  const [header, ...rows] = await openPage().shownRows();
  const labelColumn = (header?.cells.length ?? 0) - 1;
  expect(header?.cells.slice(-4).map((cell) => cell.text)).toEqual([
    'P(buys again)',
    'Expected purchases',
    'Predicted CLV',
    'Churn risk',
  ]);
  const drawn = rows.filter((row) => row.cells.some((cell) => cell.text !== ''));
  expect(drawn.length).toBeGreaterThan(20);
  const bands = new Set<string>();
  for (const { row, cells } of drawn) {
    const band = cells[labelColumn]?.text ?? '';
    const colour = band === '' ? WHITE : legend.get(band);
    expect(colour, `row ${row}: "${band}" is in the legend`).toBeDefined();
    expect([cells[0]?.background, cells[labelColumn]?.background], `row ${row}`).toEqual([
      colour,
      colour,
    ]);
    if (band) bands.add(band);
  }
  return [...bands];
}

describe('churn risk in the sidebar', () => {
  let before: unknown;

  it(
    'classifies the demo log by churn risk and colours its rows by band',
    async () => {
      before = await openPage().snapshot();
      await openPage().sidebar.locator('[data-testid="model"]').selectOption('churn-risk');
      // over one month, about as long as the log's three weeks, its customers fall in two bands
      await openPage().sidebar.evaluate(() => {
        for (const details of document.querySelectorAll('details')) details.open = true;
      });
      await openPage().sidebar.locator('#option-horizon').fill('1');
      expect(await openPage().press('classify')).toMatchObject({
        text: expect.stringMatching(/^Classified 102 customers/),
        failed: false,
      });
      const legend = await openPage()
        .sidebar.locator('[data-testid="legend"] li')
        .allTextContents();
      expect(legend.map((entry) => BANDS.find((band) => entry.startsWith(band)))).toEqual(BANDS);
      await openPage().scrollToRow(2);
      const top = await bandsInLegendColours();
      await openPage().scrollToRow(1500);
      const middle = await bandsInLegendColours();
      expect([...top, ...middle]).toContain('At risk');
      // both bands have customers: the legend counts them
      expect(legend.slice(0, 2).every((entry) => !/^\D+0 customers/.test(entry))).toBe(true);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'clears: the sheet exactly as the user had it',
    async () => {
      expect(await openPage().press('clear')).toMatchObject({ failed: false });
      expect(await openPage().snapshot()).toEqual(before);
    },
    BROWSER_LIMIT_MS,
  );

  it(
    'is offered disabled on the customer table, saying what is missing',
    async () => {
      await openPage().openSheet('客户名单');
      const option = openPage().sidebar.locator('[data-testid="model"] option[value="churn-risk"]');
      expect(await option.isDisabled()).toBe(true);
      expect(await option.textContent()).toBe('Churn risk (BG/NBD) (needs purchase dates)');
    },
    BROWSER_LIMIT_MS,
  );
});
