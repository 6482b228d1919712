// @vitest-environment jsdom
/**
 * This file defines the tests of the preview's drawing: one label and two bars per segment in the
 * legend's order, bars as long as the shares (a sliver at zero), the percentages and a title for
 * screen readers as text, labels that look like markup kept as text, and its states (hidden until
 * there is something to show, marked while a new one is on its way, a failure said).
 */
import { describe, expect, it } from 'vitest';
import type { PreviewResult } from '../../src/addon/sidebar/api';
import { previewSvg, previewView } from '../../ui/preview-view';
import { WORDS } from '../../ui/words';
import { MARKUP_HEADER } from './survey';

const PREVIEW: PreviewResult = {
  customers: 200,
  legend: [
    {
      id: 'a',
      label: 'High value',
      background: '#b7e1cd',
      text: '#0d652d',
      customers: 50,
      revenueShare: 0.7,
    },
    {
      id: 'b',
      label: MARKUP_HEADER,
      background: '#eeeeee',
      text: '#3c4043',
      customers: 150,
      revenueShare: 0.3,
    },
    {
      id: 'c',
      label: 'Churned',
      background: '#f4c7c3',
      text: '#a50e0e',
      customers: 0,
      revenueShare: 0,
    },
  ],
};

const widths = (svg: SVGSVGElement, series: string) =>
  [...svg.querySelectorAll(`rect[data-series="${series}"]`)].map((bar) =>
    Number(bar.getAttribute('width')),
  );

describe('the preview drawing', () => {
  it('has a label per segment, in the legend order, as text', () => {
    const svg = previewSvg(PREVIEW, WORDS.en);
    const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels.filter((text) => !text?.endsWith('%') && !text?.startsWith('share'))).toEqual([
      'High value',
      MARKUP_HEADER,
      'Churned',
    ]);
    expect(svg.querySelector('img')).toBeNull();
  });

  it('draws bars as long as the shares of customers and of revenue, a sliver at zero', () => {
    const svg = previewSvg(PREVIEW, WORDS.en);
    expect(widths(svg, 'customers')).toEqual([42.5, 127.5, 1]);
    expect(widths(svg, 'revenue')).toEqual([119, 51, 1]);
    const bars = svg.querySelectorAll('rect[data-series="customers"]');
    expect(bars[0]?.getAttribute('fill')).toBe('#b7e1cd');
  });

  it('writes the percentages as the legend does, and a title that reads the whole in words', () => {
    const svg = previewSvg(PREVIEW, WORDS.en);
    const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
    // as the legend writes them: no trailing .0
    expect(texts).toContain('25%');
    expect(texts).toContain('70%');
    expect(texts).not.toContain('25.0%');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')?.textContent).toBe(
      `High value: 25% of customers, 70% of revenue; ${MARKUP_HEADER}: 75% of customers, 30% of revenue; Churned: 0% of customers, 0% of revenue`,
    );
  });

  it('reads in Chinese', () => {
    const svg = previewSvg(PREVIEW, WORDS.zh);
    expect(svg.querySelector('title')?.textContent).toContain('High value：占客户 25%，占收入 70%');
    expect([...svg.querySelectorAll('text')].map((text) => text.textContent)).toContain('客户占比');
  });
});

describe('the preview section', () => {
  it('is hidden until shown, marked while stale, and says a failure', () => {
    const view = previewView(WORDS.en);
    expect(view.root.hidden).toBe(true);
    expect(view.root.dataset.testid).toBe('preview');
    view.show(PREVIEW);
    expect(view.root.hidden).toBe(false);
    expect(view.root.textContent).toContain('What Classify would give 200 customers');
    expect(view.root.querySelector('svg')).not.toBeNull();
    view.markStale();
    expect(view.root.getAttribute('aria-busy')).toBe('true');
    view.fail('There are no rows of data below the header row.');
    expect(view.root.getAttribute('aria-busy')).toBeNull();
    expect(view.root.textContent).toContain(
      'No preview: There are no rows of data below the header row.',
    );
    expect(view.root.querySelector('svg')).toBeNull();
    view.clear();
    expect(view.root.hidden).toBe(true);
  });
});
