/**
 * This file defines the tests of the fake ScriptApp: triggers per user and per spreadsheet, one
 * of each type per user per document as an add-on has them, each user seeing and deleting only
 * their own, and an opening that runs every on-open trigger as the user who created it.
 */
import { describe, expect, it } from 'vitest';
import { fakeWorkbook } from '../../../dev/spreadsheet-fake/workbook';

describe('the fake ScriptApp', () => {
  it('creates an on-open trigger of the spreadsheet, by the object or by its id', () => {
    const fake = fakeWorkbook({ id: 'sheet-1' });
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    const trigger = fake.ScriptApp.newTrigger('run').forSpreadsheet(spreadsheet).onOpen().create();
    expect(trigger.getHandlerFunction()).toBe('run');
    expect(trigger.getEventType()).toBe(fake.ScriptApp.EventType.ON_OPEN);
    expect(trigger.getTriggerSource()).toBe(fake.ScriptApp.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe('sheet-1');
    fake.actAs('other@example.com');
    fake.ScriptApp.newTrigger('run').forSpreadsheet('sheet-1').onOpen().create();
    expect(fake.triggers.map(({ owner }) => owner)).toEqual([
      'me@example.com',
      'other@example.com',
    ]);
    expect(fake.calls['SpreadsheetTriggerBuilder.create']).toBe(2);
  });

  it('refuses a second trigger of a type for the same user, one of no type, one of another file', () => {
    const fake = fakeWorkbook();
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    const builder = () => fake.ScriptApp.newTrigger('run').forSpreadsheet(spreadsheet);
    expect(() => builder().create()).toThrow('The trigger has no event type.');
    builder().onOpen().create();
    expect(() => builder().onOpen().create()).toThrow(
      'This add-on already has a trigger of type ON_OPEN in this document for this user.',
    );
    expect(() =>
      fake.ScriptApp.newTrigger('run').forSpreadsheet('elsewhere').onOpen().create(),
    ).toThrow('Add-ons can only create triggers for the file they run in.');
    expect(fake.triggers).toHaveLength(1);
  });

  it('shows each user their own triggers only, and lets them delete only those', () => {
    const fake = fakeWorkbook();
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    const mine = fake.ScriptApp.newTrigger('run').forSpreadsheet(spreadsheet).onOpen().create();
    fake.actAs('other@example.com');
    expect(fake.ScriptApp.getUserTriggers(spreadsheet)).toEqual([]);
    expect(fake.ScriptApp.getProjectTriggers()).toEqual([]);
    expect(() => fake.ScriptApp.deleteTrigger(mine)).toThrow('No such trigger for this user.');
    fake.actAs('me@example.com');
    expect(fake.ScriptApp.getUserTriggers(spreadsheet).map((t) => t.getUniqueId())).toEqual([
      mine.getUniqueId(),
    ]);
    fake.ScriptApp.deleteTrigger(mine);
    expect(fake.triggers).toEqual([]);
  });

  it('runs every on-open trigger on opening, each as its creator, then is the opener again', () => {
    const fake = fakeWorkbook();
    const spreadsheet = fake.SpreadsheetApp.getActiveSpreadsheet();
    fake.ScriptApp.newTrigger('first').forSpreadsheet(spreadsheet).onOpen().create();
    fake.actAs('other@example.com');
    fake.ScriptApp.newTrigger('second').forSpreadsheet(spreadsheet).onOpen().create();
    fake.actAs('opener@example.com');
    const runs = fake.fireOpenTriggers((handler, event) => ({
      handler,
      source: event.source.getId(),
      authMode: String(event.authMode),
      sees: fake.ScriptApp.getUserTriggers(spreadsheet).map((t) => t.getHandlerFunction()),
    }));
    expect(runs).toEqual([
      { handler: 'first', source: spreadsheet.getId(), authMode: 'FULL', sees: ['first'] },
      { handler: 'second', source: spreadsheet.getId(), authMode: 'FULL', sees: ['second'] },
    ]);
    expect(fake.ScriptApp.getUserTriggers(spreadsheet)).toEqual([]);
  });
});
