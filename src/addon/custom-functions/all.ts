/**
 * This file defines the add-on's custom functions as one module, whose every export the build
 * makes a top-level function with its @customfunction JSDoc.
 */
export { ABC_CLASS } from './abc-class';
export { BGNBD_FIT } from './bgnbd-fit';
export { BTYD_BACKTEST } from './btyd-backtest';
export { BTYD_SUMMARY } from './btyd-summary';
export { CHURN_RISK } from './churn-risk';
export { CLV } from './clv';
export { CLV_PREDICT } from './clv-predict';
export { CUSTOMER_CLUSTER } from './customer-cluster';
export { CUSTOMER_TIER } from './customer-tier';
export { EXPECTED_PURCHASES } from './expected-purchases';
export { EXPECTED_SPEND } from './expected-spend';
export { GAMMAGAMMA_FIT } from './gammagamma-fit';
export { LIFECYCLE_STAGE } from './lifecycle-stage';
export { P_ALIVE } from './p-alive';
export { RFM_CLASS } from './rfm-class';
export { RFM_SCORE } from './rfm-score';
export { RFM_SEGMENT } from './rfm-segment';
export { RFM_TABLE } from './rfm-table';
export { SEGMENT_BREAKDOWN } from './segment-breakdown';
