/**
 * This file defines the legend: each segment in its row colours with its label, and after a
 * run its customer count and share of revenue. Before a run it previews the chosen model's
 * classes, so the user sees what the rows will be coloured by.
 */
import type { ClassifyResult, Language, ModelChoice } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface LegendView {
  readonly root: HTMLElement;
  readonly showResult: (result: ClassifyResult) => void;
  readonly showPreview: (model: ModelChoice | undefined, language: Language) => void;
}

interface Swatch {
  readonly label: string;
  readonly background: string;
  readonly text: string;
}

export function legendView(words: Words): LegendView {
  const heading = element('h2', { id: 'legend-heading' });
  const list = element('ul', { className: 'legend' });
  const root = withTestId(element('section', { className: 'block' }, heading, list), 'legend');
  root.setAttribute('aria-labelledby', heading.id);
  return {
    root,
    showResult: (result) => {
      heading.textContent = words.legend;
      list.replaceChildren(
        ...result.legend.map((entry) =>
          element(
            'li',
            {},
            swatch(entry),
            element('span', {
              className: 'secondary',
              textContent: `${words.customers(entry.customers)} · ${words.revenueShare(entry.revenueShare)}`,
            }),
          ),
        ),
      );
    },
    showPreview: (model, language) => {
      heading.textContent = words.legendPreview;
      list.replaceChildren(
        ...(model?.classes ?? []).map((entry) =>
          element('li', {}, swatch({ ...entry, label: entry.label[language] })),
        ),
      );
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
