/**
 * The local sandbox (`npm start`) in Debian's chromium, driven by Playwright as a user would: the
 * demo sheets shown in the grid as Sheets shows them, who moved where after an edit and a
 * Re-segment, and a CSV of the user's loaded, its hostile header shown as text. Classifying each
 * demo sheet step by step is in sandbox-sheets.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { cellOf, demoRows, sandboxSteps } from './sandbox-steps';
import { BROWSER_LIMIT_MS, useSandbox } from './use-sandbox';

const HOSTILE_HEADER = '<img src=x onerror=alert(1)>';

const dialogs: string[] = [];
const openSandbox = useSandbox({ width: 1024, height: 800 }, (page) => {
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
const { pressSucceeding, typeInto } = sandboxSteps(openSandbox);

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
