// @vitest-environment jsdom
/**
 * This file defines the tests of the sidebar's behaviour in a DOM against a fake
 * `google.script.run`: what a survey shows, the model form, the calls the buttons make and what
 * their outcomes and failures show, and following the user to another sheet, in both languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassifySettings, SheetSurvey } from '../../src/addon/sidebar/api';
import { POLL_MS } from '../../ui/follow-sheet';
import { serverFailure } from './fake-script-run';
import { byTestId, choose, openSidebar, settle } from './sidebar-dom';
import { DEFAULT_OPTIONS, MARKUP_HEADER, orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const button = (testId: 'classify' | 'resegment' | 'clear') => byTestId<HTMLButtonElement>(testId);
const status = () => byTestId('status');
const labelOf = (control: HTMLElement) =>
  document.querySelector(`label[for="${control.id}"]`)?.textContent;
/** The control of a model option; its type is close enough for reading and setting `value`. */
function option(name: string): HTMLInputElement {
  const control = document.getElementById(`option-${name}`);
  if (!control) throw new Error(`no option ${name}`);
  return control as HTMLInputElement;
}
const isShown = (name: string) =>
  option(name).closest<HTMLElement>('.form-group')?.hidden === false;

describe('the survey of the active sheet', () => {
  it('shows the shape, the header row and each column with its letter, header and role', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(byTestId<HTMLSelectElement>('shape').value).toBe('transactions');
    expect(document.body.textContent).toContain('Header row: 1');
    expect(document.body.textContent).toContain('Sheet “Orders”, 1,234 rows of data');
    const roles = [0, 1, 2, 3, 4].map((index) => byTestId<HTMLSelectElement>(`role-${index}`));
    expect(roles.map((dropdown) => dropdown.value)).toEqual([
      'customer',
      'order-date',
      'amount',
      '',
      '',
    ]);
    expect(roles.map(labelOf)).toEqual([
      'ACustomer',
      'BOrder date',
      'CAmount',
      `D${MARKUP_HEADER}`,
      'ERegion',
    ]);
    expect([...(roles[0]?.options ?? [])].map((option) => option.text)).toEqual([
      'Not used',
      'Customer',
      'Order date',
      'Amount',
      'Order number',
      'Quantity',
      'Unit price',
      'Group by (region, rep…)',
      'Email',
      'Name',
    ]);
    expect(byTestId('missing').textContent).toBe('Every column needed is there.');
    expect(button('classify').disabled).toBe(false);
  });

  it('shows a header cell that looks like markup as text, never as an element', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(labelOf(byTestId('role-3'))).toContain(MARKUP_HEADER);
    expect(document.querySelector('img')).toBeNull();
  });

  it('says what the shape still needs and keeps Classify disabled until it has it', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('role-2'), '');
    expect(byTestId('missing').textContent).toBe('Still needed: Amount');
    expect(button('classify').disabled).toBe(true);
    choose(byTestId('role-4'), 'amount');
    expect(button('classify').disabled).toBe(false);
  });

  it('offers the other shape with its own roles, reading counterparts its way', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('shape'), 'customers');
    const roles = [0, 1, 2].map((index) => byTestId<HTMLSelectElement>(`role-${index}`).value);
    expect(roles).toEqual(['customer', 'last-purchase', 'monetary']);
    expect(byTestId('missing').textContent).toBe('Still needed: Number of orders');
  });

  it('gives a role to one column only: choosing it elsewhere moves it', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('role-4'), 'customer');
    expect(byTestId<HTMLSelectElement>('role-0').value).toBe('');
    expect(byTestId<HTMLSelectElement>('role-4').value).toBe('customer');
  });

  it('opens with the saved settings: their roles, model and options, the mapping folded', async () => {
    const saved: ClassifySettings = {
      ...SAVED,
      roles: SAVED.roles.map(({ index, role }) => ({ index: index === 0 ? 4 : index, role })),
      model: 'abc',
      options: { ...DEFAULT_OPTIONS, aShare: 0.7 },
    };
    await openSidebar({ sidebarSurvey: () => orderLog({ saved }) });
    expect(byTestId<HTMLSelectElement>('role-0').value).toBe('');
    expect(byTestId<HTMLSelectElement>('role-4').value).toBe('customer');
    expect(byTestId<HTMLSelectElement>('model').value).toBe('abc');
    expect(option('aShare').value).toBe('0.7');
    expect(byTestId<HTMLDetailsElement>('mapping').open).toBe(false);
    expect(button('resegment').disabled).toBe(false);
  });
});

