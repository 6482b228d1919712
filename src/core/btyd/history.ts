/**
 * This file defines the inputs of the buy-till-you-die models (BG/NBD, Gamma-Gamma), one entry
 * per customer, in one time unit (days, weeks or months):
 * - frequency x: repeat purchases, the purchase periods after the first (same-day purchases merge),
 * - recency t_x: time from the first to the last purchase,
 * - T: time from the first purchase to the end of the calibration period.
 */
export interface RepeatHistory {
  readonly frequency: ArrayLike<number>;
  readonly recency: ArrayLike<number>;
  readonly T: ArrayLike<number>;
}

/** A repeat history with each customer's mean spend per repeat purchase (0 when x = 0). */
export interface SpendHistory extends RepeatHistory {
  readonly monetary: ArrayLike<number>;
}
