/**
 * This file defines the breakdown after a run: for one group-by column at a time (a picker when
 * several are mapped), the customers of each segment in each of its largest groups, as a table
 * that scrolls sideways inside a narrow sidebar rather than widening it. The summary sheet holds
 * every group and the revenue; this is the glance.
 */
import type { BreakdownSplit, ClassifyResult, LegendEntry } from '../src/addon/sidebar/api';
import { element, formGroup, select, withTestId } from './dom';
import type { Words } from './words';

export interface BreakdownView {
  readonly root: HTMLElement;
  /** A run's splits; hidden when it has none. */
  readonly show: (result: ClassifyResult) => void;
  readonly clear: () => void;
}

export function breakdownView(words: Words): BreakdownView {
  const heading = element('h2', { id: 'breakdown-heading', textContent: words.breakdownHeading });
  const picker = element('div');
  const table = element('div', { className: 'table-scroll', tabIndex: 0 });
  table.setAttribute('role', 'region');
  table.setAttribute('aria-labelledby', heading.id);
  // the note sits outside the scrolling box, where its lines wrap to the sidebar's width
  const note = element('p', { className: 'secondary', textContent: words.breakdownCaption });
  const root = withTestId(
    element('section', { className: 'block' }, heading, picker, table, note),
    'breakdown',
  );
  root.setAttribute('aria-labelledby', heading.id);
  root.hidden = true;
  return {
    root,
    show: ({ breakdowns = [], legend }) => {
      root.hidden = breakdowns.length === 0;
      const showSplit = (index: number) => {
        const split = breakdowns[index];
        table.replaceChildren(...(split ? [splitTable(split, legend, words)] : []));
      };
      picker.replaceChildren(
        breakdowns.length > 1
          ? groupPicker(breakdowns, words, showSplit)
          : oneColumn(breakdowns, words),
      );
      showSplit(0);
    },
    clear: () => {
      root.hidden = true;
      picker.replaceChildren();
      table.replaceChildren();
    },
  };
}

function groupPicker(
  breakdowns: readonly BreakdownSplit[],
  words: Words,
  onPick: (index: number) => void,
): HTMLElement {
  const control = select(
    { id: 'breakdown-column' },
    breakdowns.map(({ header }, i) => [String(i), header] as const),
  );
  control.addEventListener('change', () => onPick(Number(control.value)));
  return formGroup(words.breakdownColumn, control);
}

function oneColumn(breakdowns: readonly BreakdownSplit[], words: Words): HTMLElement {
  return element('p', {
    className: 'secondary',
    textContent: words.breakdownBy(breakdowns[0]?.header ?? ''),
  });
}

/** Segments down, groups across, customers in the cells; each segment in its legend colours. */
export function splitTable(
  split: BreakdownSplit,
  legend: readonly LegendEntry[],
  words: Words,
): HTMLTableElement {
  const colours = new Map(legend.map((entry) => [entry.label, entry]));
  const head = element(
    'tr',
    {},
    element('th', { scope: 'col', textContent: words.breakdownSegment }),
    ...split.groups.map((group) => element('th', { scope: 'col', textContent: group })),
  );
  const rows = split.segments.map((segment, s) => {
    const name = element(
      'th',
      { scope: 'row' },
      element('span', { className: 'swatch', textContent: segment }),
    );
    const entry = colours.get(segment);
    const swatch = name.firstElementChild as HTMLElement;
    if (entry) {
      swatch.style.background = entry.background;
      swatch.style.color = entry.text;
    }
    return element(
      'tr',
      {},
      name,
      ...split.groups.map((_, g) =>
        element('td', { textContent: String(split.customers[s]?.[g] ?? 0) }),
      ),
    );
  });
  return element(
    'table',
    { className: 'breakdown' },
    element('thead', {}, head),
    element('tbody', {}, ...rows),
  );
}
