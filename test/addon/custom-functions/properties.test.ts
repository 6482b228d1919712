/**
 * Whatever a user types, every custom function either answers with one clean row per input row
 * (no undefined, NaN or infinity in a cell) or throws a plain Error whose message starts with
 * the function's name and is not an unexpected error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateCustomers, simulatedLog } from '../../../dev/btyd-simulation';
import { CUSTOM_FUNCTIONS } from '../../../src/addon/custom-functions';
import type { CustomFunction, ParameterSpec } from '../../../src/addon/custom-functions/definition';
import { formatCivilDay } from '../../../src/core/civil-day';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet('en_US', 'America/New_York');

const anyCell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '#N/A',
    '¥1,200',
    '50万',
    '12%',
    '2024-03-05',
    '2024年3月5日',
    '3/5/2024',
    'zh',
    'abc',
    '1e400',
    '-1e400',
    'Mar 5, 2024',
  ),
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE),
  fc.integer({ min: -5, max: 2000 }),
  fc.double(),
  fc.date(),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
);
const anyRange = fc.oneof(
  anyCell,
  fc.integer({ min: 1, max: 3 }).chain((width) =>
    fc.array(fc.array(anyCell, { minLength: width, maxLength: width }), {
      minLength: 1,
      maxLength: 12,
    }),
  ),
);

/** Cells a user would type in a parameter's column, valid most of the time. */
function plausibleCell(parameter: ParameterSpec): fc.Arbitrary<unknown> {
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 900 }),
    fc.constantFrom('', '¥1,200', '50万', 12.5),
  );
  switch (parameter.name) {
    case 'codes_or_r':
      return fc.constantFrom(111, 555, 345, '512', '');
    case 'recency':
      return fc.integer({ min: 0, max: 900 });
    case 'frequency':
      return fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom('', '12'));
    case 'discount_rate':
      return fc.constantFrom(0, 0.1, '10%');
    case 'customers':
      return fc.constantFrom('a', 'b', 'c', 17850);
    case 'dates':
      return fc.constantFrom('2024-03-05', '2024年3月1日', 45300, '2023/12/31');
    case 'first_purchase':
      return fc.constantFrom('2023-01-05', '2023年3月1日', 44900);
    case 'last_purchase':
      return fc.constantFrom('2024-03-05', '2024/6/1', 45400);
    case 'revenues':
    case 'costs':
      return fc.array(amount, { minLength: 3, maxLength: 3 });
    default:
      return parameter.type.includes(':') && !parameter.optional ? amount : fc.constant('');
  }
}

/**
 * Customers as the prediction models take them, drawn from the models themselves (a few hundred,
 * as a small shop has), spend written as users write it now and then.
 */
function plausibleModelArguments(fn: CustomFunction): fc.Arbitrary<unknown[]> {
  const population = fc
    .record({ seed: fc.integer(), customers: fc.integer({ min: 150, max: 400 }) })
    .map(({ seed, customers }) =>
      simulateCustomers(
        { r: 0.6, alpha: 5, a: 0.8, b: 3 },
        { customers, longestT: 52, entrySpan: 26, seed, daysPerUnit: 7, spend: SPEND },
      ),
    );
  return population.map((customers) =>
    fn.spec.parameters.map((parameter) => {
      const columnOf = (values: readonly unknown[]) => values.map((value) => [value]);
      switch (parameter.name) {
        case 'frequency':
          return columnOf(customers.frequency);
        case 'recency':
          return columnOf(customers.recency);
        case 'T':
          return columnOf(customers.T);
        case 'monetary':
          return columnOf(customers.monetary.map((m, i) => (i % 7 === 3 && m > 0 ? `¥${m}` : m)));
        case 'periods':
          return 12;
        default:
          return '';
      }
    }),
  );
}

const SPEND = { p: 6, q: 4, gamma: 15 };

/** Ranges optional only so that a summary table can stand in for them: given as columns here. */
const STANDS_IN = new Set(['last_purchase', 'frequency']);

/**
 * An order log as a backtest takes it: a small shop's customers drawn from the model over a
 * year, split after 39 weeks, dates written as users write them.
 */
