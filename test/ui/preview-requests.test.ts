// @vitest-environment jsdom
/**
 * This file defines the tests of when the preview asks the server: once after the settings stop
 * changing, never two calls at a time, only the latest settings' answer shown (an older answer,
 * or one overtaken by a run, dropped), and nothing asked for incomplete settings.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ClassifyRequest, PreviewResult } from '../../src/addon/sidebar/api';
import { PREVIEW_DELAY_MS, previewRequests } from '../../ui/preview-requests';
import type { PreviewView } from '../../ui/preview-view';
import { byTestId, choose, openSidebar } from './sidebar-dom';
import { orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const request = (layout: string): ClassifyRequest => ({ sheetId: 1, layout, settings: SAVED });
const answer = (customers: number): PreviewResult => ({ customers, legend: [] });

/** A server whose answers the test gives, one per call, in order. */
function heldServer() {
  const calls: {
    request: ClassifyRequest;
    resolve: (preview: PreviewResult) => void;
    reject: (error: Error) => void;
  }[] = [];
  const fetchPreview = (sent: ClassifyRequest) =>
    new Promise<PreviewResult>((resolve, reject) => calls.push({ request: sent, resolve, reject }));
  return { calls, fetchPreview };
}

function recordingView() {
  const shown: string[] = [];
  const view: PreviewView = {
    root: document.createElement('section'),
    show: (preview) => shown.push(`show ${preview.customers}`),
    markStale: () => shown.push('stale'),
    fail: (message) => shown.push(`fail ${message}`),
    clear: () => shown.push('clear'),
  };
  return { shown, view };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('the preview requests', () => {
  it('ask once, after the settings stop changing', async () => {
    const server = heldServer();
    const { shown, view } = recordingView();
    const previews = previewRequests(server.fetchPreview, view, String);
    previews.schedule(request('a'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS - 1);
    previews.schedule(request('b'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(server.calls.map((call) => call.request.layout)).toEqual(['b']);
    server.calls[0]?.resolve(answer(7));
    await flush();
    expect(shown).toEqual(['stale', 'stale', 'show 7']);
  });

  it('never send a second call while one is on its way, and show only the latest answer', async () => {
    const server = heldServer();
    const { shown, view } = recordingView();
    const previews = previewRequests(server.fetchPreview, view, String);
    previews.schedule(request('a'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    previews.schedule(request('b'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    previews.schedule(request('c'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    expect(server.calls).toHaveLength(1);
    server.calls[0]?.resolve(answer(1));
    await flush();
    // the answer to "a" is dropped; "c", the latest, is sent next, and "b" never
    expect(server.calls.map((call) => call.request.layout)).toEqual(['a', 'c']);
    server.calls[1]?.resolve(answer(3));
    await flush();
    expect(shown.filter((step) => step !== 'stale')).toEqual(['show 3']);
  });

  it('drop an answer overtaken by a run, and a failure too', async () => {
    const server = heldServer();
    const { shown, view } = recordingView();
    const previews = previewRequests(
      server.fetchPreview,
      view,
      (error) => (error as Error).message,
    );
    previews.schedule(request('a'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    previews.cancel();
    server.calls[0]?.resolve(answer(9));
    await flush();
    previews.schedule(request('b'));
    vi.advanceTimersByTime(PREVIEW_DELAY_MS);
    server.calls[1]?.reject(new Error('The sheet is empty.'));
    await flush();
    expect(shown).toEqual(['stale', 'stale', 'fail The sheet is empty.']);
  });

  it('ask nothing for incomplete settings, and clear the preview', () => {
    const server = heldServer();
    const { shown, view } = recordingView();
    const previews = previewRequests(server.fetchPreview, view, String);
    previews.schedule(null);
    vi.advanceTimersByTime(10 * PREVIEW_DELAY_MS);
    expect(server.calls).toEqual([]);
    expect(shown).toEqual(['clear']);
  });
});

describe('the preview in the sidebar', () => {
  const PREVIEW: PreviewResult = {
    customers: 3,
    legend: [
      {
        id: 'r',
        label: 'Regular',
        background: '#eee',
        text: '#333',
        customers: 3,
        revenueShare: 1,
      },
    ],
  };

  it('is asked for the settings shown once they settle, and again when the model changes', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarPreview: () => PREVIEW,
    });
    expect(fake.callsOf('sidebarPreview')).toEqual([]);
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(fake.callsOf('sidebarPreview')).toHaveLength(1);
    expect(byTestId('preview').hidden).toBe(false);
    choose(byTestId<HTMLSelectElement>('model'), 'abc');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    const [, second] = fake.callsOf('sidebarPreview');
    expect((second?.[0] as ClassifyRequest | undefined)?.settings.model).toBe('abc');
  });

  it('is asked again when the user comes back to the sidebar, who may have edited the sheet', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarPreview: () => PREVIEW,
    });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(fake.callsOf('sidebarPreview')).toHaveLength(1);
    window.dispatchEvent(new FocusEvent('focus'));
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    expect(fake.callsOf('sidebarPreview')).toHaveLength(2);
  });

  it('is not asked on coming back to a classified sheet, whose legend holds the counts', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, lastRun: TIERS_RESULT }),
      sidebarPreview: () => PREVIEW,
    });
    window.dispatchEvent(new FocusEvent('focus'));
    await vi.advanceTimersByTimeAsync(10 * PREVIEW_DELAY_MS);
    expect(fake.callsOf('sidebarPreview')).toEqual([]);
  });

  it('is asked again when an option changes, with the option as changed', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarPreview: () => PREVIEW,
    });
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    const churnDays = document.getElementById('option-churnDays') as HTMLInputElement;
    choose(churnDays, '90');
    await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
    const [, second] = fake.callsOf('sidebarPreview');
    expect((second?.[0] as ClassifyRequest | undefined)?.settings.options.churnDays).toBe(90);
  });

  it('is not asked for on a classified sheet, whose legend holds the counts, nor shown after a run', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog({ saved: SAVED, classified: true, lastRun: TIERS_RESULT }),
      sidebarPreview: () => PREVIEW,
    });
    await vi.advanceTimersByTimeAsync(10 * PREVIEW_DELAY_MS);
    expect(fake.callsOf('sidebarPreview')).toEqual([]);
    expect(byTestId('preview').hidden).toBe(true);
  });
});
