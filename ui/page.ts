/**
 * This file defines the sidebar's page for one survey of one sheet, wired together: first the
 * sheet line, the model picker, a line saying what Classify will write and the buttons (with the
 * confirm step of a Clear that deletes the customer or summary sheet); then the column mapping,
 * folded when every role needed was found, and the model's options, folded; below the status
 * line, the preview, the legend and, after a run with group-by columns, the breakdown. A new
 * survey (another sheet, or a remap) builds a new page.
 */
import type {
  BackfillResult,
  ClassifyResult,
  ClassifySettings,
  Shape,
  SheetSurvey,
} from '../src/addon/sidebar/api';
import { type Action, actionsView } from './actions-view';
import { breakdownView } from './breakdown-view';
import { confirmRow } from './confirm-row';
import { element, withTestId } from './dom';
import { historyView } from './history-view';
import { legendView } from './legend-view';
import { initialMapping, missingOf, settingsRoles } from './mapping';
import { mappingView } from './mapping-view';
import { migrationView } from './migration-view';
import { modelForm } from './model-form';
import { type PreviewView, previewView } from './preview-view';
import { staleNotice } from './stale-notice';
import type { Words } from './words';

export interface Page {
  /** The page's part above the status line, and the part below it. */
  readonly top: HTMLElement;
  readonly bottom: HTMLElement;
  /** The settings the form holds; null when an option is wrong (marked on the form). */
  readonly settings: () => ClassifySettings | null;
  /** The settings as the form holds them, when Classify could run with them; nothing is sent. */
  readonly draft: () => ClassifySettings | null;
  readonly preview: PreviewView;
  readonly setBusy: (busy: boolean) => void;
  /** After a run, which saved its settings: the legend, and Re-segment and Clear enabled. */
  readonly classified: (result: ClassifyResult) => void;
  readonly cleared: () => void;
  /** After Build history: the moves from the newest period built to now. */
  readonly historyBuilt: (result: BackfillResult) => void;
  readonly reopenMapping: () => void;
  /** The segment the sheet shows alone now, or null when it shows every row. */
  readonly segmentShown: (label: string | null) => void;
  /** A segment's list to copy by hand, shown selected under the legend; null hides it. */
  readonly listToCopy: (text: string | null) => void;
}

/** What the page asks of the sidebar: an action run, a segment shown, a preview of new settings. */
export interface PageHandlers {
  readonly onAction: (action: Action) => void;
  readonly onSegment: (label: string | null) => void;
  readonly onSettingsChange: () => void;
  /** Copies a segment's list (its class id); settled once done. */
  readonly onCopyList?: (segment: string) => Promise<unknown>;
  /** Shows the churn alerts' list on the summary sheet. */
  readonly onOpenAlerts?: () => void;
  /** Builds the history of a classified log from its past. */
  readonly onBuildHistory?: (periods: number, unit: 'month' | 'week') => void;
}

/**
 * @param useSaved whether the mapping starts from the saved settings; after a remap it starts
 *   from what the server detects, as the saved one no longer fits the sheet
 */
