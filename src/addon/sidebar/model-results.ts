/**
 * This file defines what a model's run hands the sheet writer (segment-sheet.ts) — the scheme,
 * each customer's result columns and class, and the notes — and what a prediction model reads
 * besides its data: the run's options, its labels' language and the sheet's settings.
 */
import type { ClassScheme } from '../../core/class-scheme';
import type { Language } from '../../core/labels';
import type { SheetSettings } from '../sheet-settings';
import type { ClassifyOptions } from './api';

/** A model's results for every customer: a prediction model's, or a segment model's. */
export interface ModelResults {
  /** What the rows are coloured and the legend listed by: the model's, with this run's labels. */
  readonly scheme: ClassScheme;
  /** Per customer: the values of the result columns, the label last; blanks where none. */
  readonly values: unknown[][];
  /** Per customer: the class, '' where the model gives none. */
  readonly classes: string[];
  readonly notes: string[];
}

/** What a prediction model reads besides its data. */
export interface PredictionContext {
  readonly options: ClassifyOptions;
  readonly language: Language;
  readonly sheet: SheetSettings;
}
