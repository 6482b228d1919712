/**
 * This file defines the legend: each segment in its row colours with its label, and after a
 * run its customer count and share of revenue. Before a run it previews the chosen model's
 * classes, so the user sees what the rows will be coloured by. After a run each entry is a toggle
 * button: pressed, the sheet shows only that segment's rows; pressed again, or "Show all", all.
 */
import type { ClassifyResult, Language, ModelChoice } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface LegendView {
  readonly root: HTMLElement;
  readonly showResult: (result: ClassifyResult) => void;
  readonly showPreview: (model: ModelChoice | undefined, language: Language) => void;
  /** Marks the segment the sheet shows alone (its entry pressed), or none. */
  readonly markShown: (label: string | null) => void;
  readonly setBusy: (busy: boolean) => void;
}

interface Swatch {
  readonly label: string;
  readonly background: string;
  readonly text: string;
}

/**
 * @param onSelect asks to show only a segment's rows (its label), or every row (null)
 */
export function legendView(words: Words, onSelect: (label: string | null) => void): LegendView {
  const heading = element('h2', { id: 'legend-heading' });
  const hint = element('p', { className: 'secondary', textContent: '' });
  const list = element('ul', { className: 'legend' });
  const showAll = withTestId(
    element('button', { type: 'button', textContent: words.showAll, hidden: true }),
    'show-all',
  );
  showAll.addEventListener('click', () => onSelect(null));
  const root = withTestId(
    element('section', { className: 'block' }, heading, hint, list, showAll),
    'legend',
  );
  root.setAttribute('aria-labelledby', heading.id);
  let toggles: { label: string; button: HTMLButtonElement }[] = [];
  let shown: string | null = null;
  const markShown = (label: string | null) => {
    shown = label;
    for (const toggle of toggles)
      toggle.button.setAttribute('aria-pressed', String(toggle.label === label));
    showAll.hidden = label === null;
  };
  return {
    root,
    showResult: (result) => {
      heading.textContent = words.legend;
      hint.textContent = words.legendHint;
      toggles = result.legend.map((entry) => {
        const button = element(
          'button',
          { type: 'button', className: 'legend-entry' },
          swatch(entry),
          element('span', {
            className: 'secondary',
            textContent: `${words.customers(entry.customers)} · ${words.revenueShare(entry.revenueShare)}`,
          }),
        );
        button.setAttribute('aria-pressed', 'false');
        // a segment without customers has no rows to show
        if (entry.customers === 0) button.dataset.empty = 'true';
        button.disabled = entry.customers === 0;
        button.addEventListener('click', () =>
          onSelect(shown === entry.label ? null : entry.label),
        );
        return { label: entry.label, button };
      });
      list.replaceChildren(...toggles.map(({ button }) => element('li', {}, button)));
      markShown(null);
    },
    showPreview: (model, language) => {
      heading.textContent = words.legendPreview;
      hint.textContent = '';
      toggles = [];
      markShown(null);
      list.replaceChildren(
        ...(model?.classes ?? []).map((entry) =>
          element('li', {}, swatch({ ...entry, label: entry.label[language] })),
        ),
      );
    },
    markShown,
    setBusy: (busy) => {
      for (const { button } of toggles) button.disabled = busy || button.dataset.empty === 'true';
      showAll.disabled = busy;
    },
  };
}

/** The label in the colours its rows get: colours set as style properties, never as markup. */
function swatch({ label, background, text }: Swatch): HTMLElement {
  const made = element('span', { className: 'swatch', textContent: label });
  made.style.backgroundColor = background;
  made.style.color = text;
  return made;
}
