/**
 * This file defines customers simulated from the BG/NBD and Gamma-Gamma models themselves
 * (Fader, Hardie & Lee 2005; Fader & Hardie 2013), so that tests and the bench can check that
 * a fit recovers the parameters the data came from. Each customer draws a purchase rate
 * λ ~ Gamma(r, α) and a drop-out probability p ~ Beta(a, b); purchases follow a Poisson process
 * with rate λ, and after each repeat purchase the customer leaves with probability p. Spend per
 * purchase is Gamma(p, ν) with ν ~ Gamma(q, γ), as in the Gamma-Gamma model.
 */
import type { SpendHistory } from '../src/core/btyd/history';

export interface PurchaseModel {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

export interface SpendModel {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface SimulationOptions {
  readonly customers: number;
  /** The longest observation time T, in the model's time unit (e.g. 39 weeks). */
  readonly longestT: number;
  /** First purchases spread uniformly over this span before the end (CDNOW: 12 weeks). */
  readonly entrySpan: number;
  readonly seed: number;
  /**
   * Days per time unit (7 for weeks): times fall on whole days and same-day purchases merge, as
   * in a real order log, so that many customers share the same (x, t_x, T). Left out, times are
   * continuous.
   */
  readonly daysPerUnit?: number;
  /** Also draw each customer's mean spend per repeat purchase. */
  readonly spend?: SpendModel;
}

/** A simulated population: the model inputs and each customer's first purchase and purchase times. */
export interface SimulatedCustomers extends SpendHistory {
  readonly frequency: number[];
  readonly recency: number[];
  readonly T: number[];
  readonly monetary: number[];
  /** Each customer's purchase times, from the first purchase (0), in the model's unit. */
  readonly purchaseTimes: number[][];
}

export function simulateCustomers(
  model: PurchaseModel,
  options: SimulationOptions,
): SimulatedCustomers {
  const random = seededRandom(options.seed);
  const onGrid = (t: number) =>
    options.daysPerUnit ? Math.floor(t * options.daysPerUnit) / options.daysPerUnit : t;
  const population: SimulatedCustomers = {
    frequency: [],
    recency: [],
    T: [],
    monetary: [],
    purchaseTimes: [],
  };
  for (let customer = 0; customer < options.customers; customer++) {
    const T = onGrid(options.longestT - random() * options.entrySpan);
    const rate = gamma(random, model.r) / model.alpha;
    const dropOut = beta(random, model.a, model.b);
    const times = [0];
    let t = exponential(random) / rate;
    while (t <= T) {
      const time = onGrid(t);
      if (time !== times[times.length - 1]) times.push(time);
      if (random() < dropOut) break;
      t += exponential(random) / rate;
    }
    const repeats = times.length - 1;
    population.frequency.push(repeats);
    population.recency.push(times[repeats] as number);
    population.T.push(T);
    population.purchaseTimes.push(times);
    population.monetary.push(options.spend ? meanSpend(random, options.spend, repeats) : 0);
  }
  return population;
}

function meanSpend(random: () => number, model: SpendModel, purchases: number): number {
  if (purchases === 0) return 0;
  const scale = gamma(random, model.q) / model.gamma;
  let total = 0;
  for (let i = 0; i < purchases; i++) total += gamma(random, model.p) / scale;
  return total / purchases;
}

/** sfc32: a small, fast generator whose stream depends only on the seed. */
function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

function exponential(random: () => number): number {
  return -Math.log(1 - random());
}

function standardNormal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 by the boost u^(1/shape). */
function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

function beta(random: () => number, a: number, b: number): number {
  const x = gamma(random, a);
  return x / (x + gamma(random, b));
}

/** An order log: a customer key, a civil day and an amount per row. */
export interface SimulatedLog {
  readonly customerKeys: number[];
  readonly days: number[];
  readonly amounts: number[];
}

/**
 * The order log simulated customers would have written, a row per purchase, in days from the
 * start of the simulation (day 0, `longestT` before its end): a customer of age T first bought on
 * day (longestT − T) · daysPerUnit. Each purchase costs the customer's mean spend, or `amount`
 * without one. Simulate with `daysPerUnit` set, so that purchases fall on whole days; split the
 * log at a day to backtest on what followed.
 */
export function simulatedLog(
  customers: SimulatedCustomers,
  options: Pick<SimulationOptions, 'longestT' | 'daysPerUnit'>,
  amount = 35,
): SimulatedLog {
  const perUnit = options.daysPerUnit ?? 1;
  const log: SimulatedLog = { customerKeys: [], days: [], amounts: [] };
  customers.purchaseTimes.forEach((times, customer) => {
    const firstDay = (options.longestT - (customers.T[customer] as number)) * perUnit;
    const spend = (customers.monetary[customer] as number) || amount;
    for (const time of times) {
      log.customerKeys.push(customer + 1);
      log.days.push(Math.round(firstDay + time * perUnit));
      log.amounts.push(Math.round(spend * 100) / 100);
    }
  });
  return log;
}
