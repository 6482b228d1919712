// @vitest-environment jsdom
/**
 * This file defines the tests of the automatic refresh's switch: it shows this user's state as
 * the server says it, with the line saying who it runs as, in both languages; a click turns it
 * on or off on the server, the box disabled until the answer; a refusal puts it back and shows
 * the server's message; a server that cannot say leaves no switch.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serverFailure } from './fake-script-run';
import { byTestId, openSidebar, settle } from './sidebar-dom';
import { orderLog } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const box = () => byTestId<HTMLInputElement>('auto-refresh');
const section = () => box().closest<HTMLElement>('.block') as HTMLElement;

describe('the automatic refresh switch', () => {
  it('shows the state, and says it runs as the user who switches it on', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarAutoRefresh: () => ({ on: true }),
    });
    expect(section().hidden).toBe(false);
    expect(box().checked).toBe(true);
    expect(box().disabled).toBe(false);
    expect(section().textContent).toBe(
      'Re-segment when the spreadsheet opens' +
        'Runs as you, the one who switches it on, whoever opens the file; the summary sheet says how it went.',
    );
    expect(document.querySelector('label[for="auto-refresh"]')?.textContent).toBe(
      'Re-segment when the spreadsheet opens',
    );
  });

  it('is in Chinese for a Chinese spreadsheet', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog({ language: 'zh' }),
      sidebarAutoRefresh: () => ({ on: false }),
    });
    expect(section().textContent).toBe(
      '打开表格时自动重新分层无论谁打开表格，都以开启此项的用户（你）的身份运行；结果记在汇总表上。',
    );
  });

  it('turns the refresh on and off on the server, disabled while it answers', async () => {
    let on = false;
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarAutoRefresh: () => ({ on }),
      sidebarSetAutoRefresh: (wanted) => {
        on = wanted;
        return { on };
      },
    });
    box().click();
    expect(box().disabled).toBe(true);
    await settle();
    expect([box().checked, box().disabled, on]).toEqual([true, false, true]);
    box().click();
    await settle();
    expect([box().checked, on]).toEqual([false, false]);
    expect(fake.callsOf('sidebarSetAutoRefresh')).toEqual([[true], [false]]);
  });

  it('goes back and shows the message when the server refuses', async () => {
    await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarAutoRefresh: () => ({ on: false }),
      sidebarSetAutoRefresh: () => {
        throw serverFailure({ message: 'Authorization is required.', remap: false });
      },
    });
    box().click();
    await settle();
    expect([box().checked, box().disabled]).toEqual([false, false]);
    expect(byTestId('status').textContent).toBe('Authorization is required.');
  });

  it('stays hidden when the server cannot say', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(section().hidden).toBe(true);
  });
});
