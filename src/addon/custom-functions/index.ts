/**
 * This file defines the list of custom functions, the one place the menu's help and the public
 * surface take them from.
 */
import { CUSTOMER_TIER } from './customer-tier';
import type { CustomFunction } from './definition';
import { RFM_SCORE } from './rfm-score';

export { CUSTOMER_TIER, RFM_SCORE };

/** Every custom function, in the order the help lists them. */
export const CUSTOM_FUNCTIONS: readonly CustomFunction[] = [RFM_SCORE, CUSTOMER_TIER];
