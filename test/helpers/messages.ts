/**
 * This file defines the fixed tails of messages that tests compare whole.
 */

/** What "not a date" adds in an en_US spreadsheet: the accepted forms, month first. */
export const NOT_A_DATE_MDY =
  " Use a date cell, or text such as 2024-03-05, 2024/3/5, 2024年3月5日 or 3/5/2024 (read as month/day/year, as this spreadsheet's locale writes dates).";
