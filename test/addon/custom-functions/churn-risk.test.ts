import { describe, expect, it } from 'vitest';
import { CHURN_RISK } from '../../../src/addon/custom-functions/churn-risk';
import { P_ALIVE } from '../../../src/addon/custom-functions/p-alive';
import { readCdnowSpendSummary } from '../../helpers/cdnow';
import { column, firstCells, thrownMessage } from '../../helpers/ranges';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

const cdnow = readCdnowSpendSummary();
const [x, tx, T] = [cdnow.frequency, cdnow.recency, cdnow.T].map((values) => column(...values));
/** P(alive) per customer, computed where the fake spreadsheet is installed. */
const aliveOf = () => firstCells(P_ALIVE(x, tx, T)) as number[];

describe('CHURN_RISK', () => {
  it('reads each P(alive) against 0.7 and 0.3', () => {
    const risks = firstCells(CHURN_RISK(x, tx, T));
    const alive = aliveOf();
    risks.forEach((risk, i) => {
      const p = alive[i] as number;
      expect(risk).toBe(p >= 0.7 ? 'Active' : p >= 0.3 ? 'At risk' : 'Likely churned');
    });
    expect(new Set(risks)).toEqual(new Set(['Active', 'At risk', 'Likely churned']));
  });

  it('takes other thresholds as an array literal, and answers in Chinese', () => {
    const risks = firstCells(CHURN_RISK(x, tx, T, [[0.9, 0.5]], 'zh'));
    const alive = aliveOf();
    risks.forEach((risk, i) => {
      const p = alive[i] as number;
      expect(risk).toBe(p >= 0.9 ? '活跃' : p >= 0.5 ? '有流失风险' : '大概率已流失');
    });
  });

  it('refuses thresholds out of order or out of [0, 1]', () => {
    expect(thrownMessage(() => CHURN_RISK(x, tx, T, [[0.3, 0.7]]))).toBe(
      'CHURN_RISK: thresholds: 0.3, 0.7: give the active threshold first, then the at-risk one, each from 0 to 1, the first not below the second (default 0.7, 0.3).',
    );
    expect(thrownMessage(() => CHURN_RISK(x, tx, T, [[1.5, 0.3]]))).toBe(
      'CHURN_RISK: thresholds: 1.5 is not allowed; use a probability from 0 to 1, such as 0.7 or 70%.',
    );
  });
});
