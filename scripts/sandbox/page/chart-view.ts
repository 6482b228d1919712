/**
 * This file defines how the sandbox draws a sheet's embedded charts: each as an SVG of grouped
 * columns (`data-testid="chart"`), one group per category and one column per series, or of lines
 * for a line chart (a polyline per series, `data-series` its name), with its
 * title, a value axis (in percent when the chart's spec says so) and a legend. Text is set as
 * text, never as markup.
 */
import type { ChartView } from '../contract';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 520;
const HEIGHT = 280;
const PLOT = { left: 48, right: 12, top: 40, bottom: 64 } as const;
/** A legend entry's width, and a legend line's height, in the picture's units. */
const LEGEND_ENTRY = 150;
const LEGEND_LINE = 16;

export function showCharts(panel: HTMLElement, charts: readonly ChartView[]): void {
  panel.hidden = charts.length === 0;
  panel.replaceChildren(...charts.map(chartSvg));
}

function chartSvg(chart: ChartView): SVGSVGElement {
  const svg = svgElement('svg', {
    width: WIDTH,
    height: HEIGHT,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'data-testid': 'chart',
    'data-kind': chart.kind,
    'aria-label': chart.title,
  });
  svg.append(text(chart.title, { x: WIDTH / 2, y: 20, 'text-anchor': 'middle', class: 'title' }));
  const values = chart.series.flatMap((series) => series.values);
  const top = niceTop(Math.max(0, ...values));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const y = (value: number) => PLOT.top + plotHeight * (1 - value / top);
  for (let step = 0; step <= 4; step++) {
    const value = (top * step) / 4;
    svg.append(
      svgElement('line', {
        x1: PLOT.left,
        x2: WIDTH - PLOT.right,
        y1: y(value),
        y2: y(value),
        class: 'gridline',
      }),
      text(chart.percent ? `${Math.round(value * 100)}%` : String(Number(value.toPrecision(3))), {
        x: PLOT.left - 4,
        y: y(value) + 4,
        'text-anchor': 'end',
      }),
    );
  }
  const group = plotWidth / Math.max(1, chart.categories.length);
  const bar = (group * 0.8) / Math.max(1, chart.series.length);
  if (chart.kind === 'LINE') svg.append(...lines(chart, group, y));
  chart.categories.forEach((category, c) => {
    const left = PLOT.left + group * c + group * 0.1;
    if (chart.kind !== 'LINE')
      chart.series.forEach((series, s) => {
        const value = Math.max(0, series.values[c] ?? 0);
        const column = svgElement('rect', {
          x: left + bar * s,
          y: y(value),
          width: Math.max(1, bar - 1),
          height: PLOT.top + plotHeight - y(value),
          fill: series.colour,
          'data-series': series.name,
          'data-category': category,
        });
        column.append(svgElement('title', {}, `${category} · ${series.name}: ${value}`));
        svg.append(column);
      });
    svg.append(
      text(category, {
        x: left + group * 0.4,
        y: PLOT.top + plotHeight + 14,
        'text-anchor': 'middle',
        class: 'category',
      }),
    );
  });
  // the legend under the plot, as many entries a line as fit, the picture taller for more lines
  const perLine = Math.max(1, Math.floor((WIDTH - PLOT.left) / LEGEND_ENTRY));
  chart.series.forEach((series, s) => {
    const x = PLOT.left + (s % perLine) * LEGEND_ENTRY;
    const bottom = HEIGHT + Math.floor(s / perLine) * LEGEND_LINE;
    svg.append(
      svgElement('rect', { x, y: bottom - 22, width: 10, height: 10, fill: series.colour }),
      text(series.name, { x: x + 14, y: bottom - 13, class: 'legend' }),
    );
  });
  const height = HEIGHT + (Math.ceil(chart.series.length / perLine) - 1) * LEGEND_LINE;
  if (height > HEIGHT) {
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  }
  return svg;
}

/** A line chart's series: a line through each category's value, a dot on each (one run alone). */
function lines(chart: ChartView, group: number, y: (value: number) => number): SVGElement[] {
  const x = (c: number) => PLOT.left + group * c + group / 2;
  return chart.series.flatMap((series) => {
    const points = chart.categories.map((_, c) => [x(c), y(Math.max(0, series.values[c] ?? 0))]);
    const line = svgElement('polyline', {
      points: points.map((point) => point.join(',')).join(' '),
      fill: 'none',
      stroke: series.colour,
      'stroke-width': 2,
      'data-series': series.name,
    });
    const dots = points.map(([cx = 0, cy = 0], c) => {
      const dot = svgElement('circle', { cx, cy, r: 3, fill: series.colour });
      dot.append(
        svgElement('title', {}, `${chart.categories[c]} · ${series.name}: ${series.values[c]}`),
      );
      return dot;
    });
    return [line, ...dots];
  });
}

/** The axis' top: the largest value rounded up to 1, 2 or 5 times a power of ten. */
function niceTop(largest: number): number {
  if (largest <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 5, 10].find((multiple) => multiple * power >= largest) ?? 10;
  return step * power;
}

function text(content: string, attributes: Record<string, string | number>): SVGTextElement {
  return svgElement('text', attributes, content);
}

function svgElement<Name extends keyof SVGElementTagNameMap>(
  name: Name,
  attributes: Record<string, string | number>,
  content?: string,
): SVGElementTagNameMap[Name] {
  const made = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) made.setAttribute(key, String(value));
  if (content !== undefined) made.textContent = content;
  return made;
}
