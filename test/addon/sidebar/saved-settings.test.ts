/**
 * The saved settings: settings saved before the prediction models' options existed stay
 * readable, those options taking their defaults, so that Re-segment still runs them.
 */
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../src/addon/sidebar/saved-settings';
import { DEFAULT_OPTIONS } from '../../../src/addon/sidebar/survey';
import { CUSTOMER_DATE_AMOUNT_TIERS } from '../../helpers/classify-settings';
import { useFakeSpreadsheet } from '../../helpers/spreadsheet';

useFakeSpreadsheet();

describe('loadSettings', () => {
  it('reads settings saved without the prediction options, with their defaults', () => {
    const { horizon, activeFrom, atRiskFrom, clusterCount, ...before } = DEFAULT_OPTIONS;
    const saved = { ...CUSTOMER_DATE_AMOUNT_TIERS, options: before, headers: ['a', 'b', 'c'] };
    PropertiesService.getDocumentProperties().setProperty(
      'customer-tiers.settings.7',
      JSON.stringify(saved),
    );
    const loaded = loadSettings(7);
    expect(loaded.kind).toBe('read');
    if (loaded.kind === 'read') expect(loaded.settings.options).toEqual(DEFAULT_OPTIONS);
    expect({ horizon, activeFrom, atRiskFrom, clusterCount }).toEqual({
      horizon: 12,
      activeFrom: 0.5,
      atRiskFrom: 0.2,
      clusterCount: 4,
    });
  });

  it('refuses a prediction option out of its range', () => {
    const saved = {
      ...CUSTOMER_DATE_AMOUNT_TIERS,
      model: 'churn-risk',
      options: { ...DEFAULT_OPTIONS, activeFrom: 1.5 },
      headers: ['a', 'b', 'c'],
    };
    PropertiesService.getDocumentProperties().setProperty(
      'customer-tiers.settings.8',
      JSON.stringify(saved),
    );
    expect(loadSettings(8).kind).toBe('unreadable');
  });
});
