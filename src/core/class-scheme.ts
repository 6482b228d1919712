/**
 * This file defines a class scheme: the classes a model puts customers in, listed in the order a
 * legend shows them, each with its label in every language and its row colours, and the heading
 * of the column that holds them. The segment models (models.ts) and the prediction models
 * (prediction-models.ts) are class schemes; the legend and the row colours read any of them.
 */
import type { Label } from './labels';
import { type RowColours, rowColours, type Tint } from './palette';

export interface ClassScheme<Class extends string = string> {
  readonly id: string;
  readonly name: Label;
  /** The heading of the column that holds the class. */
  readonly heading: Label;
  /** The classes in the order a legend lists them. */
  readonly classes: readonly Class[];
  readonly labels: Readonly<Record<Class, Label>>;
  readonly colours: Readonly<Record<Class, RowColours>>;
}

/**
 * The row colours of each class, from the tint it is given.
 *
 * @example colourMap({ A: 'grey' }) //=> { A: { background: '#DDDDDD', text: '#202124' } }
 */
export function colourMap<Class extends string>(
  tints: Readonly<Record<Class, Tint>>,
): Record<Class, RowColours> {
  const entries = Object.entries(tints) as [Class, Tint][];
  return Object.fromEntries(entries.map(([id, tint]) => [id, rowColours(tint)])) as Record<
    Class,
    RowColours
  >;
}
