import { describe, expect, it } from 'vitest';
import { fakeWorkbook, installSpreadsheetApp } from '../../../dev/spreadsheet-fake/workbook';

describe('PropertiesService', () => {
  it('keeps document and user properties apart, as strings', () => {
    const fake = fakeWorkbook();
    const document = fake.PropertiesService.getDocumentProperties();
    document.setProperty('settings:0', '{"model":"rfm"}').setProperties({ a: '1', b: '2' });
    fake.PropertiesService.getUserProperties().setProperty('language', 'zh');
    expect(document.getProperty('settings:0')).toBe('{"model":"rfm"}');
    expect(document.getProperty('language')).toBeNull();
    expect(document.getKeys()).toEqual(['settings:0', 'a', 'b']);
    document.setProperties({ c: 3 as unknown as string }, true);
    expect(fake.PropertiesService.getDocumentProperties().getProperties()).toEqual({ c: '3' });
    document.deleteProperty('c');
    expect(document.getProperties()).toEqual({});
    expect(fake.properties.user.get('language')).toBe('zh');
  });

  it('refuses a value over the 9 KB quota, counted in UTF-8 bytes, and keeps the old one', () => {
    const document = fakeWorkbook().PropertiesService.getDocumentProperties();
    document.setProperty('k', 'x'.repeat(9 * 1024));
    expect(() => document.setProperty('k', '分'.repeat(3073))).toThrow('Argument too large: value');
    expect(document.getProperty('k')).toHaveLength(9 * 1024);
  });
});

describe('LockService', () => {
  it('gives the document lock to the first who asks, until released', () => {
    const fake = fakeWorkbook();
    const mine = fake.LockService.getDocumentLock();
    expect(mine.hasLock()).toBe(false);
    expect(mine.tryLock(0)).toBe(true);
    expect(mine.hasLock()).toBe(true);
    const other = fake.LockService.getDocumentLock();
    expect(other.tryLock(10_000)).toBe(false);
    mine.releaseLock();
    expect(other.tryLock(0)).toBe(true);
  });

  it('gets a lock held elsewhere once the time waited covers its release, else times out', () => {
    const fake = fakeWorkbook();
    fake.holdLockElsewhere(5_000);
    const lock = fake.LockService.getDocumentLock();
    expect(lock.tryLock(1_000)).toBe(false);
    expect(() => lock.waitLock(3_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(1_000);
    expect(lock.hasLock()).toBe(true);
  });

  it('held elsewhere for good is never had', () => {
    const fake = fakeWorkbook();
    fake.holdLockElsewhere();
    expect(fake.LockService.getDocumentLock().tryLock(30_000)).toBe(false);
  });

  it('is released when the execution ends', () => {
    const fake = fakeWorkbook();
    fake.LockService.getDocumentLock().waitLock(0);
    fake.endExecution();
    expect(fake.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });
});

describe('HtmlService and Ui', () => {
  it('shows a sidebar from a project HTML file with its title, and records alerts', () => {
    const fake = fakeWorkbook({ files: { Sidebar: '<main>Customer Tiers</main>' } });
    const ui = fake.SpreadsheetApp.getUi();
    ui.showSidebar(fake.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Customer Tiers'));
    expect(fake.sidebars).toEqual([
      { title: 'Customer Tiers', html: '<main>Customer Tiers</main>' },
    ]);
    expect(() => fake.HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    fake.alertAnswers.push('NO');
    expect(ui.alert('Clear', 'Remove the results?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Done')).toBe(ui.Button.OK);
    expect(fake.alerts).toEqual([
      { title: 'Clear', prompt: 'Remove the results?', buttons: 'YES_NO' },
      { title: '', prompt: 'Done', buttons: 'OK' },
    ]);
  });
});

describe('the fakes as services', () => {
  it('are installed as globals for unit tests, and removed again', () => {
    const scope = globalThis as { LockService?: unknown; PropertiesService?: unknown };
    const fake = installSpreadsheetApp({ locale: 'en_GB' });
    expect(scope.LockService).toBe(fake.LockService);
    expect(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('en_GB');
    fake.uninstall();
    expect([scope.LockService, scope.PropertiesService]).toEqual([undefined, undefined]);
    expect('SpreadsheetApp' in globalThis).toBe(false);
  });

  it('throw on a method they do not model, naming it', () => {
    const sheet = fakeWorkbook().SpreadsheetApp.getActiveSheet();
    expect(() => sheet.getRange('A1').merge()).toThrow('fake Range.merge is not implemented');
    expect(() => sheet.setTabColor('red')).toThrow('fake Sheet.setTabColor is not implemented');
    expect(String(sheet)).toBe('Sheet');
  });

  it('count each call per Service.method, resettable, and not the fakes’ own calls', () => {
    const fake = fakeWorkbook({ sheets: [{ name: 'A', values: [[1]] }] });
    const sheet = fake.SpreadsheetApp.getActiveSheet();
    sheet.getRange('A1:A2').getValues();
    sheet.getDataRange().getValues();
    expect(fake.calls).toEqual({
      'SpreadsheetApp.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Sheet.getDataRange': 1,
      'Range.getValues': 2,
    });
    fake.resetCalls();
    expect(fake.calls).toEqual({});
  });

  it('let a test show that a run makes as many calls for 10,000 rows as for 1,000', () => {
    const callsFor = (rows: number) => {
      const values = Array.from({ length: rows }, (_, r) => [`C${r}`, r]);
      const fake = fakeWorkbook({ sheets: [{ name: 'Orders', values }] });
      const sheet = fake.SpreadsheetApp.getActiveSheet();
      // a run as the sidebar makes it: one read, one write per block of result columns
      const read = sheet.getDataRange().getValues();
      sheet.insertColumnsAfter(2, 1);
      sheet
        .getRange(1, 3, read.length, 1)
        .setValues(read.map(([customer]) => [`tier of ${customer}`]));
      return fake.calls;
    };
    expect(callsFor(10_000)).toEqual(callsFor(1_000));
  });
});
