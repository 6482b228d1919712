/**
 * This file defines the list of custom functions, the one place the menu's help and the public
 * surface take them from.
 */
import { ABC_CLASS } from './abc-class';
import { BGNBD_FIT } from './bgnbd-fit';
import { BTYD_SUMMARY } from './btyd-summary';
import { CHURN_RISK } from './churn-risk';
import { CLV } from './clv';
import { CLV_PREDICT } from './clv-predict';
import { CUSTOMER_CLUSTER } from './customer-cluster';
import { CUSTOMER_TIER } from './customer-tier';
import type { CustomFunction } from './definition';
import { EXPECTED_PURCHASES } from './expected-purchases';
import { EXPECTED_SPEND } from './expected-spend';
import { GAMMAGAMMA_FIT } from './gammagamma-fit';
import { LIFECYCLE_STAGE } from './lifecycle-stage';
import { P_ALIVE } from './p-alive';
import { RFM_CLASS } from './rfm-class';
import { RFM_SCORE } from './rfm-score';
import { RFM_SEGMENT } from './rfm-segment';
import { RFM_TABLE } from './rfm-table';

export {
  ABC_CLASS,
  BGNBD_FIT,
  BTYD_SUMMARY,
  CHURN_RISK,
  CLV,
  CLV_PREDICT,
  CUSTOMER_CLUSTER,
  CUSTOMER_TIER,
  EXPECTED_PURCHASES,
  EXPECTED_SPEND,
  GAMMAGAMMA_FIT,
  LIFECYCLE_STAGE,
  P_ALIVE,
  RFM_CLASS,
  RFM_SCORE,
  RFM_SEGMENT,
  RFM_TABLE,
};

/** Every custom function, in the order the help lists them. */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [
  RFM_TABLE,
  RFM_SCORE,
  RFM_SEGMENT,
  CUSTOMER_TIER,
  RFM_CLASS,
  ABC_CLASS,
  CLV,
  BTYD_SUMMARY,
  BGNBD_FIT,
  P_ALIVE,
  EXPECTED_PURCHASES,
  GAMMAGAMMA_FIT,
  EXPECTED_SPEND,
  CLV_PREDICT,
  CHURN_RISK,
  CUSTOMER_CLUSTER,
  LIFECYCLE_STAGE,
];
