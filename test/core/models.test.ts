import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../src/core/abc-class';
import { customerTiers } from '../../src/core/customer-tier';
import { LANGUAGES } from '../../src/core/labels';
import { MODEL_IDS, MODELS } from '../../src/core/models';
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

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe.each(MODEL_IDS.map((id) => [id, MODELS[id]] as const))('the %s model', (id, model) => {
  it('is registered under its id, with a name in every language', () => {
    expect(model.id).toBe(id);
    for (const language of LANGUAGES) expect(model.name[language]).not.toBe('');
  });

  it('labels and colours every class: labels unique per language, colours unique, readable', () => {
    for (const language of LANGUAGES) {
      const labels = model.classes.map((c) => model.labels[c]?.[language]);
      expect(labels.every(Boolean)).toBe(true);
      expect(new Set(labels).size).toBe(model.classes.length);
    }
    const backgrounds = model.classes.map((c) => model.colours[c]?.background ?? '');
    expect(new Set(backgrounds).size).toBe(model.classes.length);
    for (const c of model.classes) {
      const colours = model.colours[c];
      expect(colours?.background).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(colours?.background ?? '', colours?.text ?? '')).toBeGreaterThanOrEqual(4.5);
    }
    expect(Object.keys(model.colours).sort()).toEqual([...model.classes].sort());
  });

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
