/**
 * This file defines the tests of how the prediction functions fit on small shops: on 20 seeded
 * random samples each of 30, 50, 100 and 200 CDNOW customers, every prediction function answers
 * rather than refusing (it refused 11 of 20 samples of 50 under maximum likelihood alone).
 */
import { describe, expect, it } from 'vitest';
import { BGNBD_FIT } from '../../src/addon/custom-functions/bgnbd-fit';
import { CHURN_RISK } from '../../src/addon/custom-functions/churn-risk';
import { CLV_PREDICT } from '../../src/addon/custom-functions/clv-predict';
import { EXPECTED_PURCHASES } from '../../src/addon/custom-functions/expected-purchases';
import { EXPECTED_SPEND } from '../../src/addon/custom-functions/expected-spend';
import { GAMMAGAMMA_FIT } from '../../src/addon/custom-functions/gammagamma-fit';
import { P_ALIVE } from '../../src/addon/custom-functions/p-alive';
import { readCdnowSpendSummary, sampleCdnowCustomers } from '../helpers/cdnow';
import { column } from '../helpers/ranges';
import { useFakeSpreadsheet } from '../helpers/spreadsheet';

useFakeSpreadsheet();

const cdnow = readCdnowSpendSummary();

const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe.each([30, 50, 100, 200])('on 20 samples of %i CDNOW customers', (size) => {
  it('every prediction function answers', () => {
    for (const seed of SEEDS) {
      const rows = sampleCdnowCustomers(size, seed);
      const [x, tx, T, m] = [cdnow.frequency, cdnow.recency, cdnow.T, cdnow.monetary].map(
        (values) => column(...rows.map((i) => values[i])),
      ) as [unknown[][], unknown[][], unknown[][], unknown[][]];
      const answers = [
        P_ALIVE(x, tx, T),
        CHURN_RISK(x, tx, T),
        EXPECTED_PURCHASES(x, tx, T, 39),
        CLV_PREDICT(x, tx, T, m, 12),
        EXPECTED_SPEND(x, m),
        BGNBD_FIT(x, tx, T),
        GAMMAGAMMA_FIT(x, m),
      ];
      for (const answer of answers.slice(0, 5)) expect(answer).toHaveLength(size);
      for (const answer of answers)
        for (const cell of answer.flat())
          if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
    }
  });
});
