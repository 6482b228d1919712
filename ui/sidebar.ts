/**
 * This file defines the sidebar's behaviour: it surveys the active sheet on load and whenever
 * the user switches sheets, runs the buttons' calls one at a time (buttons disabled, the status
 * saying so, the sheet-follower paused), and shows each call's outcome or failure.
 */
import type { ClassifyResult, SheetSurvey, SheetTarget } from '../src/addon/sidebar/api';
import { joinSentences } from '../src/core/sentences';
import type { Action } from './actions-view';
import { type SidebarClient, type SidebarError, toSidebarError } from './client';
import { copiedToClipboard } from './clipboard';
import { element, withTestId } from './dom';
import { giveFocusBack } from './focus-return';
import { followSheet } from './follow-sheet';
import { buildPage, type Page } from './page';
import { type PreviewRequests, previewRequests } from './preview-requests';
import { refreshView } from './refresh-view';
import { statusLine } from './status-line';
import { browserLanguage, WORDS, type Words } from './words';

export function startSidebar(root: HTMLElement, client: SidebarClient): void {
  const status = statusLine();
  const top = element('div');
  const bottom = element('div');
  /** The automatic refresh's switch: the spreadsheet's, not the sheet's, so made once. */
  const footer = element('div');
  root.replaceChildren(top, status.root, bottom, footer);
  let words = WORDS[browserLanguage()];
  let page: Page | undefined;
  /** The sheet the page shows, as its survey saw it: every action names it. */
  let target: SheetTarget | undefined;
  const follower = followSheet(client, () => void survey(true));
  // Apps Script tells a sidebar nothing of edits: coming back to it after editing the sheet asks
  // for the preview again
  root.ownerDocument.defaultView?.addEventListener('focus', refreshShownPreview);
  let previews: PreviewRequests | undefined;

  /** Runs one call and shows its outcome with `done`, or its failure, which it returns. */
  async function run<Result>(
    working: string,
    call: () => Promise<Result>,
    done: (result: Result) => void,
  ): Promise<SidebarError | undefined> {
    follower.pause();
    // the control the call started from, when the focus was in the sidebar
    const active = root.ownerDocument.activeElement;
    const focused =
      root.ownerDocument.hasFocus() && active instanceof HTMLElement && root.contains(active)
        ? active
        : null;
    // a preview answered after the run would show the sheet as it was before
    previews?.cancel();
    page?.setBusy(true);
    status.say(working);
    let failure: SidebarError | undefined;
    try {
      done(await call());
    } catch (error) {
      failure = toSidebarError(error);
      status.fail(failure.message);
    } finally {
      page?.setBusy(false);
      follower.resume();
      giveFocusBack(root, focused);
    }
    return failure;
  }

  /** Surveys the active sheet and builds its page; after a failure, says it again on the new page. */
  async function survey(useSaved: boolean, failure?: SidebarError): Promise<void> {
    await run(words.loading, client.sidebarSurvey, (surveyed: SheetSurvey) => {
      words = WORDS[surveyed.language];
      root.ownerDocument.documentElement.lang = words.locale;
      follower.follow(surveyed.sheetId);
      target = { sheetId: surveyed.sheetId, layout: surveyed.layout };
      if (!footer.hasChildNodes()) footer.append(switchView(words));
      if (surveyed.addonSheet) {
        // the add-on's own sheet of another: no form, only whose sheet it is
        page = undefined;
        previews = undefined;
        const notice = element('p', { className: 'notice' }, surveyed.addonSheet.message);
        top.replaceChildren(withTestId(notice, 'addon-sheet'));
        bottom.replaceChildren();
        status.say('');
        return;
      }
      page = buildPage(surveyed, words, useSaved, {
        onAction: act,
        onSegment: showSegment,
        onSettingsChange: schedulePreview,
        onCopyList: copyList,
        onOpenAlerts: openAlerts,
        onBuildHistory: buildHistory,
      });
      previews = previewRequests(
        client.sidebarPreview,
        page.preview,
        (error) => toSidebarError(error).message,
      );
      top.replaceChildren(page.top);
      bottom.replaceChildren(page.bottom);
      // the last run's counts, kept by the server, so reopening the sidebar shows them again
      // after a run the legend holds its counts; the preview returns when the settings change
      if (surveyed.lastRun) page.classified(surveyed.lastRun);
      else schedulePreview();
      if (surveyed.lastRun && surveyed.shownSegment) page.segmentShown(surveyed.shownSegment);
      if (failure) {
        status.fail(failure.message);
        page.reopenMapping();
      } else status.say('');
    });
  }

  /** A button's call; a failure that asks for a remap surveys the sheet anew (a survey never does). */
  async function runAction<Result extends { readonly layout: string }>(
    call: () => Promise<Result>,
    done: (result: Result) => void,
  ): Promise<void> {
    const failure = await run(words.working, call, (result) => {
      // the sheet as the action left it: the next request names it so
      if (target) target = { ...target, layout: result.layout };
      done(result);
    });
    if (failure?.remap) await survey(false, failure);
    // a failed run may have been fixed in the sheet already: a preview still shown is asked again
    else if (failure) refreshShownPreview();
  }

  /** Asks again for the preview shown, if one is: the sheet may have changed since it was drawn. */
  function refreshShownPreview(): void {
    if (page && !page.preview.root.hidden) schedulePreview();
  }

  function act(action: Action): void {
    if (!page || !target) return;
    const current = page;
    const sheet = target;
    const showResult = (result: ClassifyResult) => {
      // the run showed every row again
      current.classified(result);
      current.preview.clear();
      status.say(classifiedText(words, result));
    };
    if (action === 'classify') {
      const settings = current.settings();
      if (settings === null) status.fail(words.fixOptions);
      else void runAction(() => client.sidebarClassify({ ...sheet, settings }), showResult);
    } else if (action === 'resegment') {
      void runAction(() => client.sidebarResegment(sheet), showResult);
    } else {
      void runAction(
        () => client.sidebarClear(sheet),
        (result) => {
          current.cleared();
          status.say(words.cleared(result));
          schedulePreview();
        },
      );
    }
  }

  /** Previews the settings the page holds now, if Classify could run with them. */
  function schedulePreview(): void {
    if (!page || !target || !previews) return;
    const settings = page.draft();
    previews.schedule(settings && { ...target, settings });
  }

  /** Shows only one segment's rows in the sheet (its label), or all of them (null). */
  function showSegment(label: string | null): void {
    if (!page || !target) return;
    const current = page;
    const sheet = target;
    if (label === null)
      void run(
        words.working,
        () => client.sidebarShowAll(sheet),
        () => {
          current.segmentShown(null);
          status.say(words.allShown);
        },
      );
    else
      void run(
        words.working,
        () => client.sidebarShowSegment({ ...sheet, label }),
        (shown) => {
          current.segmentShown(shown.label);
          status.say(words.segmentShown(shown.label, shown.rows));
        },
      );
  }

  /**
   * Copies one segment's customers (its class id) as tab-separated lines; when the clipboard
   * refuses, shows them selected for Ctrl+C. Settled once done, so the button can take the focus back.
   */
  async function copyList(segment: string): Promise<void> {
    if (!page || !target) return;
    const current = page;
    const sheet = target;
    await run(
      words.working,
      async () => {
        const list = await client.sidebarSegmentList({ ...sheet, segment });
        return { list, copied: await copiedToClipboard(list.text) };
      },
      ({ list, copied }) => {
        current.listToCopy(copied ? null : list.text);
        const say = copied ? words.listCopied : words.listToCopy;
        status.say(say(list.label, list.rows.length));
      },
    );
  }

  /** The refresh switch in the spreadsheet's words; a refused change shows in the status line. */
  function switchView(inWords: Words): HTMLElement {
    const calls = { state: client.sidebarAutoRefresh, set: client.sidebarSetAutoRefresh };
    return refreshView(inWords, calls, (error) => status.fail(toSidebarError(error).message)).root;
  }

  /** Takes the user to the churn alerts' list on the summary sheet. */
  function openAlerts(): void {
    if (!target) return;
    const sheet = target;
    void run(
      words.working,
      () => client.sidebarShowAlerts(sheet),
      () => status.say(words.alertsShown),
    );
  }

  /** Records the classified log's past in its history, then shows who moved since. */
  function buildHistory(periods: number, unit: 'month' | 'week'): void {
    if (!page || !target) return;
    const current = page;
    const sheet = target;
    void run(
      words.working,
      () => client.sidebarBuildHistory({ ...sheet, periods, unit }),
      (result) => {
        current.historyBuilt(result);
        status.say(words.historyBuilt(result));
      },
    );
  }

  void survey(true);
}

function classifiedText(words: Words, result: ClassifyResult): string {
  return joinSentences([words.classified(result.customers, result.rows), result.note]);
}
