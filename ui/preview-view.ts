/**
 * This file defines the preview: before anything is written, each segment of the chosen model as
 * Classify would make it, drawn as a small inline SVG of two bars per segment (its share of the
 * customers, and of the revenue) with the figures as text. Labels are text nodes, never markup.
 */
import type { PreviewResult } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface PreviewView {
  readonly root: HTMLElement;
  readonly show: (preview: PreviewResult) => void;
  /** A new preview is on its way: the one shown no longer matches the settings. */
  readonly markStale: () => void;
  readonly fail: (message: string) => void;
  /** Nothing to preview (the settings are incomplete). */
  readonly clear: () => void;
}

/**
 * SVG's namespace, as the HTML parser gives an `<svg>` element: taken from the page rather than
 * written here, so the sidebar holds no address at all (its tests check that it loads nothing).
 */
function svgNamespace(): string {
  if (namespace === undefined) {
    const holder = document.createElement('div');
    holder.innerHTML = '<svg></svg>';
    namespace = holder.firstElementChild?.namespaceURI ?? '';
  }
  return namespace;
}
let namespace: string | undefined;
/** The drawing's width in its own units; it scales to the sidebar's width. */
const WIDTH = 260;
const BAR_WIDTH = 170;
const ROW_HEIGHT = 40;
const BAR_HEIGHT = 8;

export function previewView(words: Words): PreviewView {
  const heading = element('h2', { id: 'preview-heading', textContent: words.previewHeading });
  const note = element('p', { className: 'secondary' });
  const chart = element('div');
  const root = withTestId(
    element('section', { className: 'block' }, heading, note, chart),
    'preview',
  );
  root.setAttribute('aria-labelledby', heading.id);
  root.hidden = true;
  return {
    root,
    show: (preview) => {
      root.hidden = false;
      root.removeAttribute('aria-busy');
      note.textContent = words.previewNote(preview.customers);
      chart.style.opacity = '';
      chart.replaceChildren(previewSvg(preview, words));
    },
    markStale: () => {
      root.setAttribute('aria-busy', 'true');
      chart.style.opacity = '0.5';
    },
    fail: (message) => {
      root.hidden = false;
      root.removeAttribute('aria-busy');
      note.textContent = words.previewUnavailable(message);
      chart.style.opacity = '';
      chart.replaceChildren();
    },
    clear: () => {
      root.hidden = true;
      root.removeAttribute('aria-busy');
      chart.style.opacity = '';
      chart.replaceChildren();
    },
  };
}

/** The drawing: a key, then per segment its label and two bars with their percentages. */
export function previewSvg(preview: PreviewResult, words: Words): SVGSVGElement {
  const total = Math.max(1, preview.customers);
  const height = 20 + ROW_HEIGHT * preview.legend.length;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: '100%',
    role: 'img',
  });
  const title = svgElement('title', {});
  title.textContent = preview.legend
    .map((entry) => words.previewEntry(entry.label, entry.customers / total, entry.revenueShare))
    .join('; ');
  svg.append(title);
  svg.append(
    keyItem(0, '#9aa0a6', words.previewCustomers),
    keyItem(WIDTH / 2, '#3c4043', words.previewRevenue),
  );
  preview.legend.forEach((entry, i) => {
    const top = 20 + i * ROW_HEIGHT;
    const customerShare = entry.customers / total;
    const label = svgElement('text', { x: '0', y: String(top + 10), 'font-size': '11' });
    label.textContent = entry.label;
    svg.append(
      label,
      bar(top + 14, customerShare, entry.background, entry.text, 'customers'),
      share(top + 21, customerShare, words),
      bar(top + 25, entry.revenueShare, entry.text, entry.text, 'revenue'),
      share(top + 32, entry.revenueShare, words),
    );
  });
  return svg;
}

function bar(y: number, fraction: number, fill: string, stroke: string, series: string) {
  return svgElement('rect', {
    x: '0',
    y: String(y),
    // a sliver even at 0, so every segment shows where its bar would be
    width: String(Math.round(Math.max(1, fraction * BAR_WIDTH) * 100) / 100),
    height: String(BAR_HEIGHT),
    fill,
    stroke,
    'stroke-width': '0.5',
    'data-series': series,
  });
}

/** A bar's share, written as the legend writes it. */
function share(y: number, fraction: number, words: Words) {
  const text = svgElement('text', { x: String(BAR_WIDTH + 6), y: String(y), 'font-size': '10' });
  text.textContent = words.percent(fraction);
  return text;
}

function keyItem(x: number, fill: string, text: string) {
  const group = svgElement('g', {});
  const caption = svgElement('text', { x: String(x + 14), y: '10', 'font-size': '10' });
  caption.textContent = text;
  group.append(
    svgElement('rect', { x: String(x), y: '2', width: '10', height: '8', fill }),
    caption,
  );
  return group;
}

function svgElement<Tag extends keyof SVGElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string>>,
): SVGElementTagNameMap[Tag] {
  const made = document.createElementNS(svgNamespace(), tag) as SVGElementTagNameMap[Tag];
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}
