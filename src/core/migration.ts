/**
 * This file defines who moved where between two runs of one model: the from → to matrix of
 * customers matched by id (never by row, so sorting and inserted rows change nothing), the
 * customers new and gone since, and the churn alerts — customers who moved down, defined once per
 * model below — sorted by the money at risk.
 */
import type { ModelId } from './model-ids';
import type { PredictionModelId } from './prediction-models';

export type AnyModelId = ModelId | PredictionModelId;

/** A move that warns: from any of `from` to any of `to`. */
interface DownMove {
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/**
 * The moves each model warns about: a valuable customer slipping, or anyone falling into the
 * model's last class. Clusters are renumbered by value every run, so they warn about nothing.
 */
export const DOWN_MOVES: Readonly<Record<AnyModelId, readonly DownMove[]>> = {
  tiers: [
    { from: ['high-value'], to: ['regular', 'churned'] },
    { from: ['potential', 'regular'], to: ['churned'] },
  ],
  'rfm-segments': [
    { from: ['champions', 'loyal-customers'], to: ['at-risk', 'cant-lose-them', 'lost'] },
    {
      from: [
        'new-customers',
        'promising',
        'potential-loyalist',
        'need-attention',
        'about-to-sleep',
      ],
      to: ['lost'],
    },
  ],
  'value-classes': [
    {
      from: ['important-value', 'important-development'],
      to: ['important-retention', 'important-recovery', 'general-retention', 'general-recovery'],
    },
  ],
  abc: [{ from: ['A'], to: ['B', 'C'] }],
  'churn-risk': [
    { from: ['active'], to: ['at-risk', 'likely-churned'] },
    { from: ['at-risk'], to: ['likely-churned'] },
  ],
  lifecycle: [
    { from: ['new', 'active'], to: ['at-risk', 'dormant', 'churned'] },
    { from: ['at-risk'], to: ['dormant', 'churned'] },
    { from: ['dormant'], to: ['churned'] },
  ],
  clusters: [],
};

/** Whether moving from one class to another is one the model warns about. */
export function isDownMove(model: AnyModelId, from: string, to: string): boolean {
  return DOWN_MOVES[model].some((move) => move.from.includes(from) && move.to.includes(to));
}

/** One run's classes by customer id, with what each customer's loss would cost. */
export interface RunClasses {
  readonly classOf: ReadonlyMap<string, string>;
  /** Money at risk per customer: their monetary, or predicted CLV where it was predicted. */
  readonly moneyOf?: ReadonlyMap<string, number>;
}

export interface ChurnAlert {
  readonly customer: string;
  readonly from: string;
  readonly to: string;
  readonly moneyAtRisk: number;
}

export interface Migration {
  /** The classes in the model's order: the matrix's rows (from) and columns (to). */
  readonly classes: readonly string[];
  /** `counts[from][to]`: customers in both runs, by their class in each. */
  readonly counts: readonly (readonly number[])[];
  /** Customers in this run only, and in the previous one only. */
  readonly newCustomers: number;
  readonly goneCustomers: number;
  /** The customers who moved down, most money at risk first (then by id). */
  readonly alerts: readonly ChurnAlert[];
}

/**
 * @param classes the model's classes in its order; a class outside them (an old run's class the
 *   model no longer has) is counted nowhere in the matrix but still alerts when it should
 */
export function migration(
  model: AnyModelId,
  classes: readonly string[],
  previous: RunClasses,
  current: RunClasses,
): Migration {
  const index = new Map(classes.map((id, i) => [id, i]));
  const counts = classes.map(() => classes.map(() => 0));
  const alerts: ChurnAlert[] = [];
  let newCustomers = 0;
  for (const [customer, to] of current.classOf) {
    const from = previous.classOf.get(customer);
    if (from === undefined) {
      newCustomers++;
      continue;
    }
    const row = index.get(from);
    const column = index.get(to);
    if (row !== undefined && column !== undefined) {
      const counted = counts[row] as number[];
      counted[column] = (counted[column] as number) + 1;
    }
    if (isDownMove(model, from, to)) {
      const moneyAtRisk = current.moneyOf?.get(customer) ?? previous.moneyOf?.get(customer) ?? 0;
      alerts.push({ customer, from, to, moneyAtRisk });
    }
  }
  let goneCustomers = 0;
  for (const customer of previous.classOf.keys())
    if (!current.classOf.has(customer)) goneCustomers++;
  alerts.sort(
    (a, b) =>
      b.moneyAtRisk - a.moneyAtRisk ||
      (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0),
  );
  return { classes, counts, newCustomers, goneCustomers, alerts };
}
