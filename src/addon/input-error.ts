/**
 * This file defines the error a custom function raises for bad input: what is wrong (a problem)
 * and where (argument, 1-based row within its range, the cell's value). Messages come from
 * messages.ts, in the user's language.
 */
import type { FitFailureReason } from '../core/btyd/fit-failure';
import type { SummaryColumn } from '../core/btyd/summary-columns';
import type { CellProblem } from '../core/cell-value';
import type { RangeId } from '../core/option-registry';

export type Problem =
  | { readonly kind: CellProblem | 'negative' | 'not-a-single-value' | 'result-too-large' }
  | { readonly kind: 'numbers-not-dates' }
  /** A second currency at the place; `otherRow` (1-based, same range) holds the first. */
  | { readonly kind: 'mixed-currencies'; readonly otherRow: number; readonly otherValue: string }
  | { readonly kind: 'missing-argument' }
  | { readonly kind: 'too-many-arguments'; readonly most: number }
  | { readonly kind: 'not-one-column'; readonly columns: number }
  | {
      readonly kind: 'beyond-other-range';
      readonly otherArgument: string;
      readonly otherRows: number;
    }
  | {
      readonly kind: 'invalid-option';
      /** Which of the option registry's ranges the value is outside. */
      readonly rule: RangeId;
    }
  | { readonly kind: 'not-whole' | 'not-positive' | 'recency-without-repeat' | 'last-before-first' }
  | { readonly kind: 'recency-beyond-age'; readonly age: number }
  | {
      readonly kind: 'fit-failed';
      readonly model: 'bg-nbd' | 'gamma-gamma' | 'k-means';
      readonly reason: FitFailureReason;
      readonly detail: Readonly<Record<string, number>>;
    }
  | { readonly kind: 'frequency-spend-correlated'; readonly correlation: number }
  | { readonly kind: 'more-clusters-than-customers'; readonly customers: number }
  | { readonly kind: 'summary-missing-column'; readonly column: SummaryColumn }
  | { readonly kind: 'summary-and-columns' }
  | { readonly kind: 'not-a-period' }
  | { readonly kind: 'thresholds-out-of-order' }
  | { readonly kind: 'unknown-language' }
  | { readonly kind: 'as-of-without-dates' }
  | {
      readonly kind: 'as-of-before-purchase';
      readonly purchaseArgument: string;
      readonly purchaseRow: number;
      readonly purchaseDay: number;
    }
  | { readonly kind: 'mixed-recency'; readonly expected: 'dates' | 'days' }
  | { readonly kind: 'blank-recency-for-buyer' }
  | { readonly kind: 'not-an-rfm-code' | 'not-a-segment-score' }
  | { readonly kind: 'scores-need-three-columns' }
  | { readonly kind: 'shares-out-of-order' }
  | { readonly kind: 'not-a-rate' }
  | { readonly kind: 'blank-value' }
  | {
      readonly kind: 'period-mismatch';
      readonly otherArgument: string;
      readonly columns: number;
      readonly otherColumns: number;
    };

/** A column of the sheet itself (the sidebar reads columns, not a formula's arguments). */
export interface SheetColumnPlace {
  /** The column's header text; '' without a header row. */
  readonly header: string;
  /** 0-based column index (A = 0). */
  readonly column: number;
  /** 1-based sheet row of the column's first cell read. */
  readonly firstRow: number;
}

export interface ProblemPlace {
  /** The argument at fault; none for a problem of the whole call. */
  readonly argument?: string;
  /** Where the argument's cells are when they are a sheet column: messages name it, not the argument. */
  readonly sheetColumn?: SheetColumnPlace;
  /** 1-based row within the argument's range, for problems of one cell. */
  readonly row?: number;
  /** 0-based column within a range of several columns (CLV's periods). */
  readonly column?: number;
  /** The cell or argument value at fault. */
  readonly value?: unknown;
}

export class InputError extends Error {
  constructor(
    readonly problem: Problem,
    readonly place: ProblemPlace,
  ) {
    super(`${place.argument ?? ''}${place.row ? ` row ${place.row}` : ''}: ${problem.kind}`);
    this.name = 'InputError';
  }
}
