/**
 * Clusters in the sidebar, in the fake Spreadsheet service: on the sandbox's demo log every line
 * gets its customer's cluster as CUSTOMER_CLUSTER names it on the RFM measures, and the legend
 * counts them; a customer table is clustered too.
 */
import { describe, expect, it } from 'vitest';
import { CUSTOMER_CLUSTER } from '../../../src/addon/custom-functions/customer-cluster';
import { RFM_TABLE } from '../../../src/addon/custom-functions/rfm-table';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { CUSTOMER_TABLE_TIERS } from '../../helpers/classify-settings';
import {
  amounts,
  byCustomer,
  customers,
  dates,
  expectLegendCounts,
  expectPerLine,
  useDemoLog,
  written,
} from '../../helpers/prediction-sheets';
import { sidebarClassify } from '../../helpers/sidebar-calls';
import { customerTableValues } from '../../helpers/sidebar-sheets';

const { open, classify } = useDemoLog();

describe('clusters in the sidebar', () => {
  it('writes each line its customer’s cluster, as CUSTOMER_CLUSTER names it on the RFM measures', () => {
    const result = classify('clusters');
    const rows = written(1);
    expect(rows[0]).toEqual(['Cluster']);
    const table = RFM_TABLE(customers, dates, amounts).filter((row) => row[0] !== '');
    const measure = (index: number) => table.map((row) => [row[index]]);
    const clusters = CUSTOMER_CLUSTER(
      measure(2),
      measure(3),
      measure(4),
      DEFAULT_OPTIONS.clusterCount,
    );
    const cluster = byCustomer(table, clusters);
    expectPerLine(rows, (customer) => [cluster.get(customer)]);
    const names = new Set(cluster.values());
    names.delete('Prospects');
    expect(names.size).toBe(DEFAULT_OPTIONS.clusterCount);
    expectLegendCounts(result, cluster);
  });

  it('clusters a customer table too', () => {
    const values = customerTableValues(300);
    open([{ name: 'Customers', values }]);
    const result = sidebarClassify({ ...CUSTOMER_TABLE_TIERS, model: 'clusters' });
    expect(result.legend.map((entry) => entry.customers).reduce((a, b) => a + b)).toBe(300);
  });
});