function plausibleLogArguments(): fc.Arbitrary<unknown[]> {
  const options = { longestT: 52, entrySpan: 26, daysPerUnit: 7 };
  return fc
    .record({ seed: fc.integer(), customers: fc.integer({ min: 150, max: 400 }) })
    .map(({ seed, customers }) => {
      const simulated = simulateCustomers(
        { r: 0.6, alpha: 5, a: 0.8, b: 3 },
        { ...options, customers, seed, spend: SPEND },
      );
      const log = simulatedLog(simulated, options);
      const start = 19723; // 2024-01-01
      const columnOf = (values: readonly unknown[]) => values.map((value) => [value]);
      return [
        columnOf(log.customerKeys),
        columnOf(log.days.map((day) => formatCivilDay(start + day))),
        columnOf(log.amounts),
        formatCivilDay(start + 39 * 7),
        'weeks',
      ];
    });
}

function plausibleArguments(fn: CustomFunction): fc.Arbitrary<unknown[]> {
  if (fn.spec.parameters.some((parameter) => parameter.name === 'split_date'))
    return plausibleLogArguments();
  const isModel = fn.spec.parameters.some(
    (parameter) => parameter.name === 'T' || (parameter.name === 'monetary' && parameter.optional),
  );
  if (isModel) return plausibleModelArguments(fn);
  return fc.integer({ min: 1, max: 15 }).chain((rows) =>
    fc.tuple(
      ...fn.spec.parameters.map((parameter) => {
        const cells = fc.array(plausibleCell(parameter), { minLength: rows, maxLength: rows });
        if (!parameter.type.includes(':') || (parameter.optional && !STANDS_IN.has(parameter.name)))
          return plausibleCell(parameter);
        return parameter.name === 'revenues' || parameter.name === 'costs'
          ? cells
          : cells.map((column) => column.map((cell) => [cell]));
      }),
    ),
  );
}

/** Calls the function; true when it answered, after checking the answer or the error. */
function answersCleanly(fn: CustomFunction, args: unknown[]): boolean {
  let result: unknown[][];
  try {
    result = fn(...args);
  } catch (error) {
    expect((error as Error).constructor).toBe(Error);
    expect((error as Error).message).toMatch(new RegExp(`^${fn.spec.name}[:：]`));
    expect((error as Error).message).not.toMatch(/unexpected|意外/);
    return false;
  }
  for (const row of result) {
    expect(Array.isArray(row)).toBe(true);
    for (const value of row) {
      expect(value).not.toBeUndefined();
      if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
    }
  }
  return true;
}

/** The functions that fit a prediction model on every call. */
const FITTED = new Set([
  'BGNBD_FIT',
  'P_ALIVE',
  'EXPECTED_PURCHASES',
  'GAMMAGAMMA_FIT',
  'EXPECTED_SPEND',
  'CLV_PREDICT',
  'CHURN_RISK',
  'BTYD_BACKTEST',
]);
for (const name of FITTED)
  if (!CUSTOM_FUNCTIONS.some((fn) => fn.spec.name === name)) throw new Error(`no function ${name}`);

describe.each(CUSTOM_FUNCTIONS.map((fn) => [fn.spec.name, fn] as const))('%s', (_, fn) => {
  it('never crashes on any input: it answers cleanly or says what is wrong', () => {
    const args = fc.array(anyRange, { maxLength: fn.spec.parameters.length + 1 });
    fc.assert(
      fc.property(args, (given) => void answersCleanly(fn, given)),
      { numRuns: 300 },
    );
  });

  it('answers plausible input cleanly, most of the time', () => {
    let answered = 0;
    // a fit takes milliseconds where a score takes microseconds: fewer runs keep npm test short
    const runs = FITTED.has(fn.spec.name) ? 60 : 200;
    fc.assert(
      fc.property(plausibleArguments(fn), (given) => {
        if (answersCleanly(fn, given)) answered++;
      }),
      { numRuns: runs },
    );
    expect(answered).toBeGreaterThan(runs / 2);
  });
});
