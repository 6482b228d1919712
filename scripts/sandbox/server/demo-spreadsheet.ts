/**
 * This file defines the spreadsheet the sandbox opens: the built dist/Code.js running over a fake
 * spreadsheet in `en_GB` / Europe/London (Online Retail is a UK shop, its times London times),
 * holding the two demo sheets of scripts/sandbox/demo imported as CSV files, each formatted as a
 * user would (a bold, frozen header row) and with one conditional-format rule of the user's own,
 * which Clear must keep. The add-on's sidebar is opened as its menu item opens it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type LoadedBundle, runBundle } from '../../../dev/bundle-vm';
import type { RecordedDialog } from '../../../dev/spreadsheet-fake/ui';
import { addCsvSheet } from './csv-sheet';

type RuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

interface DemoSheet {
  readonly name: string;
  readonly file: string;
  /** The user's own rule: a condition on one column's data cells, shown in a font colour. */
  readonly userRule: {
    readonly column: number;
    readonly when: (builder: RuleBuilder) => RuleBuilder;
    readonly fontColor: string;
  };
}

const DEMO_SHEETS: readonly DemoSheet[] = [
  {
    name: 'Online Retail',
    file: 'online-retail.csv',
    // cancellations have negative quantities
    userRule: { column: 4, when: (rule) => rule.whenNumberLessThan(0), fontColor: '#c5221f' },
  },
  {
    name: '客户名单',
    file: 'customers-zh.csv',
    // frequent buyers, by 购买次数
    userRule: {
      column: 3,
      when: (rule) => rule.whenNumberGreaterThanOrEqualTo(20),
      fontColor: '#137333',
    },
  },
];

export interface DemoSpreadsheet {
  readonly bundle: LoadedBundle;
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The sidebar the add-on showed: its title and HTML. */
  readonly sidebar: RecordedDialog;
}

/** Opens the demo over the built add-on in `root`/dist. */
export function openDemoSpreadsheet(root: string): DemoSpreadsheet {
  const built = (file: string) => readFileSync(join(root, 'dist', file), 'utf8');
  const bundle = runBundle(built('Code.js'), {
    name: 'Customer Tiers sandbox',
    locale: 'en_GB',
    timeZone: 'Europe/London',
    files: { Sidebar: built('Sidebar.html') },
  });
  const spreadsheet = bundle.fake.SpreadsheetApp.getActiveSpreadsheet();
  const [blank] = spreadsheet.getSheets();
  const sheets = DEMO_SHEETS.map((demo) => {
    const csv = readFileSync(join(root, 'scripts', 'sandbox', 'demo', demo.file), 'utf8');
    const sheet = addCsvSheet(spreadsheet, demo.name, csv);
    formatLikeAUser(bundle.fake.SpreadsheetApp, sheet, demo.userRule);
    return sheet;
  });
  if (blank) spreadsheet.deleteSheet(blank);
  if (sheets[0]) spreadsheet.setActiveSheet(sheets[0]);
  bundle.call('showSidebar');
  const sidebar = bundle.fake.sidebars.at(-1);
  if (!sidebar) throw new Error('sandbox: showSidebar showed no sidebar');
  return { bundle, spreadsheet, sidebar };
}

function formatLikeAUser(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  userRule: DemoSheet['userRule'],
): void {
  sheet.getRange(1, 1, 1, sheet.getLastColumn()).setFontWeight('bold').setBackground('#f1f3f4');
  sheet.setFrozenRows(1);
  const dataCells = sheet.getRange(2, userRule.column, sheet.getLastRow() - 1, 1);
  const rule = userRule
    .when(app.newConditionalFormatRule())
    .setFontColor(userRule.fontColor)
    .setRanges([dataCells])
    .build();
  sheet.setConditionalFormatRules([rule]);
}
