/**
 * This file defines customer clusters (docs/domain.md §5): k-means on standardised log(1 + recency
 * days), log(1 + frequency) and log(1 + monetary), seeded so that the same data always give the
 * same clusters, in any row order; numbered by value (cluster 0 the most valuable) and named by
 * their centres. When k is not given, it is the k from MIN_CLUSTERS to MAX_CLUSTERS (the option
 * registry's range) with the highest silhouette score.
 * The silhouette is exact up to 3,000 customers; above that it is computed on a sample of 3,000
 * customers, drawn from the seeded generator and the same for every k (as scikit-learn's
 * `silhouette_score(sample_size=3000, random_state=…)`), so that choosing k stays fast.
 */
import type { Label } from '../labels';
import { RANGES } from '../option-registry';
import { clusterNames, valueOrder } from './cluster-names';
import { type ClusterMeasures, type CustomerPoints, customerPoints, FEATURES } from './features';
import { DEFAULT_RESTARTS, kMeans } from './kmeans';
import { DIMENSION, type WeightedPoints } from './points';
import { seededRandom } from './random';
import { samplePoints, silhouetteScore } from './silhouette';

export const MIN_CLUSTERS: number = RANGES.clusters.min;
export const MAX_CLUSTERS: number = RANGES.clusters.max;
const SILHOUETTE_SAMPLE_SIZE = 3000;

export interface ClusterOptions {
  /** How many clusters, MIN_CLUSTERS to MAX_CLUSTERS; by default the one with the best silhouette. */
  readonly k?: number;
  /** How many k-means++ seedings to refine per k (default 10). */
  readonly restarts?: number;
  /** The seed of the generator (default 0): another seed may find other clusters. */
  readonly seed?: number;
}

/** A measure per feature, in the measures' own units. */
export type Centre = Readonly<Record<(typeof FEATURES)[number], number>>;

export interface CustomerCluster {
  readonly name: Label;
  /**
   * The typical customer: per measure, the cluster's geometric mean of (1 + value), minus 1 —
   * the mean on the log scale the clusters are found on, put back in days, orders and money.
   */
  readonly centre: Centre;
  /** How many customers it holds. */
  readonly size: number;
}

export interface CustomerClusters {
  readonly k: number;
  /** The cluster of each customer, 0 the most valuable, as an index into `clusters`. */
  readonly clusterOfCustomer: Int32Array;
  /** The clusters, most valuable first. */
  readonly clusters: readonly CustomerCluster[];
  /** The mean silhouette (−1 to 1, higher is better separated); NaN if its sample fell in one cluster. */
  readonly silhouette: number;
}

/**
 * Clusters the customers by recency, frequency and monetary value.
 *
 * @throws {RangeError} when the measures are not finite and ≥ 0 or differ in length, k is not a
 *   whole number from MIN_CLUSTERS to MAX_CLUSTERS or exceeds the number of distinct customers (`distinctCustomerCount`),
 *   k is omitted and fewer than 2 customers differ, or restarts or seed are invalid
 * @throws {FitFailure} ('k-means', 'did-not-converge') when k-means does not settle
 * @example customerClusters({ recencyDays: [5, 6, 300, 320], frequency: [9, 8, 1, 1], monetary: [900, 800, 20, 25] }).clusters.map((c) => c.name.en) //=> ['Recent · frequent · high spend', 'Lapsed · occasional · low spend']
 */
export function customerClusters(
  measures: ClusterMeasures,
  options: ClusterOptions = {},
): CustomerClusters {
  return clustersOfPoints(customerPoints(measures), options);
}

/**
 * `customerClusters` of customers already made into points (`customerPoints`), for a caller that
 * needs the points first (to count the distinct customers, say) without making them twice.
 *
 * @throws {RangeError} as customerClusters does
 */
