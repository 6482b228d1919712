/**
 * This file defines what the summary sheet holds, as cells, before anything is written: a title,
 * the run's facts (source sheet, model, options, as-of date, when it ran, customers, rows
 * skipped), then one row per segment in the model's order and colours — customers, share of
 * customers, revenue, share of revenue, mean recency, frequency and money, all from the run's
 * `Segmentation`, so they equal the custom functions' counts and sums — and the playbook, which
 * keeps the text a user wrote in place of the add-on's.
 */
import type { ClassScheme } from '../../core/class-scheme';
import { type ClassTotal, classMeans, type MeasuresForMeans } from '../../core/class-totals';
import type { Language } from '../../core/labels';
import type { ModelId, SidebarModelId } from '../../core/model-ids';
import { OPTION_IDS, OPTIONS } from '../../core/option-registry';
import { playbook } from '../../core/playbook';
import { SUMMARY_LABELS as WORDS } from '../../core/summary-labels';
import type { ClassifySettings } from './api';
import type { GroupBreakdown } from './summary-breakdowns';

export interface SummaryRun {
  readonly sourceName: string;
  readonly settings: ClassifySettings;
  /** The labels' language, which the summary is written in. */
  readonly language: Language;
  /** The run's classes with their labels and colours (a clustering's are its own). */
  readonly scheme: ClassScheme;
  /** Each customer's class ('' where the model gave none) and measures. */
  readonly classes: readonly string[];
  readonly measures: MeasuresForMeans;
  /** The classes' totals, as the legend shows them. */
  readonly totals: readonly ClassTotal[];
  readonly customers: number;
  readonly rowsSkipped: number;
  readonly ranAt: Date;
  /** Each group-by column's segment × group breakdown. */
  readonly breakdowns: readonly GroupBreakdown[];
}

/** The cells of the summary, one block from A1, with where its segment table is. */
export interface SummaryContent {
  readonly model: SidebarModelId;
  readonly language: Language;
  readonly values: unknown[][];
  readonly numberFormats: string[][];
  readonly fontWeights: ('bold' | 'normal')[][];
  readonly backgrounds: string[][];
  readonly fontColors: string[][];
  /** 1-based row of the segment table's headings; its segments follow, one per row. */
  readonly tableRow: number;
  readonly segments: readonly string[];
  /** The playbook text the add-on wrote per segment (not the user's kept in its place). */
  readonly written: Readonly<Record<string, string>>;
}

export const WIDTH = 9;
/** 0-based columns of the segment table: its label, its shares (charted) and the playbook. */
export const COLUMNS = { segment: 0, customerShare: 2, revenueShare: 4, playbook: 8 } as const;
const TEXT = '@';
const PERCENT = '0.0%';
const MONEY = '#,##0.00';
const COUNT = '#,##0';
const MEAN = '#,##0.0';
const WHEN = 'yyyy-mm-dd hh:mm';
const WHITE = '#ffffff';
const BLACK = '#000000';

/**
 * @param kept the user's own playbook text by segment, kept in place of the add-on's
 */
export function summaryContent(run: SummaryRun, kept: ReadonlyMap<string, string>): SummaryContent {
  const { settings, language, scheme } = run;
  const word = (key: keyof typeof WORDS) => WORDS[key][language];
  const facts: [string, unknown, string][] = [
    [word('source'), run.sourceName, TEXT],
    [word('model'), scheme.name[language], TEXT],
    [word('options'), optionsText(settings, language), TEXT],
    [word('asOf'), settings.options.asOf ?? word('latestPurchase'), TEXT],
    [word('ranAt'), run.ranAt, WHEN],
    [word('customers'), run.customers, COUNT],
    [word('rowsSkipped'), run.rowsSkipped, COUNT],
  ];
  const headings = [
    word('segment'),
    word('customers'),
    word('customerShare'),
    word('revenue'),
    word('revenueShare'),
    word('meanRecency'),
    word('meanFrequency'),
    word('meanMonetary'),
    word('playbook'),
  ];
  const means = classMeans(scheme.classes, run.classes, run.measures);
  const written: Record<string, string> = {};
  const segmentRows = run.totals.map((total, i) => {
    const mean = means[i];
    const advice = playbook(settings.model, total.id)?.[language] ?? '';
    written[total.id] = advice;
    return [
      scheme.labels[total.id]?.[language] ?? total.id,
      total.customers,
      total.customerShare,
      total.revenue,
      total.revenueShare,
      mean?.recencyDays ?? '',
      mean?.frequency ?? '',
      mean?.monetary ?? '',
      kept.get(total.id) ?? advice,
    ];
  });
  const pad = (cells: readonly unknown[], fill: unknown) => [
    ...cells,
    ...new Array(WIDTH - cells.length).fill(fill),
  ];
  const top = [
    { values: [word('title')], formats: [TEXT], bold: true },
    { values: [], formats: [], bold: false },
    ...facts.map(([label, value, format]) => ({
      values: [label, value],
      formats: [TEXT, format],
      bold: false,
    })),
    { values: [], formats: [], bold: false },
  ];
  const tableRow = top.length + 1;
  const tableFormats = [TEXT, COUNT, PERCENT, MONEY, PERCENT, MEAN, MEAN, MONEY, TEXT];
  const colours = scheme.classes.map((c) => scheme.colours[c]);
  return {
    model: settings.model,
    language,
    values: [...top.map((row) => pad(row.values, '')), headings, ...segmentRows],
    numberFormats: [
      ...top.map((row) => pad(row.formats, TEXT) as string[]),
      new Array(WIDTH).fill(TEXT),
      ...segmentRows.map(() => tableFormats),
    ],
    fontWeights: [
      ...top.map((row) => new Array(WIDTH).fill(row.bold ? 'bold' : 'normal')),
      new Array(WIDTH).fill('bold'),
      ...segmentRows.map(() => new Array(WIDTH).fill('normal')),
    ],
    backgrounds: [
      ...[...top, null].map(() => new Array(WIDTH).fill(WHITE)),
      ...colours.map((colour) => new Array(WIDTH).fill(colour?.background ?? WHITE)),
    ],
    fontColors: [
      ...[...top, null].map(() => new Array(WIDTH).fill(BLACK)),
      ...colours.map((colour) => new Array(WIDTH).fill(colour?.text ?? BLACK)),
    ],
    tableRow,
    segments: [...scheme.classes],
    written,
  };
}

/** The options the model reads, as the sidebar labels them: `Score levels (…): 5`. */
function optionsText(settings: ClassifySettings, language: Language): string {
  const shown = OPTION_IDS.flatMap((id) => {
    const spec = OPTIONS[id];
    if (spec.kind === 'date' || spec.kind === 'language') return [];
    if (!(spec.models as readonly (ModelId | SidebarModelId)[]).includes(settings.model)) return [];
    const value = settings.options[id] as number;
    const text = spec.kind === 'share' ? `${Number((value * 100).toFixed(2))}%` : String(value);
    return [`${spec.label[language]}${language === 'zh' ? '：' : ': '}${text}`];
  });
  if (shown.length === 0) return WORDS.noOptions[language];
  return shown.join(language === 'zh' ? '；' : '; ');
}
