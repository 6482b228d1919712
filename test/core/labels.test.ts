/**
 * This file defines the tests of the labels: every tier, segment, value class, lifecycle stage,
 * churn risk and column has a label in every language, no two of one model read the same in a
 * language (a reader could not tell them apart), and the RFM table's header names distinct
 * columns.
 */
import { describe, expect, it } from 'vitest';
import {
  CHURN_RISK_LABELS,
  CHURN_RISKS,
  COLUMN_LABELS,
  LANGUAGES,
  type Label,
  LIFECYCLE_STAGE_LABELS,
  LIFECYCLE_STAGES,
  RFM_TABLE_HEADER,
  SEGMENT_LABELS,
  SEGMENTS,
  TIER_LABELS,
  TIERS,
  VALUE_CLASS_LABELS,
  VALUE_CLASSES,
} from '../../src/core/labels';

type Model = { name: string; ids: readonly string[]; labels: Record<string, Label> };

// The types make each record label exactly its list's ids; a list could still repeat one.
const enumerations: readonly Model[] = [
  { name: 'tiers', ids: TIERS, labels: TIER_LABELS },
  { name: 'segments', ids: SEGMENTS, labels: SEGMENT_LABELS },
  { name: 'value classes', ids: VALUE_CLASSES, labels: VALUE_CLASS_LABELS },
  { name: 'lifecycle stages', ids: LIFECYCLE_STAGES, labels: LIFECYCLE_STAGE_LABELS },
  { name: 'churn risks', ids: CHURN_RISKS, labels: CHURN_RISK_LABELS },
];
const models: readonly Model[] = [
  ...enumerations,
  { name: 'columns', ids: Object.keys(COLUMN_LABELS), labels: COLUMN_LABELS },
];

it.each(enumerations)('the $name list each id once', ({ ids }) => {
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(models)('labels of $name', ({ ids, labels }) => {
  it.each(LANGUAGES)('are all non-empty in %s', (language) => {
    for (const id of ids) expect(labels[id]?.[language]?.trim(), id).toBeTruthy();
  });

  it.each(LANGUAGES)('are all different in %s', (language) => {
    const texts = ids.map((id) => labels[id]?.[language]);
    expect(new Set(texts).size).toBe(ids.length);
  });
});

describe('RFM_TABLE_HEADER', () => {
  it('names distinct columns, each a column label', () => {
    const columns = Object.values(COLUMN_LABELS);
    for (const label of RFM_TABLE_HEADER) expect(columns).toContain(label);
    expect(new Set(RFM_TABLE_HEADER).size).toBe(RFM_TABLE_HEADER.length);
  });
});