describe('the model picker', () => {
  it('offers the segment and prediction models by the names the server sends', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    const model = byTestId<HTMLSelectElement>('model');
    expect(model.value).toBe('tiers');
    expect([...model.options].map((option) => option.text)).toEqual([
      'Four tiers',
      'RFM segments',
      'Eight value classes',
      'ABC classes',
      'Churn risk (BG/NBD)',
      'Lifecycle stages',
      'k-means clusters',
    ]);
    expect([...model.options].some((option) => option.disabled)).toBe(false);
  });

  it.each([
    ['tiers', ['churnDays', 'highValueShare', 'asOf', 'language']],
    ['rfm-segments', ['bins', 'asOf', 'language']],
    ['value-classes', ['asOf', 'language']],
    ['abc', ['aShare', 'bShare', 'language']],
    ['churn-risk', ['asOf', 'horizon', 'activeFrom', 'atRiskFrom', 'language']],
    ['lifecycle', ['churnDays', 'asOf', 'language']],
    ['clusters', ['clusterCount', 'language']],
  ])('shows for %s only the options it uses: %j', async (model, options) => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('model'), model);
    const all = [
      'bins',
      'churnDays',
      'highValueShare',
      'asOf',
      'aShare',
      'bShare',
      'horizon',
      'activeFrom',
      'atRiskFrom',
      'clusterCount',
      'language',
    ];
    expect(all.filter(isShown)).toEqual(options);
  });

  it('lists as many clusters as asked before a run, following the count as it changes', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('model'), 'clusters');
    const entries = () => byTestId('legend').querySelectorAll('li').length;
    expect(entries()).toBe(DEFAULT_OPTIONS.clusterCount);
    choose(option('clusterCount'), '3');
    expect(entries()).toBe(3);
    choose(option('clusterCount'), '6');
    expect(entries()).toBe(6);
  });

  it.each([
    [
      'en',
      'Churn risk (BG/NBD) (needs purchase dates)',
      'Churn risk (BG/NBD) needs to know when each customer first and last bought: choose a column for “First purchase date”, or open the order log.',
    ],
    [
      'zh',
      '流失风险（BG/NBD）（需要购买日期）',
      '“流失风险（BG/NBD）”需要知道每位客户首次和最近一次购买的时间：请选择“首次购买日期”列，或打开订单明细。',
    ],
  ] as const)(
    'on a customer table without first purchase dates (%s), offers churn risk and lifecycle disabled, saying what is missing',
    async (language, name, why) => {
      await openSidebar({ sidebarSurvey: () => orderLog({ language }) });
      choose(byTestId('shape'), 'customers');
      const model = byTestId<HTMLSelectElement>('model');
      const disabled = [...model.options].filter((option) => option.disabled);
      expect(disabled.map((option) => option.value)).toEqual(['churn-risk', 'lifecycle']);
      expect(disabled[0]?.text).toBe(name);
      choose(model, 'churn-risk');
      expect(byTestId('writes').textContent).toBe(why);
      expect(button('classify').disabled).toBe(true);
      choose(byTestId('role-3'), 'first-purchase');
      expect([...model.options].some((option) => option.disabled)).toBe(false);
      expect(byTestId('writes').textContent).not.toBe(why);
      choose(byTestId('role-3'), '');
      choose(byTestId('shape'), 'transactions');
      expect([...model.options].some((option) => option.disabled)).toBe(false);
      expect(button('classify').disabled).toBe(false);
    },
  );

  it('refuses an at-risk threshold above the active one, next to the field', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('model'), 'churn-risk');
    option('atRiskFrom').value = '60%';
    button('classify').click();
    await settle();
    expect(document.getElementById('option-activeFrom-error')?.textContent).toBe(
      'The active threshold must be at least the at-risk threshold.',
    );
  });

  it('labels every control, and fills the options with the defaults', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    for (const control of document.querySelectorAll<HTMLElement>('input, select'))
      expect(labelOf(control), control.id).toBeTruthy();
    expect(option('churnDays').value).toBe('365');
    expect(option('highValueShare').value).toBe('0.2');
    expect(option('asOf').value).toBe('');
    expect(option('asOf').type).toBe('date');
  });

  it('previews the chosen model’s classes in the legend, in the label language', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    const labels = () =>
      [...byTestId('legend').querySelectorAll('.swatch')].map((swatch) => swatch.textContent);
    expect(labels()).toEqual(['High value', 'Potential', 'Regular', 'Churned']);
    choose(byTestId('model'), 'abc');
    choose(option('language'), 'zh');
    expect(labels()).toEqual(['A', 'B', 'C']);
    choose(byTestId('model'), 'tiers');
    expect(labels()).toEqual(['高价值客户', '潜在客户', '普通客户', '流失客户']);
  });
});

