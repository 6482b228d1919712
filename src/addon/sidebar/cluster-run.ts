/**
 * This file defines k-means clusters in the sidebar, per customer: found as `CUSTOMER_CLUSTER`
 * finds them on the RFM measures, so the sidebar's column equals that function's on the same
 * data, with the clusters named by their centres.
 */
import type { ClassScheme } from '../../core/class-scheme';
import { customerClusters } from '../../core/cluster/customer-clusters';
import { distinctCustomerCount } from '../../core/cluster/features';
import type { Label } from '../../core/labels';
import { PREDICTION_MODELS } from '../../core/prediction-models';
import type { CustomerMeasures } from '../../core/rfm-score';
import { InputError } from '../input-error';
import { fitted } from '../model-fit';
import type { ModelResults, PredictionContext } from './model-results';

/**
 * k-means clusters of the buyers, as `CUSTOMER_CLUSTER(recency, frequency, monetary, k)` finds
 * them; customers without a purchase are prospects. Money below 0 (returns beyond purchases)
 * counts as nothing spent, as in the legend's revenue.
 *
 * @throws {InputError} when there are fewer distinct buyers than clusters, or no fit is found
 */
export function clusters(measures: CustomerMeasures, context: PredictionContext): ModelResults {
  const { options, language } = context;
  const k = options.clusterCount;
  const buyers = measures.frequency.flatMap((orders, i) => (orders > 0 ? [i] : []));
  const buyerMeasures = {
    recencyDays: buyers.map((i) => measures.recencyDays[i] as number),
    frequency: buyers.map((i) => measures.frequency[i] as number),
    monetary: buyers.map((i) => Math.max(0, measures.monetary[i] as number)),
  };
  const distinct = distinctCustomerCount(buyerMeasures);
  if (distinct < k)
    throw new InputError(
      { kind: 'more-clusters-than-customers', customers: distinct },
      { argument: 'k', value: k },
    );
  const found = fitted(() => customerClusters(buyerMeasures, { k }));
  const base = PREDICTION_MODELS.clusters;
  const clusterClasses = found.clusters.map((_, rank) => base.classes[rank] as string);
  const labels: Record<string, Label> = { prospects: base.labels.prospects as Label };
  found.clusters.forEach((cluster, rank) => {
    labels[clusterClasses[rank] as string] = cluster.name;
  });
  const classes = measures.frequency.map(() => 'prospects');
  buyers.forEach((customer, b) => {
    classes[customer] = clusterClasses[found.clusterOfCustomer[b] as number] as string;
  });
  const hasProspects = buyers.length < classes.length;
  const scheme: ClassScheme = {
    ...base,
    classes: hasProspects ? [...clusterClasses, 'prospects'] : clusterClasses,
    labels,
  };
  return {
    scheme,
    values: classes.map((c) => [labels[c]?.[language] ?? '']),
    classes,
    notes: [],
  };
}
