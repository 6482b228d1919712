import { describe, expect, it } from 'vitest';
import { BGNBD_FIT } from '../../../src/addon/custom-functions/bgnbd-fit';
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
/**
 * The probability of buying again within t, recomputed here from P_ALIVE and BGNBD_FIT's
 * parameters: P(alive) · (1 − ((α + T)/(α + T + t))^(r + x)).
 */
function buyAgainOf(t: number): number[] {
  const [r, alpha] = BGNBD_FIT(x, tx, T)[1] as [number, number];
  return aliveOf().map((alive, i) => {
    const age = cdnow.T[i] as number;
    const repeats = cdnow.frequency[i] as number;
    return alive * (1 - ((alpha + age) / (alpha + age + t)) ** (r + repeats));
  });
}
const LONGEST_T = Math.max(...cdnow.T);

describe('CHURN_RISK', () => {
  it('reads each probability of buying again within the longest T against 0.5 and 0.2', () => {
    const risks = firstCells(CHURN_RISK(x, tx, T));
    const buyAgain = buyAgainOf(LONGEST_T);
    risks.forEach((risk, i) => {
      const p = buyAgain[i] as number;
      expect(risk).toBe(p >= 0.5 ? 'Active' : p >= 0.2 ? 'At risk' : 'Likely churned');
    });
    expect(new Set(risks)).toEqual(new Set(['Active', 'At risk', 'Likely churned']));
  });

  it('does not read P(alive): a one-time buyer of long ago is not active', () => {
    const risks = firstCells(CHURN_RISK(x, tx, T));
    const alive = aliveOf();
    const oneTimeBuyers = cdnow.frequency.flatMap((repeats, i) => (repeats === 0 ? [i] : []));
    expect(oneTimeBuyers.every((i) => alive[i] === 1)).toBe(true);
    expect(oneTimeBuyers.every((i) => risks[i] === 'Likely churned')).toBe(true);
  });

  it('takes other thresholds as an array literal and a horizon, and answers in Chinese', () => {
    const risks = firstCells(CHURN_RISK(x, tx, T, [[0.9, 0.5]], 10, 'zh'));
    const buyAgain = buyAgainOf(10);
    risks.forEach((risk, i) => {
      const p = buyAgain[i] as number;
      expect(risk).toBe(p >= 0.9 ? '活跃' : p >= 0.5 ? '有流失风险' : '大概率已流失');
    });
  });

  it('refuses thresholds out of order or out of [0, 1]', () => {
    expect(thrownMessage(() => CHURN_RISK(x, tx, T, [[0.3, 0.7]]))).toBe(
      'CHURN_RISK: thresholds: 0.3, 0.7: give the active threshold first, then the at-risk one, each from 0 to 1, the first not below the second (default 0.5, 0.2).',
    );
    expect(thrownMessage(() => CHURN_RISK(x, tx, T, [[1.5, 0.3]]))).toBe(
      'CHURN_RISK: thresholds: 1.5 is not allowed; use a probability from 0 to 1, such as 0.7 or 70%.',
    );
  });
});
