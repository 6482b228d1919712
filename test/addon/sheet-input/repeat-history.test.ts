import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/addon/input-error';
import { readModelArguments } from '../../../src/addon/sheet-input/repeat-history';

const PURCHASES = { purchases: true, spend: false };
const BOTH = { purchases: true, spend: true };

/** The problem and place of the InputError a call throws. */
function problemOf(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return { ...error.problem, ...error.place };
    throw error;
  }
  throw new Error('no error');
}

describe('readModelArguments', () => {
  const frequency = [[2], [''], [0]];
  const recency = [[30.43], [''], ['']];
  const age = [[38.86], [''], [38.86]];

  it('reads columns, skipping blank rows and keeping their places', () => {
    const { history, options } = readModelArguments([frequency, recency, age, 52], PURCHASES, 1);
    expect(history).toMatchObject({
      rowCount: 3,
      filledRows: [0, 2],
      header: false,
      frequency: [2, 0],
      recency: [30.43, 0],
      T: [38.86, 38.86],
    });
    expect(options).toEqual([52]);
  });

  const summary = [
    ['Customer', 'Repeat purchases', 'Recency (weeks)', 'T (weeks)', 'Mean repeat spend'],
    ['a', 2, 30.43, 38.86, 22.35],
    ['b', 0, 0, 38.86, 0],
  ];

  it('reads a summary table by its headings, in any order and from lifetimes too', () => {
    const { history } = readModelArguments([summary], BOTH);
    expect(history).toMatchObject({
      header: true,
      filledRows: [1, 2],
      frequency: [2, 0],
      recency: [30.43, 0],
      T: [38.86, 38.86],
      monetary: [22.35, 0],
    });
    const lifetimes = [
      ['T', 'monetary_value', 'frequency', 'recency'],
      [38.86, 22.35, 2, 30.43],
    ];
    expect(readModelArguments([lifetimes], BOTH).history.monetary).toEqual([22.35]);
    const cdnow = [
      ['ID', 'x', 't_x', 'T', 'zbar'],
      [1, 2, 30.43, 38.86, 22.35],
    ];
    expect(readModelArguments([cdnow], BOTH).history.frequency).toEqual([2]);
    const chinese = [
      ['客户', '重复购买次数', '首末购买间隔（周）', '观察期（周）'],
      ['张三', 1, 3, 10],
    ];
    expect(readModelArguments([chinese], PURCHASES).history.T).toEqual([10]);
  });

  it('takes the options after a table directly or after blank places for its columns', () => {
    expect(readModelArguments([summary, 52], PURCHASES, 1).options).toEqual([52]);
    expect(readModelArguments([summary, '', '', 52], PURCHASES, 1).options).toEqual([52]);
    expect(readModelArguments([summary, '', 0.1], BOTH, 2).options).toEqual(['', 0.1]);
    expect(problemOf(() => readModelArguments([summary, '', '', 0.1], BOTH, 2))).toMatchObject({
      kind: 'too-many-arguments',
      most: 6,
    });
  });

  it('names a column a table lacks', () => {
    expect(
      problemOf(() => readModelArguments([summary.map((row) => row.slice(0, 3))], PURCHASES)),
    ).toMatchObject({
      kind: 'summary-missing-column',
      column: 'T',
    });
  });

  it.each([
    [[[1.5], [2], [3]], { kind: 'not-whole', argument: 'frequency', row: 1, value: 1.5 }],
    [[[-1], [0], [3]], { kind: 'negative', argument: 'frequency', row: 1 }],
    [[[1], [4], [3]], { kind: 'recency-beyond-age', age: 3, argument: 'recency', value: 4 }],
    [[[0], [2], [3]], { kind: 'recency-without-repeat', argument: 'recency', value: 2 }],
    [[[1], [0], [0]], { kind: 'not-positive', argument: 'T', value: 0 }],
    [[[1], [1], ['']], { kind: 'blank-value', argument: 'T' }],
    [[[''], [1], [2]], { kind: 'blank-value', argument: 'frequency' }],
    [[['¥3'], [1], [2]], { kind: 'money-not-count', argument: 'frequency' }],
  ])('rejects %j with a problem naming the cell', (columns, problem) => {
    expect(problemOf(() => readModelArguments(columns, PURCHASES))).toMatchObject(problem);
  });

  it('requires a spend of 0 or more from repeat buyers only', () => {
    const read = (monetary: unknown) =>
      readModelArguments(
        [
          [[1], [0]],
          [[monetary], ['']],
        ],
        { purchases: false, spend: true },
      );
    expect(read(12).history.monetary).toEqual([12, 0]);
    expect(read(0).history.monetary).toEqual([0, 0]);
    expect(problemOf(() => read(-3))).toMatchObject({ kind: 'negative', argument: 'monetary' });
    expect(problemOf(() => read(''))).toMatchObject({ kind: 'blank-value', argument: 'monetary' });
  });

  it('names a table column by its heading', () => {
    const bad = [summary[0], ['a', 2, 40, 38.86, 22.35]];
    expect(problemOf(() => readModelArguments([bad], PURCHASES))).toMatchObject({
      kind: 'recency-beyond-age',
      argument: 'Recency (weeks)',
      row: 2,
    });
  });
});
