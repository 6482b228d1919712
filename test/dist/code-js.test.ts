/**
 * The bundle as Apps Script loads it: dist/Code.js in a bare global scope with only Apps Script
 * globals, its custom functions called on the R `rfm` package's 39,999 customers and checked
 * against a reference written here from docs/domain.md, not from the engine's code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, type LoadedBundle, loadBundle, sheetDate } from '../../dev/apps-script-vm';
import { readFixture } from '../helpers/csv';

const code = readFileSync(`${DIST}Code.js`, 'utf8');
const customers = readFixture('rfm-data-customer.csv');
const recencyDays = customers.map((row) => Number(row.recency_days));
const orders = customers.map((row) => Number(row.number_of_orders));
const revenue = customers.map((row) => Number(row.revenue));
const asColumn = (values: readonly unknown[]) => values.map((value) => [value]);

/** Type-7 quantile at k/parts from its exact rational position (n − 1)·k/parts. */
function referenceQuantile(sorted: readonly number[], k: number, parts: number): number {
  const numerator = (sorted.length - 1) * k;
  const lower = Math.floor(numerator / parts);
  const remainder = numerator - lower * parts;
  const a = sorted[lower] as number;
  if (remainder === 0) return a;
  const b = sorted[lower + 1] as number;
  const h = remainder / parts;
  return a === b ? a : (1 - h) * a + h * b;
}

function referenceScores(
  values: readonly number[],
  bins: number,
  lowerIsBetter: boolean,
): number[] {
  const sorted = [...values].sort((x, y) => x - y);
  const breaks = Array.from({ length: bins - 1 }, (_, i) => referenceQuantile(sorted, i + 1, bins));
  return values.map(
    (value) => 1 + breaks.filter((cut) => (lowerIsBetter ? cut > value : cut < value)).length,
  );
}

function referenceCodes(bins: number): number[] {
  const r = referenceScores(recencyDays, bins, true);
  const f = referenceScores(orders, bins, false);
  const m = referenceScores(revenue, bins, false);
  return r.map((score, i) => 100 * score + 10 * (f[i] as number) + (m[i] as number));
}

/** docs/domain.md §4: potential, churned (> 365 days), high value (≥ 0.8 quantile of the active), regular. */
function referenceTiers(): string[] {
  const active = customers.map(
    (_, i) => (orders[i] as number) > 0 && (recencyDays[i] as number) <= 365,
  );
  const activeRevenue = revenue.filter((_, i) => active[i]).sort((x, y) => x - y);
  const threshold = referenceQuantile(activeRevenue, 4, 5);
  return customers.map((_, i) => {
    if (orders[i] === 0) return 'Potential';
    if (!active[i]) return 'Churned';
    return (revenue[i] as number) >= threshold ? 'High value' : 'Regular';
  });
}

function firstCells(rows: unknown): unknown[] {
  return (rows as unknown[][]).map((row) => row[0]);
}

