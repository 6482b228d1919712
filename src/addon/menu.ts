/**
 * This file defines the add-on menu (Extensions → Customer Tiers) and what its items do.
 * `onOpen` may run in AuthMode.NONE, where no document data can be read, so the menu's words
 * are in both languages rather than looked up.
 */
import { CUSTOM_FUNCTIONS } from './custom-functions';
import { functionHelpHtml, functionHelpTitle } from './function-help';
import { activeSheetSettings } from './sheet-settings';

const SIDEBAR_ITEM = 'Open sidebar · 打开侧边栏';
const FUNCTION_HELP_ITEM = 'Function help · 函数帮助';

/** Runs when a user installs the add-on: the menu appears without reloading. */
export function onInstall(event: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event);
}

/** Adds the add-on menu. */
export function onOpen(_event?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(SIDEBAR_ITEM, 'showSidebar')
    .addItem(FUNCTION_HELP_ITEM, 'showFunctionHelp')
    .addToUi();
}

/** Shows every custom function with its arguments and an example. */
export function showFunctionHelp(): void {
  const { language } = activeSheetSettings();
  const html = functionHelpHtml(
    CUSTOM_FUNCTIONS.map((fn) => fn.spec),
    language,
  );
  const output = HtmlService.createHtmlOutput(html).setWidth(720).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(output, functionHelpTitle(language));
}
