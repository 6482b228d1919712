/**
 * This file defines =CUSTOMER_CLUSTER: natural groups of customers found by k-means on their
 * recency, frequency and monetary value, named by their typical customer and numbered by value.
 */
import { clustersOfPoints, MAX_CLUSTERS, MIN_CLUSTERS } from '../../core/cluster/customer-clusters';
import { customerPoints } from '../../core/cluster/features';
import { COLUMN_LABELS, SEGMENT_LABELS } from '../../core/labels';
import { rowsOut } from '../columns';
import { InputError } from '../input-error';
import { fitted } from '../model-fit';
import { numberOption } from '../options';
import { readMeasures } from '../sheet-input/customer-measures';
import { defineCustomFunction, LANGUAGE_PARAMETER } from './definition';
import { FREQUENCY, MONETARY, RECENCY } from './measure-parameters';

export const CUSTOMER_CLUSTER = defineCustomFunction(
  {
    name: 'CUSTOMER_CLUSTER',
    summary: {
      en: 'Natural groups of customers: k-means on log recency, frequency and monetary, the same data always giving the same groups, each named by its typical customer (e.g. "Recent · frequent · high spend") and the most valuable first.',
      zh: '客户的自然分群：对最近消费、频率、金额取对数后做 k-means 聚类，相同数据总得到相同分群；每群按其典型客户命名（如“近期 · 高频 · 高消费”），价值最高者在前。',
    },
    parameters: [
      RECENCY,
      FREQUENCY,
      MONETARY,
      {
        name: 'k',
        type: 'number',
        optional: true,
        help: {
          en: `How many clusters, ${MIN_CLUSTERS} to ${MAX_CLUSTERS}; by default the number that separates customers best (silhouette).`,
          zh: `聚类数，${MIN_CLUSTERS} 到 ${MAX_CLUSTERS}；默认取分得最清楚的数目（轮廓系数）。`,
        },
      },
      LANGUAGE_PARAMETER,
    ],
    returns: {
      en: 'One cluster name per row; customers with no purchase are Prospects.',
      zh: '每行一个分群名称；没有购买的客户为潜在客户。',
    },
    example: '=CUSTOMER_CLUSTER(B2:B, C2:C, D2:D, 4)',
  },
  ({ args: [recency, frequency, monetary, kCell], language, sheet }) => {
    const chosen = numberOption('k', kCell, 'clusters', Number.NaN);
    const k = Number.isNaN(chosen) ? undefined : chosen;
    const { rowCount, filledRows, header, measures } = readMeasures(
      { recency, frequency, monetary },
      sheet,
    );
    // customers without a purchase have no recency: they are prospects, not a cluster
    const buyers = buyersOf(measures.frequency);
    const buyerMeasures = {
      recencyDays: new Float64Array(buyers.length),
      frequency: new Float64Array(buyers.length),
      monetary: new Float64Array(buyers.length),
    };
    for (let b = 0; b < buyers.length; b++) {
      const i = buyers[b] as number;
      const money = measures.monetary[i] as number;
      if (money < 0)
        throw new InputError(
          { kind: 'negative' },
          { argument: 'monetary', row: (filledRows[i] as number) + 1, value: money },
        );
      buyerMeasures.recencyDays[b] = measures.recencyDays[i] as number;
      buyerMeasures.frequency[b] = measures.frequency[i] as number;
      buyerMeasures.monetary[b] = money;
    }
    const labels = new Array<string>(measures.frequency.length).fill(
      SEGMENT_LABELS.prospects[language],
    );
    const heading = header ? COLUMN_LABELS.cluster[language] : undefined;
    if (buyers.length === 0) return rowsOut(rowCount, filledRows, labels, heading);
    // the points are made once: counting the distinct customers needs them too
    const points = customerPoints(buyerMeasures);
    const distinct = points.weights.length;
    if (distinct < (k ?? 2))
      throw new InputError(
        { kind: 'more-clusters-than-customers', customers: distinct },
        { argument: 'k', value: k ?? 2 },
      );
    const { clusters, clusterOfCustomer } = fitted(() => clustersOfPoints(points, { k }));
    const names = clusters.map((cluster) => cluster.name[language]);
    for (let b = 0; b < buyers.length; b++)
      labels[buyers[b] as number] = names[clusterOfCustomer[b] as number] ?? '';
    return rowsOut(rowCount, filledRows, labels, heading);
  },
);

/** The indexes of the customers with an order. */
function buyersOf(frequency: readonly number[]): Int32Array {
  let count = 0;
  for (const orders of frequency) if (orders > 0) count++;
  const buyers = new Int32Array(count);
  let b = 0;
  for (let i = 0; i < frequency.length; i++) if ((frequency[i] as number) > 0) buyers[b++] = i;
  return buyers;
}
