import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/core/abc-class';
import { customerTiers } from '../../src/core/customer-tier';
import { classLabels, MODEL_IDS, MODELS } from '../../src/core/models';
import { rfmScores } from '../../src/core/rfm-score';
import { rfmSegment } from '../../src/core/rfm-segment';
import { valueClasses } from '../../src/core/value-class';
import { readFixture } from '../helpers/csv';

const customers = readFixture('rfm-data-customer.csv').slice(0, 2000);
const measures = {
  recencyDays: [...customers.map((row) => Number(row.recency_days)), null],
  frequency: [...customers.map((row) => Number(row.number_of_orders)), 0],
  monetary: [...customers.map((row) => Number(row.revenue)), 0],
};

describe.each(MODEL_IDS.map((id) => [id, MODELS[id]] as const))('the %s model', (_, model) => {
  it('classifies into its own classes only', () => {
    const classes = model.classify(measures);
    expect(classes).toHaveLength(measures.frequency.length);
    expect(classes.every((c) => model.classes.includes(c))).toBe(true);
  });
});

describe('the registry', () => {
  it('classifies exactly as the engine functions it stands for', () => {
    expect(MODELS.tiers.classify(measures, { churnDays: 200, highValueShare: 0.3 })).toEqual(
      customerTiers(measures, { churnDays: 200, highValueShare: 0.3 }),
    );
    const scores = rfmScores(measures, { bins: 5 });
    expect(MODELS['rfm-segments'].classify(measures)).toEqual(
      Array.from(scores.codes, (_, i) =>
        rfmSegment(scores.recency[i] ?? 0, scores.frequency[i] ?? 0, scores.monetary[i] ?? 0),
      ),
    );
    expect(MODELS['value-classes'].classify(measures)).toEqual(valueClasses(measures));
    expect(MODELS.abc.classify(measures, { aShare: 0.5, bShare: 0.9 })).toEqual(
      abcClasses(measures.monetary, { aShare: 0.5, bShare: 0.9 }),
    );
  });
});

describe('classLabels', () => {
  it('labels the classes of segment and prediction models alike, leaving unknown ones as they are', () => {
    expect(classLabels('value-classes', ['important-value', 'prospects'], 'en')).toEqual([
      'Important value',
      'Prospects',
    ]);
    expect(classLabels('churn-risk', ['likely-churned'], 'zh')).toEqual(['大概率已流失']);
    expect(classLabels('clusters', ['cluster-2', 'cluster-9'], 'en')).toEqual([
      'Cluster 2',
      'cluster-9',
    ]);
  });
});
