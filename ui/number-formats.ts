/**
 * This file defines how the sidebar writes numbers in a language: counts with grouping, shares as
 * percentages with at most one decimal (as the legend and the preview both write them).
 */
/** Numbers as a language writes them. */
export function numberFormats(locale: string) {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    count: (value: number) => count.format(value),
    percent: (share: number) => percent.format(share),
  };
}
