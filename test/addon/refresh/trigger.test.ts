/**
 * This file defines the tests of the automatic refresh's switch on the fake ScriptApp: turning it
 * on installs one on-open trigger for this spreadsheet and turning it off removes it, both as
 * often as the user likes; each user has their own, and sees only their own.
 */
import { describe, expect, it } from 'vitest';
import {
  AUTO_REFRESH_HANDLER,
  autoRefreshOn,
  installAutoRefresh,
  removeAutoRefresh,
} from '../../../src/addon/refresh/trigger';
import { sidebarAutoRefresh, sidebarSetAutoRefresh } from '../../../src/addon/sidebar/endpoints';
import { activeSpreadsheet, useWorkbooks } from '../../helpers/spreadsheet';

const open = useWorkbooks();

describe('the automatic refresh trigger', () => {
  it('is installed once, as an on-open trigger of this spreadsheet, however often it is turned on', () => {
    const fake = open([{ name: 'Orders' }]);
    expect(autoRefreshOn(activeSpreadsheet())).toBe(false);
    installAutoRefresh(activeSpreadsheet());
    // a second create() would throw: an add-on keeps one trigger of a type per user per document
    installAutoRefresh(activeSpreadsheet());
    expect(fake.triggers).toEqual([
      {
        uniqueId: '1',
        handler: AUTO_REFRESH_HANDLER,
        eventType: 'ON_OPEN',
        spreadsheetId: activeSpreadsheet().getId(),
        owner: 'me@example.com',
      },
    ]);
    expect(autoRefreshOn(activeSpreadsheet())).toBe(true);
  });

  it('is removed, and removing it again does nothing', () => {
    const fake = open([{ name: 'Orders' }]);
    installAutoRefresh(activeSpreadsheet());
    removeAutoRefresh(activeSpreadsheet());
    removeAutoRefresh(activeSpreadsheet());
    expect(fake.triggers).toEqual([]);
    expect(autoRefreshOn(activeSpreadsheet())).toBe(false);
  });

  it("is each user's own: a colleague sees it off, installs their own, and removes only theirs", () => {
    const fake = open([{ name: 'Orders' }]);
    installAutoRefresh(activeSpreadsheet());
    fake.actAs('colleague@example.com');
    expect(autoRefreshOn(activeSpreadsheet())).toBe(false);
    installAutoRefresh(activeSpreadsheet());
    removeAutoRefresh(activeSpreadsheet());
    expect(fake.triggers.map((trigger) => trigger.owner)).toEqual(['me@example.com']);
  });

  it('leaves the triggers of other handlers alone', () => {
    const fake = open([{ name: 'Orders' }]);
    ScriptApp.newTrigger('somethingElse').forSpreadsheet(activeSpreadsheet()).onOpen().create();
    expect(autoRefreshOn(activeSpreadsheet())).toBe(false);
    removeAutoRefresh(activeSpreadsheet());
    expect(fake.triggers.map((trigger) => trigger.handler)).toEqual(['somethingElse']);
  });
});

describe("the sidebar's switch", () => {
  it('reports the state, turns the refresh on and off, and is idempotent', () => {
    const fake = open([{ name: 'Orders' }]);
    expect(sidebarAutoRefresh()).toEqual({ ok: true, value: { on: false } });
    expect(sidebarSetAutoRefresh(true)).toEqual({ ok: true, value: { on: true } });
    expect(sidebarSetAutoRefresh(true)).toEqual({ ok: true, value: { on: true } });
    expect(fake.triggers).toHaveLength(1);
    expect(sidebarAutoRefresh()).toEqual({ ok: true, value: { on: true } });
    expect(sidebarSetAutoRefresh(false)).toEqual({ ok: true, value: { on: false } });
    expect(fake.triggers).toEqual([]);
  });

  it('refuses anything but true or false, changing nothing', () => {
    const fake = open([{ name: 'Orders' }]);
    sidebarSetAutoRefresh(true);
    const refused = sidebarSetAutoRefresh('no' as unknown as boolean);
    expect(refused.ok).toBe(false);
    expect(fake.triggers).toHaveLength(1);
  });

  it('returns what ScriptApp refused as a message, not an exception', () => {
    open([{ name: 'Orders' }]);
    // another handler's trigger of the same type uses up the one this user may have here
    ScriptApp.newTrigger('somethingElse').forSpreadsheet(activeSpreadsheet()).onOpen().create();
    const refused = sidebarSetAutoRefresh(true);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toContain('already has a trigger of type ON_OPEN');
  });
});
