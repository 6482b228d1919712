/**
 * This file defines the list of custom functions in the order the menu's help lists them; the
 * public surface exports them all from all.ts.
 */
import * as all from './all';
import type { CustomFunction } from './definition';

export * from './all';

/** Every custom function, in the order the help lists them. */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  all.RFM_TABLE,
  all.RFM_SCORE,
  all.RFM_SEGMENT,
  all.CUSTOMER_TIER,
  all.RFM_CLASS,
  all.ABC_CLASS,
  all.SEGMENT_BREAKDOWN,
  all.CLV,
  all.BTYD_SUMMARY,
  all.BGNBD_FIT,
  all.P_ALIVE,
  all.EXPECTED_PURCHASES,
  all.GAMMAGAMMA_FIT,
  all.EXPECTED_SPEND,
  all.CLV_PREDICT,
  all.CHURN_RISK,
  all.BTYD_BACKTEST,
  all.CUSTOMER_CLUSTER,
  all.LIFECYCLE_STAGE,
];
