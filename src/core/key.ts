/**
 * This file defines keys: what identifies a customer or an order. It stands alone so that the
 * containers of keys and the transaction summaries that use them do not import each other.
 */

/** What identifies a customer or an order: equal keys, same customer or order. */
export type Key = string | number;
