/**
 * This file defines the server functions the sidebar calls through `google.script.run`, and the
 * menu item that opens it. Each is a thin adapter: it validates the payload with zod, acts on the
 * sheet the request names (never on whichever sheet happens to be active), runs under the
 * document lock when it writes, and returns its value or a failure as data (`Outcome`), in the
 * user's language. The sidebar's client is typed from this module's own functions.
 */
import * as z from 'zod/mini';
import type { Language } from '../../core/labels';
import { InputError } from '../input-error';
import { inputErrorMessage } from '../messages';
import { activeSheetSettings } from '../sheet-settings';
import { assertNotAddonSheet } from './addon-sheet';
import type {
  AfterAction,
  BackfillRequest,
  BackfillResult,
  ClassifyRequest,
  ClassifyResult,
  ClearResult,
  Outcome,
  PreviewResult,
  SegmentList,
  SegmentListRequest,
  SegmentRequest,
  SegmentShown,
  SheetSurvey,
  SheetTarget,
} from './api';
import { classifySheet } from './classify';
import { clearSheet } from './clear';
import { backfillRequestSchema, buildHistory } from './history-backfill';
import { savedSettingsNow } from './resegment';
import { classifyRequestSchema, segmentRequestSchema, sheetTargetSchema } from './saved-settings';
import { showAllSegments, showSegment } from './segment-filter';
import { segmentList, segmentListRequestSchema } from './segment-list';
import { segmentSheet } from './segment-sheet';
import { currentLayout } from './sheet-layout';
import { readSheetTable } from './sheet-table';
import { SidebarError, sidebarError } from './sidebar-messages';
import type { SidebarAction } from './sidebar-problems';
import { showAlerts } from './summary-migration';
import { surveySheet } from './survey';
import { targetSheet } from './target-sheet';

export { sidebarAutoRefresh, sidebarSetAutoRefresh } from '../refresh/refresh-endpoints';

const TITLE = 'Customer Tiers';
/** How long a second run waits for a running one before saying so. */
const LOCK_WAIT_MS = 2_000;

/** Opens the sidebar beside the sheet. */
export function showSidebar(): void {
  const output = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(output);
}

/** Surveys the active sheet: the sidebar follows the user to whichever sheet they open. */
export function sidebarSurvey(): Outcome<SheetSurvey> {
  return outcome(() => surveySheet(SpreadsheetApp.getActiveSheet()));
}

/** The active sheet's id alone: cheap, polled to notice a switch of sheets. */
export function sidebarActiveSheetId(): number {
  return SpreadsheetApp.getActiveSheet().getSheetId();
}

export function sidebarClassify(request: ClassifyRequest): Outcome<AfterAction<ClassifyResult>> {
  return outcome((language) => {
    const { sheetId, layout, settings } = parsed(classifyRequestSchema, request, language);
    return underLock('classify', language, () => {
      const sheet = targetSheet({ sheetId, layout }, language);
      assertNotAddonSheet(sheet, language);
      return withLayout(sheet, layout, classifySheet(settings, readSheetTable(sheet)));
    });
  });
}

/**
 * What Classify would give with these settings, each segment's customers and share of revenue,
 * computed as Classify computes them and never written: no lock, no change to the spreadsheet.
 */
export function sidebarPreview(request: ClassifyRequest): Outcome<PreviewResult> {
  return outcome((language) => {
    const { sheetId, layout, settings } = parsed(classifyRequestSchema, request, language);
    const sheet = targetSheet({ sheetId, layout }, language);
    assertNotAddonSheet(sheet, language);
    const { customers, legend } = segmentSheet(settings, readSheetTable(sheet)).result;
    return { customers, legend };
  });
}

export function sidebarResegment(target: SheetTarget): Outcome<AfterAction<ClassifyResult>> {
  return outcome((language) => {
    const checked = parsed(sheetTargetSchema, target, language);
    return underLock('resegment', language, () => {
      const sheet = targetSheet(checked, language);
      assertNotAddonSheet(sheet, language);
      const table = readSheetTable(sheet);
      return withLayout(
        sheet,
        checked.layout,
        classifySheet(savedSettingsNow(table, language), table),
      );
    });
  });
}

