/**
 * This file defines =CUSTOMER_CLUSTER: natural groups of customers found by k-means on their
 * recency, frequency and monetary value, named by their typical customer and numbered by value.
 */
import { customerClusters, MAX_CLUSTERS, MIN_CLUSTERS } from '../../core/cluster/customer-clusters';
import { distinctCustomerCount } from '../../core/cluster/features';
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
    const buyers = measures.frequency.flatMap((orders, i) => (orders > 0 ? [i] : []));
    const buyerMeasures = {
      recencyDays: buyers.map((i) => measures.recencyDays[i] as number),
      frequency: buyers.map((i) => measures.frequency[i] as number),
      monetary: buyers.map((i) => {
        const money = measures.monetary[i] as number;
        if (money < 0)
          throw new InputError(
            { kind: 'negative' },
            { argument: 'monetary', row: (filledRows[i] as number) + 1, value: money },
          );
        return money;
      }),
    };
    const labels: string[] = measures.frequency.map(() => SEGMENT_LABELS.prospects[language]);
    const heading = header ? COLUMN_LABELS.cluster[language] : undefined;
    if (buyers.length === 0) return rowsOut(rowCount, filledRows, labels, heading);
    const distinct = distinctCustomerCount(buyerMeasures);
    if (distinct < (k ?? 2))
      throw new InputError(
        { kind: 'more-clusters-than-customers', customers: distinct },
        { argument: 'k', value: k ?? 2 },
      );
    const { clusters, clusterOfCustomer } = fitted(() => customerClusters(buyerMeasures, { k }));
    buyers.forEach((customer, b) => {
      labels[customer] = clusters[clusterOfCustomer[b] as number]?.name[language] ?? '';
    });
    return rowsOut(rowCount, filledRows, labels, heading);
  },
);
