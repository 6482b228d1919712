/**
 * This file defines the segment × group breakdown (the articles' 客户分类表 by region, industry or
 * size): per segment and group, the customers and, where amounts are given, their revenue.
 * Segments keep their model's order when every label belongs to one model (High value before
 * Potential…, in either language), groups sort as a pivot table sorts them.
 */
import type { ClassScheme } from './class-scheme';
import { COLUMN_LABELS, LANGUAGES, type Language } from './labels';
import { RunningSum, sum } from './sum';

export interface SegmentBreakdown {
  readonly segments: readonly string[];
  /** The groups, sorted; a blank group is `null`, last. */
  readonly groups: readonly (string | null)[];
  /** `customers[s][g]`: the rows of segment s in group g. */
  readonly customers: readonly (readonly number[])[];
  /** `revenue[s][g]`: their amounts summed, or null without amounts. */
  readonly revenue: readonly (readonly number[])[] | null;
}

/** One customer's row: its segment label, its group (null when blank) and its amount. */
export interface BreakdownRow {
  readonly segment: string;
  readonly group: string | null;
  readonly amount?: number;
}

/** Text order as a pivot table in the sheet's language sorts it: Rep 2 before Rep 10, 华北 before 华东. */
const textOrder = (language: Language) =>
  new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' })
    .compare;

/**
 * @param schemes the class schemes whose label order segments keep, first match wins
 * @param withRevenue whether amounts were given (every row then has one)
 */
export function segmentBreakdown(
  rows: readonly BreakdownRow[],
  schemes: readonly ClassScheme[],
  withRevenue: boolean,
  language: Language,
): SegmentBreakdown {
  const compare = textOrder(language);
  const segments = segmentOrder(new Set(rows.map((row) => row.segment)), schemes, compare);
  const seenGroups = new Set(rows.map((row) => row.group));
  const named = [...seenGroups].filter((group): group is string => group !== null);
  const groups: (string | null)[] = named.sort(compare);
  if (seenGroups.has(null)) groups.push(null);
  const segmentIndex = new Map(segments.map((segment, i) => [segment, i]));
  const groupIndex = new Map(groups.map((group, i) => [group, i]));
  const customers = segments.map(() => groups.map(() => 0));
  const sums = segments.map(() => groups.map(() => new RunningSum()));
  for (const row of rows) {
    const s = segmentIndex.get(row.segment) as number;
    const g = groupIndex.get(row.group) as number;
    (customers[s] as number[])[g] = ((customers[s] as number[])[g] as number) + 1;
    if (withRevenue) sums[s]?.[g]?.add(row.amount ?? 0);
  }
  return {
    segments,
    groups,
    customers,
    revenue: withRevenue ? sums.map((sumsOfSegment) => sumsOfSegment.map((s) => s.value)) : null,
  };
}

/**
 * The segments in the order of the first scheme whose labels, in one language, hold them all;
 * otherwise sorted as text.
 */
export function segmentOrder(
  seen: ReadonlySet<string>,
  schemes: readonly ClassScheme[],
  compare: (a: string, b: string) => number,
): string[] {
  for (const scheme of schemes) {
    for (const language of LANGUAGES) {
      const labels = scheme.classes.map((id) => scheme.labels[id]?.[language] ?? '');
      if ([...seen].every((segment) => labels.includes(segment)))
        return labels.filter((label) => seen.has(label));
    }
  }
  return [...seen].sort(compare);
}

/** Whether a text is the label of a class in any of the schemes, in any language. */
export function isClassLabel(text: string, schemes: readonly ClassScheme[]): boolean {
  return schemes.some((scheme) =>
    scheme.classes.some((id) =>
      LANGUAGES.some((language) => scheme.labels[id]?.[language] === text),
    ),
  );
}

/** One block: a heading row of groups and Total, a row per segment, and a Total row. */
export function breakdownTable(
  { segments, groups }: SegmentBreakdown,
  cells: readonly (readonly number[])[],
  firstHeading: string,
  language: Language,
): unknown[][] {
  const total = COLUMN_LABELS.total[language];
  const heading = [
    firstHeading,
    ...groups.map((group) => group ?? COLUMN_LABELS.blankGroup[language]),
    total,
  ];
  const rowTotals = cells.map((row) => sum(row));
  const columnTotals = groups.map((_, g) => sum(cells.map((row) => row[g] ?? 0)));
  const grand = sum(cells.flat());
  return [
    heading,
    ...segments.map((segment, s) => [segment, ...(cells[s] ?? []), rowTotals[s]]),
    [total, ...columnTotals, grand],
  ];
}

/** A breakdown cut to its largest groups, for a narrow view: the rest summed as one. */
export interface GroupSplit {
  readonly segments: readonly string[];
  readonly groups: readonly string[];
  /** `customers[s][g]`. */
  readonly customers: readonly (readonly number[])[];
}

/**
 * The `most` groups with the most customers (in the breakdown's order), the others summed into
 * one group named `other`; a blank group is named `blank`.
 */
export function largestGroups(
  { segments, groups, customers }: SegmentBreakdown,
  most: number,
  names: { readonly other: string; readonly blank: string },
): GroupSplit {
  const sizes = groups.map((_, g) => sum(customers.map((row) => row[g] ?? 0)));
  const kept = new Set(
    groups
      .map((_, g) => g)
      .sort((a, b) => (sizes[b] as number) - (sizes[a] as number) || a - b)
      .slice(0, groups.length > most ? most - 1 : most),
  );
  const shown = groups.flatMap((_, g) => (kept.has(g) ? [g] : []));
  const folded = kept.size < groups.length;
  return {
    segments,
    groups: [...shown.map((g) => groups[g] ?? names.blank), ...(folded ? [names.other] : [])],
    customers: customers.map((row) => [
      ...shown.map((g) => row[g] ?? 0),
      ...(folded ? [sum(row.filter((_, g) => !kept.has(g)))] : []),
    ]),
  };
}
