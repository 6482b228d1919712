// @vitest-environment jsdom
/**
 * This file defines the tests of the built dist/Sidebar.html (the test run's setup builds it):
 * one self-contained page, its script and style inline and nothing loaded from elsewhere, whose
 * script, run in a page with a fake `google.script.run`, shows the sheet's columns.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import type { ScriptRunner } from '../../ui/client';
import { fakeScriptRun } from './fake-script-run';
import { orderLog } from './survey';

// a path, not a URL: under jsdom, `URL` is the page's, which node:fs does not take
const html = readFileSync(fileURLToPath(`${import.meta.url}/../../../dist/Sidebar.html`), 'utf8');
const page = new DOMParser().parseFromString(html, 'text/html');
const script = page.querySelector('script')?.textContent ?? '';
const style = page.querySelector('style')?.textContent ?? '';

describe('dist/Sidebar.html', () => {
  it('is one page with exactly one inline script and one inline style', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.querySelectorAll('script')).toHaveLength(1);
    expect(page.querySelectorAll('style')).toHaveLength(1);
    expect(script.length).toBeGreaterThan(1000);
    expect(style).toContain('#1a73e8');
  });

  it('loads nothing from elsewhere: no src, href, link, import or URL', () => {
    expect(page.querySelectorAll('[src], [href], link, iframe, object')).toHaveLength(0);
    expect(style).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//i);
  });

  it('holds a script that parses as ES2020 and the whole of it inside its element', () => {
    expect(() => parse(script, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });
});

describe('dist/Sidebar.html run in a page', () => {
  it('surveys the sheet through google.script.run and shows its columns in the style', async () => {
    const fake = fakeScriptRun({
      sidebarSurvey: () => orderLog(),
      sidebarActiveSheetId: () => 101,
    });
    // The page's scripts run in jsdom's own window, which vitest's globals only mirror.
    const { jsdom } = globalThis as unknown as {
      jsdom: { window: { google: { script: { run: ScriptRunner } } } };
    };
    jsdom.window.google = { script: { run: fake.runner } };
    document.head.replaceChildren(
      Object.assign(document.createElement('style'), { textContent: style }),
    );
    document.body.replaceChildren(
      Object.assign(document.createElement('script'), { textContent: script }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.callsOf('sidebarSurvey')).toHaveLength(1);
    expect(document.querySelectorAll('[data-testid^="role-"]')).toHaveLength(5);
    const classify = document.querySelector('[data-testid="classify"]') as HTMLElement;
    expect(getComputedStyle(classify).backgroundColor).toBe('rgb(26, 115, 232)');
    expect(getComputedStyle(document.body).fontFamily).toBe('Arial, sans-serif');
  });
});
