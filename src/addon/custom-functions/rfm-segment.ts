/**
 * This file defines =RFM_SEGMENT: the named segment (Champions, Loyal Customers … 冠军客户 …) of
 * each customer's RFM code, or of three columns of R, F and M scores; scores on other than five
 * levels (RFM_SCORE's bins) are placed on the segment table's 1..5 as the sidebar places them.
 */
import { isBlank, readNumber } from '../../core/cell-value';
import { classLabels, MODELS } from '../../core/models';
import { PROSPECT_CODE } from '../../core/rfm-score';
import { onSegmentScale, rfmSegment } from '../../core/rfm-segment';
import { DEFAULT_BINS, NO_SCORE } from '../../core/score';
import {
  alignedColumns,
  type CellColumn,
  filledRowIndexes,
  hasHeaderRow,
  type NamedRange,
  rowsOut,
} from '../columns';
import { InputError } from '../input-error';
import { numberOption } from '../options';
import { readCell } from '../read-cell';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';

export const RFM_SEGMENT = defineCustomFunction(
  {
    name: 'RFM_SEGMENT',
    summary: {
      en: 'Named RFM segment of each customer (Champions, Loyal Customers, At Risk …), from RFM codes or from R, F and M scores (1 to 5, or 1 to bins).',
      zh: '按 RFM 代码或 R、F、M 三列分数（1 到 5，或 1 到 bins），给出客户细分（冠军客户、忠诚客户、有流失风险客户……）。',
    },
    parameters: [
      {
        name: 'codes_or_r',
        type: 'A2:A',
        help: {
          en: 'RFM codes such as 545 (from RFM_SCORE), or the R scores when f and m follow.',
          zh: 'RFM 代码（如 545，来自 RFM_SCORE），或在给出 f、m 时为 R 分数。',
        },
      },
      {
        name: 'f',
        type: 'B2:B',
        optional: true,
        help: { en: 'F scores, 1 to 5.', zh: 'F 分数，1 到 5。' },
      },
      {
        name: 'm',
        type: 'C2:C',
        optional: true,
        help: { en: 'M scores, 1 to 5.', zh: 'M 分数，1 到 5。' },
      },
      {
        name: 'bins',
        type: 'number',
        optional: true,
        help: {
          en: `The score levels the codes or scores were made with, as RFM_SCORE's bins (default ${DEFAULT_BINS}); each score is placed on the segment table's 1 to 5 first.`,
          zh: `代码或分数的分数档数，与 RFM_SCORE 的 bins 相同（默认 ${DEFAULT_BINS}）；先把每个分数换算到细分表的 1 到 5。`,
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: { en: 'One segment per row.', zh: '每行一个客户细分。' },
    example: '=RFM_SEGMENT(RFM_SCORE(B2:B, C2:C, D2:D))',
  },
  ({ args, language }) => {
    const [codesOrR, f, m, bins] = args;
    const levels = numberOption('bins', bins, 'bins', DEFAULT_BINS);
    const byScores = !isBlank(f) || !isBlank(m);
    if (byScores && (isBlank(f) || isBlank(m))) {
      throw new InputError(
        { kind: 'scores-need-three-columns' },
        { argument: isBlank(f) ? 'f' : 'm' },
      );
    }
    const ranges = byScores
      ? [
          { argument: 'codes_or_r', value: codesOrR },
          { argument: 'f', value: f },
          { argument: 'm', value: m },
        ]
      : [{ argument: 'codes_or_r', value: codesOrR }];
    const columns = alignedColumns(ranges);
    const header = hasHeaderRow(columns.cells);
    const rows = filledRowIndexes(columns, header ? 1 : 0);
    const segments = rows.map((row) => {
      const [r, fScore, mScore] = byScores
        ? threeScores(ranges, columns.cells, row, levels)
        : codeScores(row, columns.cells[0]?.at(row), levels);
      return rfmSegment(
        onSegmentScale(r, levels),
        onSegmentScale(fScore, levels),
        onSegmentScale(mScore, levels),
      );
    });
    const { heading } = MODELS['rfm-segments'];
    return rowsOut(
      columns.rowCount,
      rows,
      classLabels('rfm-segments', segments, language),
      header ? heading[language] : undefined,
    );
  },
);

type Scores = [r: number, f: number, m: number];

/** R, F and M scores 1..bins, or all three 0: the scores of a prospect (see RFM_SCORE). */
function threeScores(
  ranges: readonly NamedRange[],
  cells: readonly CellColumn[],
  row: number,
  bins: number,
): Scores {
  const scores = ranges.map(({ argument }, i) => {
    const cell = cells[i]?.at(row);
    const score = readCell(argument, row, cell, readNumber);
    if (score === null || !Number.isInteger(score) || score < NO_SCORE || score > bins)
      throw new InputError(
        { kind: 'not-a-segment-score', bins },
        { argument, row: row + 1, value: cell },
      );
    return score;
  });
  const unscored = scores.indexOf(NO_SCORE);
  if (unscored >= 0 && scores.some((score) => score !== NO_SCORE)) {
    const { argument } = ranges[unscored] as NamedRange;
    throw new InputError(
      { kind: 'not-a-segment-score', bins },
      { argument, row: row + 1, value: cells[unscored]?.at(row) },
    );
  }
  return scores as Scores;
}

/** The scores of an RFM code such as 545; the code 0 is a prospect's (see RFM_SCORE). */
function codeScores(row: number, cell: unknown, bins: number): Scores {
  const code = readCell('codes_or_r', row, cell, readNumber);
  if (code === PROSPECT_CODE) return [NO_SCORE, NO_SCORE, NO_SCORE];
  const digits = code === null || !Number.isInteger(code) ? [] : String(code).split('').map(Number);
  if (digits.length !== 3 || digits.some((digit) => digit < 1 || digit > bins)) {
    throw new InputError(
      { kind: 'not-an-rfm-code', bins },
      { argument: 'codes_or_r', row: row + 1, value: cell },
    );
  }
  return digits as Scores;
}