export function clustersOfPoints(
  customers: CustomerPoints,
  options: ClusterOptions = {},
): CustomerClusters {
  const { k, restarts = DEFAULT_RESTARTS, seed = 0 } = options;
  if (k !== undefined && !(Number.isInteger(k) && k >= MIN_CLUSTERS && k <= MAX_CLUSTERS)) {
    throw new RangeError(`customerClusters requires k from ${MIN_CLUSTERS} to ${MAX_CLUSTERS}`);
  }
  const points = { coordinates: customers.features, weights: customers.weights };
  const distinct = points.weights.length;
  if (k !== undefined && k > distinct) {
    throw new RangeError(
      'customerClusters requires k no larger than the number of distinct customers',
    );
  }
  if (distinct < MIN_CLUSTERS) {
    throw new RangeError('customerClusters requires at least 2 distinct customers to choose k');
  }
  const sample = samplePoints(points, SILHOUETTE_SAMPLE_SIZE, seededRandom(seed));
  const candidates = k === undefined ? range(MIN_CLUSTERS, Math.min(MAX_CLUSTERS, distinct)) : [k];
  const fits = candidates.map((candidate) => {
    const fit = kMeans(points, candidate, { restarts, seed });
    const assignment = sample.indices.map((p) => fit.assignment[p] as number);
    return { fit, silhouette: silhouetteScore(sample.points, assignment) };
  });
  // A NaN score (the sample in one cluster) never wins; among equal scores the smaller k does.
  const rank = (score: number) => (Number.isNaN(score) ? -Infinity : score);
  const { fit, silhouette } = fits.reduce((a, b) =>
    rank(b.silhouette) > rank(a.silhouette) ? b : a,
  );
  return describe(customers, points, fit.assignment, fit.centres.length / DIMENSION, silhouette);
}

/** Numbers the clusters by value, names them and maps every customer to its cluster. */
function describe(
  customers: CustomerPoints,
  points: WeightedPoints,
  assignment: Int32Array,
  k: number,
  silhouette: number,
): CustomerClusters {
  const { zCentres, sizes } = clusterMeans(points, assignment, k);
  const order = valueOrder(zCentres);
  const rankOfCluster = new Int32Array(k);
  order.forEach((cluster, rank) => {
    rankOfCluster[cluster] = rank;
  });
  const ordered = new Float64Array(k * DIMENSION);
  order.forEach((cluster, rank) => {
    ordered.set(
      zCentres.subarray(cluster * DIMENSION, (cluster + 1) * DIMENSION),
      rank * DIMENSION,
    );
  });
  const names = clusterNames(ordered);
  const clusters = Array.from(order, (cluster, rank) => ({
    name: names[rank] as Label,
    centre: centreInUnits(customers, ordered, rank),
    size: sizes[cluster] as number,
  }));
  const clusterOfCustomer = customers.pointOfCustomer.map(
    (point) => rankOfCluster[assignment[point] as number] as number,
  );
  return { k, clusterOfCustomer, clusters, silhouette };
}

/** Each cluster's weighted mean z-scores and its number of customers. */
function clusterMeans(points: WeightedPoints, assignment: Int32Array, k: number) {
  const zCentres = new Float64Array(k * DIMENSION);
  const sizes = new Float64Array(k);
  assignment.forEach((c, p) => {
    const w = points.weights[p] as number;
    sizes[c] = (sizes[c] as number) + w;
    for (let f = 0; f < DIMENSION; f++) {
      zCentres[c * DIMENSION + f] =
        (zCentres[c * DIMENSION + f] as number) +
        w * (points.coordinates[p * DIMENSION + f] as number);
    }
  });
  zCentres.forEach((sum, i) => {
    zCentres[i] = sum / (sizes[Math.floor(i / DIMENSION)] as number);
  });
  return { zCentres, sizes };
}

function centreInUnits(customers: CustomerPoints, zCentres: Float64Array, cluster: number): Centre {
  const [recencyDays, frequency, monetary] = FEATURES.map((_, f) =>
    Math.expm1(
      (zCentres[cluster * DIMENSION + f] as number) * (customers.logSpread[f] as number) +
        (customers.logMean[f] as number),
    ),
  ) as [number, number, number];
  return { recencyDays, frequency, monetary };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
