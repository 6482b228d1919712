/**
 * This file defines the legend: each segment in its row colours with its label, and after a
 * run its customer count and share of revenue. Before a run it previews the chosen model's
 * classes, so the user sees what the rows will be coloured by. After a run each entry is a toggle
 * button: pressed, the sheet shows only that segment's rows; pressed again, or "Show all", all.
 * Beside each entry, "Copy list" asks for the segment's customers as a list to paste; when the
 * clipboard refuses it (the sidebar's frame may not be allowed it), the list shows selected in a
 * read-only text box, for Ctrl+C.
 */
import type { ClassifyResult, Language, ModelChoice } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface LegendView {
  readonly root: HTMLElement;
  readonly showResult: (result: ClassifyResult) => void;
  /** The model's classes, the first `count` of them when given (a clustering's k). */
  readonly showPreview: (
    model: ModelChoice | undefined,
    language: Language,
    count?: number,
  ) => void;
  /** Marks the segment the sheet shows alone (its entry pressed), or none. */
  readonly markShown: (label: string | null) => void;
  readonly setBusy: (busy: boolean) => void;
  /** Shows a list to copy by hand, selected and focused; null hides it. */
  readonly showCopyText: (text: string | null) => void;
}

interface Swatch {
  readonly label: string;
  readonly background: string;
  readonly text: string;
}

/**
 * @param onSelect asks to show only a segment's rows (its label), or every row (null)
 * @param onCopy asks for a segment's list (its class id) and copies it, settled once done; none:
 *   no "Copy list" buttons
 */
export function legendView(
  words: Words,
  onSelect: (label: string | null) => void,
  onCopy?: (segment: string) => Promise<unknown>,
): LegendView {
  const heading = element('h2', { id: 'legend-heading' });
  const hint = element('p', { className: 'secondary', textContent: '' });
  const list = element('ul', { className: 'legend' });
  const showAll = withTestId(
    element('button', { type: 'button', textContent: words.showAll, hidden: true }),
    'show-all',
  );
  showAll.addEventListener('click', () => onSelect(null));
  const copyText = withTestId(
    element('textarea', { className: 'copy-text', readOnly: true, rows: 6, hidden: true }),
    'copy-text',
  );
  copyText.setAttribute('aria-label', words.copyTextLabel);
  copyText.wrap = 'off';
  const root = withTestId(
    element('section', { className: 'block' }, heading, hint, list, showAll, copyText),
    'legend',
  );
  root.setAttribute('aria-labelledby', heading.id);
  const showCopyText = (text: string | null) => {
    copyText.value = text ?? '';
    copyText.hidden = text === null;
    if (text === null) return;
    copyText.focus();
    copyText.select();
  };
  let toggles: { label: string; button: HTMLButtonElement }[] = [];
  let copyButtons: HTMLButtonElement[] = [];
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
      copyButtons = onCopy
        ? result.legend.map((entry) => copyButton(entry, words, onCopy, () => !copyText.hidden))
        : [];
      list.replaceChildren(
        ...toggles.map(({ button }, i) => {
          const copy = copyButtons[i];
          return copy
            ? element('li', { className: 'with-copy' }, button, copy)
            : element('li', {}, button);
        }),
      );
      showCopyText(null);
      markShown(null);
    },
    showPreview: (model, language, count) => {
      heading.textContent = words.legendPreview;
      hint.textContent = '';
      toggles = [];
      copyButtons = [];
      showCopyText(null);
      markShown(null);
      list.replaceChildren(
        ...(model?.classes ?? [])
          .slice(0, count)
          .map((entry) => element('li', {}, swatch({ ...entry, label: entry.label[language] }))),
      );
    },
    markShown,
    setBusy: (busy) => {
      for (const { button } of toggles) button.disabled = busy || button.dataset.empty === 'true';
      for (const button of copyButtons) button.disabled = busy || button.dataset.empty === 'true';
      showAll.disabled = busy;
    },
    showCopyText,
  };
}

/**
 * A segment's "Copy list" button, named with its label for screen readers. Disabled while the
 * request runs, it loses the focus: once done, the focus comes back to it, unless the list to
 * copy by hand took it (`listShown`).
 */
function copyButton(
  entry: ClassifyResult['legend'][number],
  words: Words,
  onCopy: (segment: string) => Promise<unknown>,
  listShown: () => boolean,
): HTMLButtonElement {
  const button = withTestId(
    element('button', { type: 'button', className: 'copy-list', textContent: words.copyList }),
    'copy-list',
  );
  button.setAttribute('aria-label', words.copyListOf(entry.label));
  if (entry.customers === 0) button.dataset.empty = 'true';
  button.disabled = entry.customers === 0;
  button.addEventListener('click', () => {
    void onCopy(entry.id).then(() => {
      if (!listShown()) button.focus();
    });
  });
  return button;
}

/** The label in the colours its rows get: colours set as style properties, never as markup. */
function swatch({ label, background, text }: Swatch): HTMLElement {
  const made = element('span', { className: 'swatch', textContent: label });
  made.style.backgroundColor = background;
  made.style.color = text;
  return made;
}
