/**
 * This file defines the tests of the messages' counts: English says `1 row` and `2 rows`, and
 * groups thousands; Chinese has no plural and says `1 行` as it says `2 行`. And of the product's
 * Chinese words: a header row is 标题行 everywhere (messages, help, sidebar, README, docs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError, type Problem } from '../../src/addon/input-error';
import { type DateView, inputErrorMessage } from '../../src/addon/messages';
import { skippedRowsNote } from '../../src/addon/table-notes';
import type { FitFailureReason } from '../../src/core/btyd/fit-failure';
import type { Language } from '../../src/core/labels';

const view: DateView = {
  dateOrder: 'MDY',
  formatDate: (date) => date.toISOString(),
  formatDay: String,
};

function message(problem: Problem, language: Language): string {
  const error = new InputError(problem, { argument: 'recency', row: 3, value: 7 });
  return inputErrorMessage('RFM_SCORE', error, language, view);
}

const pastRows = (otherRows: number): Problem => ({
  kind: 'beyond-other-range',
  otherArgument: 'frequency',
  otherRows,
});

const periods = (columns: number): Problem => ({
  kind: 'period-mismatch',
  otherArgument: 'revenues',
  columns,
  otherColumns: 3,
});

describe('counts in English', () => {
  it.each([
    [1, '7 lies past the 1 row of frequency'],
    [2, '7 lies past the 2 rows of frequency'],
    [1000, '7 lies past the 1,000 rows of frequency'],
  ])('%i rows', (rows, text) => {
    expect(message(pastRows(rows), 'en')).toContain(text);
  });

  it.each([
    [1, 'the range has 1 column of periods'],
    [2, 'the range has 2 columns of periods'],
  ])('%i columns', (columns, text) => {
    expect(message(periods(columns), 'en')).toContain(text);
  });

  it('in the note of skipped rows', () => {
    expect(skippedRowsNote(1, 'en')).toBe('Note: 1 row without a customer skipped.');
    expect(skippedRowsNote(2500, 'en')).toBe('Note: 2,500 rows without a customer skipped.');
  });
});

describe('counts in Chinese', () => {
  it('take no plural', () => {
    expect(message(pastRows(1), 'zh')).toContain('7 超出了 frequency 的 1 行');
    expect(message(pastRows(2), 'zh')).toContain('7 超出了 frequency 的 2 行');
  });
});

describe('a Gamma-Gamma fit whose spend has no finite mean', () => {
  const noMean: Problem = {
    kind: 'fit-failed',
    model: 'gamma-gamma',
    reason: 'no-finite-mean-spend',
    detail: { p: 0.5, q: 0.776, gamma: 0.9 },
  };

  it('says why and shows q, in both languages', () => {
    expect(message(noMean, 'en')).toContain(
      'the Gamma-Gamma model has no average spend to forecast (q = 0.78 ≤ 1)',
    );
    expect(message(noMean, 'zh')).toContain('Gamma-Gamma 模型无法给出平均客单价（q = 0.78 ≤ 1）');
  });
});

describe('every reason a fit fails', () => {
  const failed = (
    reason: FitFailureReason,
    model: 'bg-nbd' | 'gamma-gamma' | 'k-means',
  ): Problem => ({
    kind: 'fit-failed',
    model,
    reason,
    detail: { repeatBuyers: 4, needed: 10, q: 2e6, p: 1, gamma: 3 },
  });

  it.each([
    ['no-repeat-purchases', 'bg-nbd', 'no customer bought more than once', '没有客户重复购买'],
    [
      'too-few-repeat-buyers',
      'bg-nbd',
      'only 4 customers bought more than once; the BG/NBD model needs at least 10',
      '只有 4 位客户重复购买',
    ],
    [
      'drop-out-alike',
      'bg-nbd',
      'customers do not differ enough in how likely they are to stop buying',
      '客户之间停止购买的可能性差别不大',
    ],
    [
      'spend-alike',
      'gamma-gamma',
      'spend per purchase differs no more between customers',
      '客户之间的客单价差异',
    ],
    [
      'did-not-converge',
      'k-means',
      'the k-means model could not be fitted',
      'k-means 模型无法拟合',
    ],
  ] as const)('%s is said plainly in both languages', (reason, model, english, chinese) => {
    expect(message(failed(reason, model), 'en')).toContain(english);
    expect(message(failed(reason, model), 'zh')).toContain(chinese);
  });
});

describe('one Chinese word for a header row', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const filesUnder = (folder: string) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|html|md)$/.test(name))
      .map((name) => join(root, folder, name));
  const texts = [...filesUnder('src'), ...filesUnder('ui'), ...filesUnder('docs')]
    .concat(join(root, 'README.md'))
    .map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

  it('searches the help texts, the sidebar and the documents', () => {
    expect(texts.some(({ path }) => path.endsWith('rfm-table.ts'))).toBe(true);
    expect(texts.some(({ path }) => path === join('docs', 'functions.md'))).toBe(true);
    // the word the product uses is there: the search reads the Chinese texts
    expect(texts.some(({ text }) => text.includes('标题行'))).toBe(true);
  });

  it('says 标题行, never 表头 or 表头行', () => {
    const found = texts.flatMap(({ path, text }) =>
      text
        .split('\n')
        .flatMap((line, i) => (line.includes('表头') ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