describe('Classify', () => {
  it('sends the mapping and the options as ClassifySettings', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => TIERS_RESULT,
    });
    choose(byTestId('role-4'), 'order-id');
    choose(byTestId('model'), 'rfm-segments');
    choose(option('bins'), '4');
    choose(option('asOf'), '2024-12-31');
    choose(option('language'), 'zh');
    button('classify').click();
    await settle();
    const expected: ClassifySettings = {
      headerRow: 1,
      shape: 'transactions',
      roles: [...SAVED.roles, { index: 4, role: 'order-id' }],
      model: 'rfm-segments',
      options: { ...DEFAULT_OPTIONS, bins: 4, asOf: '2024-12-31', language: 'zh' },
    };
    expect(fake.callsOf('sidebarClassify')).toEqual([
      [{ sheetId: 101, layout: '1234:abc', settings: expected }],
    ]);
  });

  it('refuses wrong options with a message at each, and sends nothing', async () => {
    const fake = await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('model'), 'abc');
    choose(option('aShare'), '0.9');
    choose(option('bShare'), '0.85');
    button('classify').click();
    await settle();
    expect(fake.callsOf('sidebarClassify')).toEqual([]);
    expect(document.getElementById('option-bShare-error')?.textContent).toBe(
      'The A and B share must be at least the A share.',
    );
    expect(document.activeElement?.id).toBe('option-bShare');
    expect(status().textContent).toBe('Please correct the options marked below.');
    choose(option('aShare'), '1.5');
    button('classify').click();
    expect(document.getElementById('option-aShare-error')?.textContent).toBe(
      'Enter a share above 0 and at most 1, e.g. 0.8 or 80%.',
    );
  });

  it('disables the buttons and says it is working while the call runs, and stops polling', async () => {
    let finish: (result: typeof TIERS_RESULT) => void = () => {};
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: null, classified: true }),
      sidebarClassify: () => new Promise((resolve) => (finish = resolve)),
    });
    button('classify').click();
    await settle();
    expect(
      [button('classify'), button('resegment'), button('clear')].map((b) => b.disabled),
    ).toEqual([true, true, true]);
    expect(status().textContent).toBe('Working…');
    const polls = fake.callsOf('sidebarActiveSheetId').length;
    await vi.advanceTimersByTimeAsync(5 * POLL_MS);
    expect(fake.callsOf('sidebarActiveSheetId')).toHaveLength(polls);
    finish(TIERS_RESULT);
    await settle();
    expect(
      [button('classify'), button('resegment'), button('clear')].map((b) => b.disabled),
    ).toEqual([false, false, false]);
  });

  it('shows the legend: each segment in its colours, with customers and share of revenue', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog(), sidebarClassify: () => TIERS_RESULT });
    button('classify').click();
    await settle();
    const entries = [...byTestId('legend').querySelectorAll('li')];
    expect(entries.map((entry) => entry.textContent)).toEqual([
      'High value300 customers · 61.2% of revenueCopy list',
      'Regular1,200 customers · 38.8% of revenueCopy list',
    ]);
    const swatch = entries[0]?.querySelector<HTMLElement>('.swatch');
    expect(swatch?.style.backgroundColor).toBe('rgb(183, 225, 205)');
    expect(swatch?.style.color).toBe('rgb(13, 101, 45)');
    expect(status().textContent).toBe(
      'Classified 1,500 customers in 1,234 rows. 2 rows without a customer were skipped.',
    );
    expect(button('resegment').disabled).toBe(false);
    expect(button('clear').disabled).toBe(false);
  });

  it('shows the server’s message when it fails', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => {
        throw serverFailure({ message: 'Column C holds no amounts.', remap: false });
      },
    });
    button('classify').click();
    await settle();
    expect(status().textContent).toBe('Column C holds no amounts.');
    expect(status().classList).toContain('error');
    expect(status().getAttribute('role')).toBe('status');
    expect(status().getAttribute('aria-live')).toBe('polite');
  });
});

describe('Re-segment and Clear', () => {
  it('are enabled only with saved settings and with results to clear', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(button('resegment').disabled).toBe(true);
    expect(button('clear').disabled).toBe(true);
  });

  it('reopens the mapping, surveyed anew, when the server asks for a remap', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true }),
      sidebarResegment: () => {
        throw serverFailure({ message: 'The column “Amount” is gone.', remap: true });
      },
    });
    expect(byTestId<HTMLDetailsElement>('mapping').open).toBe(false);
    button('resegment').click();
    await settle();
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(2);
    expect(byTestId<HTMLDetailsElement>('mapping').open).toBe(true);
    expect(status().textContent).toBe('The column “Amount” is gone.');
    expect(document.activeElement).toBe(byTestId('role-0'));
  });

  it('Clear removes the results and says what it removed', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true }),
      sidebarClear: () => ({ removedColumns: 1, removedSheets: 0, removedRules: 4 }),
    });
    button('clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([[{ sheetId: 101, layout: '1234:abc' }]]);
    expect(status().textContent).toBe('Removed 1 column, 0 sheets and 4 colour rules.');
    expect(button('clear').disabled).toBe(true);
  });

  it('names the sheet by the layout the last action left, and shows the last run on reopening', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, lastRun: TIERS_RESULT }),
      sidebarResegment: () => ({ ...TIERS_RESULT, layout: '1234:after-resegment' }),
      sidebarClear: () => ({
        removedColumns: 1,
        removedSheets: 0,
        removedRules: 4,
        layout: '1234:after-clear',
      }),
    });
    // the counts of the last run, as the server kept them
    expect(byTestId('legend').querySelectorAll('li')).toHaveLength(TIERS_RESULT.legend.length);
    expect(byTestId('legend').textContent).toContain('300');
    button('resegment').click();
    await settle();
    button('clear').click();
    await settle();
    // a log's Clear deletes its customer sheet: it asks first
    byTestId<HTMLButtonElement>('confirm-clear').click();
    await settle();
    expect(fake.callsOf('sidebarResegment')).toEqual([[{ sheetId: 101, layout: '1234:abc' }]]);
    expect(fake.callsOf('sidebarClear')).toEqual([
      [{ sheetId: 101, layout: '1234:after-resegment' }],
    ]);
  });
});

