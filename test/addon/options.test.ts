/**
 * This file defines the tests of the custom functions' scalar options: each number argument is
 * accepted or refused exactly as its range in the option registry says, its message states that
 * range, and with the registry's ranges moved the checks and messages move with them (they are
 * derived from it, not equal to it by chance). Also the language, period and thresholds options.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError } from '../../src/addon/input-error';
import type * as Messages from '../../src/addon/messages';
import type { DateView } from '../../src/addon/messages';
import type * as Options from '../../src/addon/options';
import {
  languageOption,
  numberOption,
  periodOption,
  thresholdsOption,
} from '../../src/addon/options';
import type * as Registry from '../../src/core/option-registry';
import { inRange, RANGES, type RangeId } from '../../src/core/option-registry';
import { MOVED_RANGES, movedRegistry, probesOf } from '../helpers/option-ranges';

const RANGE_IDS = Object.keys(RANGES) as RangeId[];

const view: DateView = { dateOrder: 'MDY', formatDate: String, formatDay: String };

/** Whether the option reader takes a number for a rule: its value, or an InputError naming it. */
function takes(read: typeof numberOption, rule: RangeId, value: number): boolean {
  try {
    expect(read('k', value, rule, -1)).toBe(value);
    return true;
  } catch (error) {
    // by name: over a mocked registry the modules, InputError's too, are loaded anew
    expect((error as Error).name).toBe('InputError');
    return false;
  }
}

describe('numberOption', () => {
  it.each(RANGE_IDS)('takes for %s exactly the numbers its registry range allows', (rule) => {
    for (const value of probesOf(RANGES[rule]))
      expect([value, takes(numberOption, rule, value)]).toEqual([
        value,
        inRange(RANGES[rule], value),
      ]);
  });

  it('gives the fallback for a blank argument, and reads numbers written as text', () => {
    expect(numberOption('bins', '', 'bins', 5)).toBe(5);
    expect(numberOption('bins', ' 7 ', 'bins', 5)).toBe(7);
    expect(numberOption('high_value_share', '20%', 'share', 0.2)).toBe(0.2);
  });

  it('names the argument, the value and the rule it breaks', () => {
    const error = (() => {
      try {
        numberOption('bins', 12, 'bins', 5);
      } catch (thrown) {
        return thrown;
      }
      throw new Error('12 bins passed');
    })();
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problem).toEqual({ kind: 'invalid-option', rule: 'bins' });
    expect((error as InputError).place).toEqual({ argument: 'bins', value: 12 });
  });
});

describe('with the registry’s ranges moved', () => {
  afterEach(() => {
    vi.doUnmock('../../src/core/option-registry');
    vi.resetModules();
  });

  /** The options and messages modules loaded over the moved registry. */
  async function loadMoved() {
    vi.resetModules();
    vi.doMock('../../src/core/option-registry', async (importOriginal) =>
      movedRegistry(await importOriginal<typeof Registry>()),
    );
    const options: typeof Options = await import('../../src/addon/options');
    const messages: typeof Messages = await import('../../src/addon/messages');
    return { options, messages };
  }

  it.each(RANGE_IDS)('%s: the check follows the moved range', async (rule) => {
    const { options } = await loadMoved();
    const moved = MOVED_RANGES[rule];
    for (const value of [...probesOf(moved), ...probesOf(RANGES[rule])])
      expect([value, takes(options.numberOption, rule, value)]).toEqual([
        value,
        inRange(moved, value),
      ]);
  });

  it('and the messages state the moved ranges, in both languages', async () => {
    const { options, messages } = await loadMoved();
    const refused = (rule: RangeId) => {
      try {
        options.numberOption('k', -5, rule, 0);
      } catch (error) {
        return error as InputError;
      }
      throw new Error(`-5 passed ${rule}`);
    };
    const say = (rule: RangeId, language: 'en' | 'zh') =>
      messages.inputErrorMessage('F', refused(rule), language, view);
    expect(say('bins', 'en')).toBe('F: k: -5 is not allowed; use a whole number from 3 to 7.');
    expect(say('bins', 'zh')).toBe('F：参数 k：-5 无效，请使用3 到 7 之间的整数。');
    expect(say('clusters', 'en')).toContain('a whole number of clusters from 3 to 6');
    expect(say('share', 'en')).toContain('a share above 0.1 and at most 0.9');
    expect(say('probability', 'zh')).toContain('0.05 到 0.95 之间的概率');
    expect(say('periods', 'en')).toContain('a whole number of periods, 2 or more');
    expect(say('churn-days', 'zh')).toContain('不小于 10 的天数');
  });
});

describe('the other scalar options', () => {
  it('languageOption reads a code or a locale, and refuses anything else', () => {
    expect(languageOption('language', 'zh-CN')).toBe('zh');
    expect(languageOption('language', 'EN')).toBe('en');
    expect(() => languageOption('language', 'fr')).toThrow(InputError);
    expect(() => languageOption('language', [['en', 'zh']])).toThrow(InputError);
  });

  it('periodOption reads days, weeks or months in either language, days when blank', () => {
    expect(['', 'Weeks', '月', ' day '].map((value) => periodOption('period', value))).toEqual([
      'days',
      'weeks',
      'months',
      'days',
    ]);
    expect(() => periodOption('period', 'fortnight')).toThrow(InputError);
  });

  it('thresholdsOption takes two probabilities, the first not below the second', () => {
    expect(thresholdsOption('thresholds', [[0.6, 0.3]])).toEqual({ active: 0.6, atRisk: 0.3 });
    expect(thresholdsOption('thresholds', [['70%'], ['20%']])).toEqual({
      active: 0.7,
      atRisk: 0.2,
    });
    expect(() => thresholdsOption('thresholds', [[0.3, 0.6]])).toThrow(InputError);
    expect(() => thresholdsOption('thresholds', [[1.2, 0.3]])).toThrow(InputError);
    expect(() => thresholdsOption('thresholds', [[0.5]])).toThrow(InputError);
  });
});