export function sidebarClear(target: SheetTarget): Outcome<AfterAction<ClearResult>> {
  return outcome((language) => {
    const { sheetId, layout } = parsed(sheetTargetSchema, target, language);
    return underLock('clear', language, () => {
      const sheet = targetSheet({ sheetId }, language);
      const cleared = clearSheet(sheet);
      // Clear on an orphan customer sheet deletes that sheet itself: it has no layout left
      const left = sheet
        .getParent()
        .getSheets()
        .some((kept) => kept.getSheetId() === sheetId);
      return left ? withLayout(sheet, layout, cleared) : { ...cleared, layout: '' };
    });
  });
}

/** Shows only the rows of one segment of the sheet the sidebar showed (its basic filter). */
export function sidebarShowSegment(request: SegmentRequest): Outcome<SegmentShown> {
  return outcome((language) => {
    const { sheetId, layout, label } = parsed(segmentRequestSchema, request, language);
    return underLock('filter', language, () =>
      showSegment(targetSheet({ sheetId, layout }, language), label, language),
    );
  });
}

/** Shows every row of the sheet again: the add-on's filter removed, or its criteria from the user's. */
export function sidebarShowAll(target: SheetTarget): Outcome<null> {
  return outcome((language) => {
    const { sheetId } = parsed(sheetTargetSchema, target, language);
    return underLock('filter', language, () => {
      showAllSegments(targetSheet({ sheetId }, language));
      return null;
    });
  });
}

/**
 * One segment's customers as a list to copy (ids, and e-mails and names where mapped), read from
 * the sheet the sidebar showed; nothing is written, so no lock.
 */
export function sidebarSegmentList(request: SegmentListRequest): Outcome<SegmentList> {
  return outcome((language) => {
    const { sheetId, layout, segment } = parsed(segmentListRequestSchema, request, language);
    return segmentList(targetSheet({ sheetId, layout }, language), segment, language);
  });
}

/**
 * "Build history": the log classified as of each past period's end, each run recorded in the
 * history sheet; nothing else is written.
 */
export function sidebarBuildHistory(request: BackfillRequest): Outcome<BackfillResult> {
  return outcome((language) => {
    const { sheetId, layout, periods, unit } = parsed(backfillRequestSchema, request, language);
    return underLock('history', language, () => {
      const sheet = targetSheet({ sheetId, layout }, language);
      assertNotAddonSheet(sheet, language);
      return buildHistory(readSheetTable(sheet), periods, unit, language);
    });
  });
}

/** Takes the user to the churn alerts on the summary sheet of the sheet the sidebar showed. */
export function sidebarShowAlerts(target: SheetTarget): Outcome<null> {
  return outcome((language) => {
    const { sheetId } = parsed(sheetTargetSchema, target, language);
    showAlerts(targetSheet({ sheetId }, language), language);
    return null;
  });
}

/** A result with the sheet's layout after the action, over the rows the request's covered. */
function withLayout<Result>(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  layout: string,
  result: Result,
): AfterAction<Result> {
  return { ...result, layout: currentLayout(sheet, layout) };
}

/** A request as its schema reads it; a malformed one is the sidebar's fault, not the user's. */
function parsed<T>(schema: z.ZodMiniType<T>, request: unknown, language: Language): T {
  const result = z.safeParse(schema, request);
  if (result.success) return result.data;
  throw sidebarError(
    { kind: 'unexpected', detail: `invalid request: ${result.error.message}` },
    language,
  );
}

function underLock<T>(action: SidebarAction, language: Language, run: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw sidebarError({ kind: 'busy', action }, language);
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}

/** Runs an endpoint's work and returns its value, or its failure as data. */
function outcome<T>(run: (language: Language) => T): Outcome<T> {
  const sheetSettings = activeSheetSettings();
  const { language } = sheetSettings;
  try {
    return { ok: true, value: run(language) };
  } catch (error) {
    if (error instanceof SidebarError)
      return { ok: false, message: error.message, remap: error.remap };
    // bad input: the readers placed it in the sheet (column header and letter, cell)
    if (error instanceof InputError)
      return {
        ok: false,
        message: inputErrorMessage(TITLE, error, language, sheetSettings),
        remap: false,
      };
    const detail = error instanceof Error ? error.message : String(error);
    const failure = sidebarError({ kind: 'unexpected', detail }, language);
    return { ok: false, message: failure.message, remap: false };
  }
}
