/**
 * This file defines the tests every class scheme must pass, segment and prediction models alike:
 * registered under its id, named in every language, each class labelled (no two alike in a
 * language) and coloured (no two alike, every one readable under the text colour).
 */
import { describe, expect, it } from 'vitest';
import { type ClassScheme, colourMap } from '../../src/core/class-scheme';
import { LANGUAGES } from '../../src/core/labels';
import { MODEL_IDS, MODELS } from '../../src/core/models';
import { PREDICTION_MODEL_IDS, PREDICTION_MODELS } from '../../src/core/prediction-models';

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

const schemes: readonly (readonly [string, ClassScheme])[] = [
  ...MODEL_IDS.map((id) => [id, MODELS[id]] as const),
  ...PREDICTION_MODEL_IDS.map((id) => [id, PREDICTION_MODELS[id]] as const),
];

it('gives every scheme its own id', () => {
  expect(new Set(schemes.map(([id]) => id)).size).toBe(schemes.length);
});

describe.each(schemes)('the %s scheme', (id, scheme) => {
  it('is registered under its id, with a name in every language', () => {
    expect(scheme.id).toBe(id);
    for (const language of LANGUAGES) expect(scheme.name[language]).not.toBe('');
  });

  it('labels and colours every class: labels unique per language, colours unique, readable', () => {
    for (const language of LANGUAGES) {
      const labels = scheme.classes.map((c) => scheme.labels[c]?.[language]);
      expect(labels.every(Boolean)).toBe(true);
      expect(new Set(labels).size).toBe(scheme.classes.length);
    }
    const backgrounds = scheme.classes.map((c) => scheme.colours[c]?.background ?? '');
    expect(new Set(backgrounds).size).toBe(scheme.classes.length);
    for (const c of scheme.classes) {
      const colours = scheme.colours[c];
      expect(colours?.background).toMatch(/^#[0-9A-F]{6}$/);
      expect(contrast(colours?.background ?? '', colours?.text ?? '')).toBeGreaterThanOrEqual(4.5);
    }
    expect(Object.keys(scheme.colours).sort()).toEqual([...scheme.classes].sort());
    expect(Object.keys(scheme.labels).sort()).toEqual([...scheme.classes].sort());
  });
});

describe('colourMap', () => {
  it('gives each class the row colours of its tint', () => {
    expect(colourMap({ a: 'mint', b: 'pale-red' })).toEqual({
      a: { background: '#44BB99', text: '#202124' },
      b: { background: '#FFCCCC', text: '#202124' },
    });
  });
});