describe('dist/Code.js as Apps Script loads it', () => {
  it('parses as an ES2020 script, the most Apps Script is promised to take', () => {
    expect(() => parse(code, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
  });

  it('is plain script: no import, export or require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('declares each custom function at top level with its @customfunction JSDoc right above', () => {
    for (const [name, parameters] of [
      [
        'RFM_SCORE',
        [
          'recency',
          'frequency',
          'monetary',
          'bins',
          'as_of',
          'recency_breaks',
          'frequency_breaks',
          'monetary_breaks',
          'language',
        ],
      ],
      [
        'CUSTOMER_TIER',
        [
          'recency',
          'frequency',
          'monetary',
          'churn_days',
          'high_value_share',
          'as_of',
          'high_value_from',
          'language',
        ],
      ],
    ] as const) {
      const declaration = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(([^)]*)\\)`,
      ).exec(code);
      expect(declaration, name).not.toBeNull();
      const [, jsDoc = '', declared = ''] = declaration ?? [];
      expect(declared.split(', ')).toEqual(parameters);
      expect(jsDoc).toContain('@customfunction');
      expect(jsDoc).toMatch(/@return \S/);
      for (const parameter of parameters)
        expect(jsDoc).toMatch(new RegExp(`@param \\{[^}]+\\} ${parameter} \\S`));
    }
  });

  it('ships a manifest with V8 and only the narrow scopes: this spreadsheet, its UI, its trigger', () => {
    const manifest = JSON.parse(readFileSync(`${DIST}appsscript.json`, 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    // script.scriptapp is for the automatic refresh's trigger (docs/refresh.md); never the
    // full `spreadsheets` scope, which opening a file by id would need
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
    ]);
  });
});

describe.each(['Asia/Shanghai', 'America/New_York'])(
  'the 39,999 customers of R rfm, in a sheet in %s',
  (timeZone) => {
    let bundle: LoadedBundle;
    beforeAll(() => {
      bundle = loadBundle({ locale: 'en_US', timeZone });
    });

    it('RFM_SCORE from day counts matches the reference for every customer, at 5 and 3 bins', () => {
      expect(
        firstCells(
          bundle.call('RFM_SCORE', asColumn(recencyDays), asColumn(orders), asColumn(revenue)),
        ),
      ).toEqual(referenceCodes(5));
      expect(
        firstCells(
          bundle.call('RFM_SCORE', asColumn(recencyDays), asColumn(orders), asColumn(revenue), 3),
        ),
      ).toEqual(referenceCodes(3));
    });

    it('RFM_SCORE from last-visit dates and as-of 2007-01-01 gives the same codes', () => {
      const visits = customers.map((row) => {
        const [year, month, day] = (row.most_recent_visit ?? '').split('-').map(Number);
        return sheetDate(year as number, month as number, day as number, timeZone);
      });
      const asOf = sheetDate(2007, 1, 1, timeZone);
      const codes = bundle.call(
        'RFM_SCORE',
        asColumn(visits),
        asColumn(orders),
        asColumn(revenue),
        '',
        asOf,
      );
      expect(firstCells(codes)).toEqual(referenceCodes(5));
      // as_of typed as text is a calendar day: it only agrees if the dates are read in the sheet's zone
      const typedAsOf = bundle.call(
        'RFM_SCORE',
        asColumn(visits),
        asColumn(orders),
        asColumn(revenue),
        '',
        '2007-01-01',
      );
      expect(firstCells(typedAsOf)).toEqual(referenceCodes(5));
    });

    it('CUSTOMER_TIER matches docs/domain.md §4 for every customer', () => {
      const tiers = firstCells(
        bundle.call('CUSTOMER_TIER', asColumn(recencyDays), asColumn(orders), asColumn(revenue)),
      );
      const expected = referenceTiers();
      expect(tiers).toEqual(expected);
      expect(new Set(expected)).toEqual(new Set(['Churned', 'High value', 'Regular']));
    });

    it('counts whole calendar days in the sheet zone: 365 days is not yet churned, 366 is', () => {
      const lastPurchases = [sheetDate(2006, 1, 1, timeZone), sheetDate(2005, 12, 31, timeZone)];
      for (const asOf of ['2007-01-01', sheetDate(2007, 1, 1, timeZone)]) {
        const tiers = bundle.call(
          'CUSTOMER_TIER',
          asColumn(lastPurchases),
          [[1], [1]],
          [[10], [10]],
          365,
          0.2,
          asOf,
        );
        expect(firstCells(tiers)).toEqual(['High value', 'Churned']);
      }
    });

    it('raises a plain Error with a clear message for bad input', () => {
      let thrown: unknown;
      try {
        bundle.call('RFM_SCORE', [[1], ['x']], [[1], [2]], [[1], [2]]);
      } catch (error) {
        thrown = error;
      }
      expect(Object.prototype.toString.call(thrown)).toBe('[object Error]');
      expect((thrown as Error).constructor.name).toBe('Error');
      expect((thrown as Error).message).toBe('RFM_SCORE: recency, row 2: "x" is not a number.');
    });
  },
);

describe('the menu in the bundle', () => {
  it('adds items whose functions exist at top level: the sidebar and the function help open', () => {
    const sidebar = readFileSync(`${DIST}Sidebar.html`, 'utf8');
    const bundle = loadBundle({ locale: 'en_US', files: { Sidebar: sidebar } });
    bundle.call('onOpen', { authMode: 'NONE' });
    const items = bundle.fake.menus.flatMap((menu) => menu.items);
    expect(items.map((item) => item.functionName)).toEqual(['showSidebar', 'showFunctionHelp']);
    for (const item of items) {
      expect(code).toMatch(new RegExp(`^function ${item.functionName}\\(`, 'm'));
      bundle.call(item.functionName);
    }
    expect(bundle.fake.sidebars[0]?.html).toBe(sidebar);
    expect(bundle.fake.dialogs[0]?.html).toContain('RFM_SCORE');
  });
});

describe('the bundle in a Chinese spreadsheet', () => {
  it('labels tiers in Chinese', () => {
    const bundle = loadBundle({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' });
    const tiers = firstCells(
      bundle.call('CUSTOMER_TIER', [[1], [500], ['']], [[3], [1], [0]], [[90], [10], [0]]),
    );
    expect(tiers).toEqual(['高价值客户', '流失客户', '潜在客户']);
  });
});
