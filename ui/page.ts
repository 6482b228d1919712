/**
 * This file defines the sidebar's page for one survey of one sheet: the sheet line, the column
 * mapping, the model form, the buttons and the legend, wired together. A new survey (another
 * sheet, or a remap) builds a new page.
 */
import type { ClassifyResult, ClassifySettings, SheetSurvey } from '../src/addon/sidebar/api';
import { type Action, actionsView } from './actions-view';
import { element } from './dom';
import { legendView } from './legend-view';
import { initialMapping, missingOf, settingsRoles } from './mapping';
import { mappingView } from './mapping-view';
import { modelForm } from './model-form';
import type { Words } from './words';

export interface Page {
  /** The page's part above the status line, and the part below it. */
  readonly top: HTMLElement;
  readonly bottom: HTMLElement;
  /** The settings the form holds; null when an option is wrong (marked on the form). */
  readonly settings: () => ClassifySettings | null;
  readonly setBusy: (busy: boolean) => void;
  /** After a run, which saved its settings: the legend, and Re-segment and Clear enabled. */
  readonly classified: (result: ClassifyResult) => void;
  readonly cleared: () => void;
  readonly reopenMapping: () => void;
}

/**
 * @param useSaved whether the mapping starts from the saved settings; after a remap it starts
 *   from what the server detects, as the saved one no longer fits the sheet
 */
export function buildPage(
  survey: SheetSurvey,
  words: Words,
  useSaved: boolean,
  onAction: (action: Action) => void,
): Page {
  let hasSaved = survey.saved !== null;
  let hasResults = survey.classified;
  const start = initialMapping(survey, useSaved);
  const mapping = mappingView(
    survey,
    words,
    { mapping: start, open: !useSaved || !hasSaved || missingOf(survey, start).length > 0 },
    () => refresh(),
  );
  const legend = legendView(words);
  const showPreview = () =>
    legend.showPreview(
      survey.models.find(({ id }) => id === form.model()),
      form.labelLanguage() ?? survey.language,
    );
  const form = modelForm(survey, words, showPreview);
  const actions = actionsView(words, onAction);
  const refresh = () =>
    actions.enable({
      classify: mapping.missing().length === 0,
      resegment: hasSaved,
      clear: hasResults,
    });
  refresh();
  showPreview();

  return {
    top: element(
      'div',
      {},
      element('p', {
        className: 'secondary',
        textContent: words.sheet(survey.sheetName, survey.dataRows),
      }),
      mapping.root,
      form.root,
      actions.root,
    ),
    bottom: legend.root,
    settings: () => {
      const chosen = form.read();
      if (chosen === null) return null;
      const current = mapping.mapping();
      return {
        headerRow: survey.headerRow,
        shape: current.shape,
        roles: settingsRoles(survey, current),
        ...chosen,
      };
    },
    setBusy: actions.setBusy,
    classified: (result) => {
      hasSaved = true;
      hasResults = true;
      legend.showResult(result);
      refresh();
    },
    cleared: () => {
      hasResults = false;
      showPreview();
      refresh();
    },
    reopenMapping: mapping.reopen,
  };
}
