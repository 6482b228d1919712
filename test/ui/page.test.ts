// @vitest-environment jsdom
/**
 * This file defines the tests of the sidebar's page for one sheet: the first screen (the model
 * and the action first, the columns folded when every role was found, a line saying what
 * Classify will write), and the confirm step of a Clear that deletes a sheet.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SheetSurvey } from '../../src/addon/sidebar/api';
import { byTestId, choose, openSidebar, settle } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const CLEARED = { removedColumns: 1, removedSheets: 1, removedRules: 4 };
const writes = () => byTestId('writes').textContent;
const button = (testId: string) => byTestId<HTMLButtonElement>(testId);
/** Whether `first` comes before `second` in the page. */
const isBefore = (first: string, second: string) =>
  Boolean(
    byTestId(first).compareDocumentPosition(byTestId(second)) & Node.DOCUMENT_POSITION_FOLLOWING,
  );

describe('the first screen', () => {
  it('puts the model and Classify first, the columns and options after, folded', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(isBefore('model', 'classify')).toBe(true);
    expect(isBefore('classify', 'mapping')).toBe(true);
    expect(isBefore('mapping', 'options')).toBe(true);
    expect(byTestId<HTMLDetailsElement>('mapping').open).toBe(false);
    expect(byTestId<HTMLDetailsElement>('options').open).toBe(false);
  });

  it('opens the columns when a role needed is missing', async () => {
    const survey = orderLog();
    const columns = survey.columns.map((column) =>
      column.role === 'amount' ? { ...column, role: null } : column,
    );
    await openSidebar({ sidebarSurvey: () => ({ ...survey, columns }) });
    expect(byTestId<HTMLDetailsElement>('mapping').open).toBe(true);
    expect(byTestId('missing').textContent).toBe('Still needed: Amount');
  });

  it('unfolds the options when one is wrong, on the field to correct', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(document.getElementById('option-churnDays') as HTMLInputElement, '-3');
    button('classify').click();
    expect(byTestId<HTMLDetailsElement>('options').open).toBe(true);
    expect(document.activeElement?.id).toBe('option-churnDays');
  });
});

describe('what Classify will write', () => {
  it('for a log: the model’s column, and the customers on a sheet of their own', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(writes()).toBe(
      'Classify writes the column Tier beside the data, one row per customer to a new sheet “Orders · customer tiers”, and a summary to a new sheet “Orders · summary”.',
    );
    choose(byTestId('model'), 'rfm-segments');
    expect(writes()).toMatch(/^Classify writes the column Segment beside the data, /);
  });

  it('after a Classify, names the sheets it made as there, not new', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog(), sidebarClassify: () => TIERS_RESULT });
    button('classify').click();
    await settle();
    expect(writes()).toBe(
      'Classify writes the column Tier beside the data, one row per customer to the sheet “Orders · customer tiers”, and a summary to the sheet “Orders · summary”.',
    );
  });

  it('for a customer table: the columns beside the data, scores only where they decide', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('shape'), 'customers');
    expect(writes()).toBe(
      'Classify writes the columns R, F, M, RFM code and Tier beside the data, and a summary to a new sheet “Orders · summary”.',
    );
    choose(byTestId('model'), 'value-classes');
    expect(writes()).toBe(
      'Classify writes the column Value class beside the data, and a summary to a new sheet “Orders · summary”.',
    );
  });

  it('names the sheet there is, in the label language', async () => {
    await openSidebar({
      sidebarSurvey: () =>
        orderLog({
          language: 'zh',
          customerSheet: { name: 'Orders · 客户分层', exists: true },
        }),
    });
    expect(writes()).toBe(
      '分层会在数据右侧写入列：客户层级；在工作表“Orders · 客户分层”中为每位客户写一行；并在新工作表“Orders · summary”中写入分层汇总。',
    );
    choose(document.getElementById('option-language') as HTMLSelectElement, 'en');
    expect(writes()).toMatch(/^分层会在数据右侧写入列：Tier；/);
  });
});

describe('Clear that deletes a sheet', () => {
  const classifiedLog = (changes: Partial<SheetSurvey> = {}) =>
    orderLog({
      saved: SAVED,
      classified: true,
      customerSheet: { name: 'Orders · customer tiers', exists: true },
      ...changes,
    });

  it('asks first, naming the sheet; Cancel deletes nothing and goes back to Clear', async () => {
    const fake = await openSidebar({ sidebarSurvey: () => classifiedLog() });
    button('clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Clear also deletes the sheet “Orders · customer tiers”, which holds the customers. Clear it?',
    );
    expect(document.activeElement).toBe(button('cancel-clear'));
    button('cancel-clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
    expect(byTestId('confirm-clear').closest<HTMLElement>('[role="alertdialog"]')?.hidden).toBe(
      true,
    );
    expect(document.activeElement).toBe(button('clear'));
  });

  it('names the summary sheet too, and asks for a customer table’s summary sheet alone', async () => {
    await openSidebar({
      sidebarSurvey: () =>
        classifiedLog({ summarySheet: { name: 'Orders · summary', exists: true } }),
    });
    button('clear').click();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Clear also deletes the sheet “Orders · customer tiers”, which holds the customers, and the summary sheet “Orders · summary” with the hidden history of runs. Clear it?',
    );
    await openSidebar({
      sidebarSurvey: () =>
        classifiedLog({
          customerSheet: { name: 'Orders · customer tiers', exists: false },
          summarySheet: { name: 'Orders · summary', exists: true },
        }),
    });
    button('clear').click();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Clear also deletes the summary sheet “Orders · summary” with the hidden history of runs. Clear it?',
    );
  });

  it('clears once confirmed', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => classifiedLog(),
      sidebarClear: () => CLEARED,
    });
    button('clear').click();
    button('confirm-clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toHaveLength(1);
    expect(byTestId('status').textContent).toBe('Removed 1 column, 1 sheet and 4 colour rules.');
  });

  it('is cancelled by Escape', async () => {
    const fake = await openSidebar({ sidebarSurvey: () => classifiedLog() });
    button('clear').click();
    button('cancel-clear').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }),
    );
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
    expect(document.activeElement).toBe(button('clear'));
  });

  it('asks after a log was classified here; the sheet stays until a Clear', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => TIERS_RESULT,
    });
    button('classify').click();
    await settle();
    button('clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
    button('cancel-clear').click();
    // a customer table's run keeps the customer sheet the log's run made
    choose(byTestId('shape'), 'customers');
    choose(byTestId('role-3'), 'frequency');
    button('classify').click();
    await settle();
    button('clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
  });

  it('asks for a customer table’s summary sheet alone, once a run made it', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ classified: true, saved: { ...SAVED, shape: 'customers' } }),
      sidebarResegment: () => TIERS_RESULT,
      sidebarClear: () => CLEARED,
    });
    button('resegment').click();
    await settle();
    button('clear').click();
    await settle();
    expect(fake.callsOf('sidebarClear')).toEqual([]);
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Clear also deletes the summary sheet “Orders · summary” with the hidden history of runs. Clear it?',
    );
  });

  it('names the sheet itself on an orphan customer sheet', async () => {
    await openSidebar({
      sidebarSurvey: () =>
        classifiedLog({
          sheetName: 'Old · customer tiers',
          customerSheet: { name: 'Old · customer tiers', exists: true },
        }),
    });
    button('clear').click();
    expect(document.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'Clear deletes this sheet, “Old · customer tiers”, which the add-on made. Clear it?',
    );
  });
});