export function buildPage(
  survey: SheetSurvey,
  words: Words,
  useSaved: boolean,
  handlers: PageHandlers,
): Page {
  const { onAction, onSegment, onSettingsChange } = handlers;
  let hasSaved = survey.saved !== null;
  let hasResults = survey.classified;
  /** The shape of the saved settings, which Re-segment runs; a Classify replaces them. */
  let savedShape: Shape | null = survey.saved?.shape ?? null;
  /** The shape of the settings a Classify sent, saved by the server once it succeeds. */
  let sentShape: Shape | null = null;
  /** Whether Clear would delete a sheet: the customer sheet a log's run made, the summary sheet. */
  let customerSheetExists = survey.customerSheet.exists;
  let summarySheetExists = survey.summarySheet.exists;
  const start = initialMapping(survey, useSaved);
  const mapping = mappingView(
    survey,
    words,
    // folded when every role needed was found: then the first screen is the model and the action
    { mapping: start, open: missingOf(survey, start).length > 0 },
    () => changed(),
  );
  const legend = legendView(words, onSegment, handlers.onCopyList);
  const migration = migrationView(words, () => handlers.onOpenAlerts?.());
  const history = historyView(words, (periods, unit) => handlers.onBuildHistory?.(periods, unit));
  const labelLanguage = () => form.labelLanguage() ?? survey.language;
  const chosenModel = () => survey.models.find(({ id }) => id === form.model());
  const showPreview = () => legend.showPreview(chosenModel(), labelLanguage(), form.classCount());
  const form = modelForm(survey, words, () => {
    showPreview();
    changed();
  });
  const writesLine = withTestId(element('p', { className: 'secondary' }), 'writes');
  const actions = actionsView(words, (action) => {
    confirm.dismiss();
    if (action === 'clear' && (customerSheetExists || summarySheetExists)) {
      const { name } = survey.customerSheet;
      const isThisSheet = customerSheetExists && name === survey.sheetName;
      const deleted = {
        thisSheet: isThisSheet ? name : null,
        customers: customerSheetExists && !isThisSheet ? name : null,
        summary: summarySheetExists && !isThisSheet ? survey.summarySheet.name : null,
      };
      confirm.ask(words.clearDeletes(deleted), () => onAction('clear'));
      return;
    }
    if (action === 'resegment') sentShape = null;
    onAction(action);
  });
  const confirm = confirmRow(words, () => actions.button('clear'));
  const stale = staleNotice(words, survey.stale === true && hasSaved, () => {
    confirm.dismiss();
    sentShape = null;
    onAction('resegment');
  });
  const refresh = () => {
    const { shape, roles } = mapping.mapping();
    form.setMapping(shape, roles);
    actions.enable({
      classify: mapping.missing().length === 0 && form.missing().length === 0,
      resegment: hasSaved,
      clear: hasResults,
    });
  };
  const showWrites = () => {
    const { shape } = mapping.mapping();
    const model = chosenModel();
    const needed = form.missing();
    if (model && needed.length > 0) {
      writesLine.textContent = words.needsDates(
        model.name[survey.language],
        needed.map((role) => words.roles[role]),
      );
      return;
    }
    const columns = model?.columns[shape] ?? [];
    writesLine.textContent = words.writes(
      columns.map((heading) => heading[labelLanguage()]),
      // the sheets as the last action left them: made by a Classify, gone after a Clear
      shape === 'transactions' ? { ...survey.customerSheet, exists: customerSheetExists } : null,
      { ...survey.summarySheet, exists: summarySheetExists },
    );
  };
  const changed = () => {
    refresh();
    showWrites();
    onSettingsChange();
  };
  const preview = previewView(words);
  const breakdown = breakdownView(words);
  const readSettings = (): ClassifySettings | null => {
    const chosen = form.read();
    if (chosen === null) return null;
    const current = mapping.mapping();
    return {
      headerRow: survey.headerRow,
      shape: current.shape,
      roles: settingsRoles(survey, current),
      ...chosen,
    };
  };
  changed();
  showPreview();

  return {
    top: element(
      'div',
      {},
      element('p', {
        className: 'secondary',
        textContent: words.sheet(survey.sheetName, survey.dataRows),
      }),
      stale.root,
      form.picker,
      writesLine,
      actions.root,
      confirm.root,
      mapping.root,
      form.options,
    ),
    bottom: element(
      'div',
      {},
      preview.root,
      legend.root,
      migration.root,
      breakdown.root,
      history.root,
    ),
    settings: () => {
      const settings = readSettings();
      if (settings !== null) sentShape = settings.shape;
      return settings;
    },
    draft: () =>
      mapping.missing().length === 0 && form.missing().length === 0 ? readSettings() : null,
    preview,
    setBusy: (busy) => {
      if (busy) confirm.dismiss();
      actions.setBusy(busy);
      legend.setBusy(busy);
      stale.setBusy(busy);
      migration.setBusy(busy);
      history.setBusy(busy);
    },
    classified: (result) => {
      hasSaved = true;
      hasResults = true;
      savedShape = sentShape ?? savedShape;
      sentShape = null;
      if (savedShape === 'transactions') customerSheetExists = true;
      summarySheetExists = true;
      legend.showResult(result);
      breakdown.show(result);
      // the survey's own last run is the one the data changed since; any other is a new run
      if (result !== survey.lastRun) stale.hide();
      migration.show(result);
      history.showFor(savedShape === 'transactions');
      refresh();
      showWrites();
    },
    cleared: () => {
      hasResults = false;
      stale.hide();
      customerSheetExists = false;
      summarySheetExists = false;
      breakdown.clear();
      migration.show(null);
      history.showFor(false);
      showPreview();
      refresh();
      showWrites();
    },
    historyBuilt: (result) => {
      if (result.migration) migration.show(result);
    },
    reopenMapping: mapping.reopen,
    segmentShown: legend.markShown,
    listToCopy: legend.showCopyText,
  };
}
