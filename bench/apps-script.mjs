// This file defines the Apps Script globals the built add-on needs to run its custom functions in
// node:vm: an active spreadsheet with a locale and the time zone of the bench's logs
// (Asia/Shanghai, see generate-log.mjs).

const spreadsheet = {
  getSpreadsheetLocale: () => 'en_US',
  getSpreadsheetTimeZone: () => 'Asia/Shanghai',
};

/** Fresh globals for one node:vm context. */
export function appsScriptGlobals() {
  return { SpreadsheetApp: { getActiveSpreadsheet: () => spreadsheet } };
}
