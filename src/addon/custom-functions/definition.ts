/**
 * This file defines how a custom function is declared: once, with its name, help text, example
 * and implementation. The build reads these declarations to write the top-level stubs and their
 * `@customfunction` JSDoc, and the README's function reference comes from the same place.
 */
import type { Language } from '../../core/labels';

/** Text in each language the add-on speaks. */
export type Localized = Readonly<Record<Language, string>>;

export interface ParameterSpec {
  /** The name Sheets shows while the user types, e.g. `recency`. */
  readonly name: string;
  /** What the user passes, as JSDoc shows it: `A2:A`, `number`, `date`, `text`. */
  readonly type: string;
  readonly optional?: boolean;
  readonly help: Localized;
}

export interface CustomFunctionSpec {
  readonly name: string;
  readonly summary: Localized;
  readonly parameters: readonly ParameterSpec[];
  readonly returns: Localized;
  /** A formula a user can paste, e.g. `=RFM_SCORE(B2:B, C2:C, D2:D)`. */
  readonly example: string;
}

/** A custom function as Apps Script calls it, carrying its declaration for the build. */
export type CustomFunction = ((...args: unknown[]) => unknown) & {
  readonly spec: CustomFunctionSpec;
};