describe('a failed survey', () => {
  it('is shown, not retried at once (even asking for a remap), and retried on the next poll', async () => {
    let surveys = 0;
    const fake = await openSidebar({
      sidebarSurvey: () => {
        surveys += 1;
        if (surveys === 1) throw serverFailure({ message: 'The sheet is empty.', remap: true });
        return orderLog();
      },
    });
    expect(status().textContent).toBe('The sheet is empty.');
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(2);
    expect(document.querySelectorAll('[data-testid^="role-"]')).toHaveLength(5);
  });
});

describe('following the active sheet', () => {
  it('surveys again when the user switches sheets, without reopening', async () => {
    let active = 101;
    const surveys: SheetSurvey[] = [orderLog(), orderLog({ sheetId: 202, sheetName: 'Customers' })];
    const fake = await openSidebar({
      sidebarActiveSheetId: () => active,
      sidebarSurvey: () => surveys[active === 101 ? 0 : 1] as SheetSurvey,
    });
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(1);
    expect(fake.callsOf('sidebarActiveSheetId').length).toBeGreaterThanOrEqual(3);
    active = 202;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(2);
    expect(document.body.textContent).toContain('Sheet “Customers”');
  });

  it('on a sheet the add-on made, says whose it is instead of the form, and back on the source', async () => {
    let active = 202;
    const message = 'The sheet “Orders · summary” is the summary sheet … of “Orders” …';
    const summary = orderLog({ sheetId: 202, sheetName: 'Orders · summary' });
    const fake = await openSidebar({
      sidebarActiveSheetId: () => active,
      sidebarSurvey: () =>
        active === 202 ? { ...summary, addonSheet: { source: 'Orders', message } } : orderLog(),
    });
    expect(byTestId('addon-sheet').textContent).toBe(message);
    expect(document.querySelector('[data-testid="classify"]')).toBeNull();
    expect(document.querySelector('[data-testid="legend"]')).toBeNull();
    // no preview is asked for a sheet that has no form
    expect(fake.callsOf('sidebarPreview')).toHaveLength(0);
    active = 101;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(document.querySelector('[data-testid="addon-sheet"]')).toBeNull();
    expect(button('classify').disabled).toBe(false);
  });
});

describe('in Chinese', () => {
  it('speaks the spreadsheet’s language: buttons, roles, messages and numbers', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog({ language: 'zh' }) });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(button('classify').textContent).toBe('分层');
    expect(button('resegment').textContent).toBe('重新分层');
    expect(button('clear').textContent).toBe('清除');
    expect(byTestId('legend').querySelector('h2')?.textContent).toBe('此模型的分层');
    expect(byTestId<HTMLSelectElement>('role-0').selectedOptions[0]?.text).toBe('客户');
    expect([...byTestId<HTMLSelectElement>('model').options].map((o) => o.text)).toContain(
      '四类客户分层',
    );
    choose(byTestId('model'), 'rfm-segments');
    choose(option('bins'), '12');
    button('classify').click();
    expect(document.getElementById('option-bins-error')?.textContent).toBe(
      '请输入 2 到 9 之间的整数。',
    );
    expect(status().textContent).toBe('请更正下方标出的选项。');
    expect(document.body.textContent).toContain('工作表“Orders”，1,234 行数据');
  });
});

describe('the status after a run in Chinese', () => {
  it('runs the notes on after the count without a space after 。', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ language: 'zh' }),
      sidebarClassify: () => ({ ...TIERS_RESULT, note: '注：已跳过 2 行没有客户的记录。' }),
    });
    button('classify').click();
    await settle();
    expect(status().textContent).toBe(
      '已为 1,234 行中的 1,500 位客户分层。注：已跳过 2 行没有客户的记录。',
    );
  });
});
