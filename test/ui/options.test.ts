// @vitest-environment jsdom
/**
 * This file defines the tests of reading the model options from the form's texts: each shown
 * option checked as the server checks it, and a hidden one never blocking a run. The checks, the
 * number fields' limits (min, max, step) and the options each model shows come from the option
 * registry: they take exactly what its ranges allow, and follow it when its ranges move.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODEL_IDS } from '../../src/core/model-ids';
import type * as Registry from '../../src/core/option-registry';
import {
  inRange,
  type NumberOptionId,
  OPTION_IDS,
  OPTIONS,
  rangeOf,
} from '../../src/core/option-registry';
import type * as ModelForm from '../../ui/model-form';
import { numberFieldLimits } from '../../ui/model-form';
import type * as Options from '../../ui/options';
import { optionsOf, optionTexts, readOptions } from '../../ui/options';
import {
  MOVED_NUMBER_OPTIONS,
  MOVED_RANGES,
  movedRegistry,
  probesOf,
} from '../helpers/option-ranges';
import { openSidebar } from './sidebar-dom';
import { DEFAULT_OPTIONS, orderLog } from './survey';

const texts = optionTexts(DEFAULT_OPTIONS);

describe('readOptions', () => {
  it('reads the defaults back as they were', () => {
    expect(readOptions(texts, optionsOf('tiers'), DEFAULT_OPTIONS)).toEqual({
      options: DEFAULT_OPTIONS,
      problems: {},
    });
  });

  it.each([
    ['bins', '1', 'invalidBins'],
    ['bins', '4.5', 'invalidBins'],
    ['bins', '10', 'invalidBins'],
    ['churnDays', '-1', 'invalidDays'],
    ['churnDays', '', 'invalidDays'],
    ['highValueShare', '0', 'invalidShare'],
    ['highValueShare', '1.01', 'invalidShare'],
    ['aShare', 'abc', 'invalidShare'],
    ['asOf', '31/12/2024', 'invalidDate'],
  ] as const)('refuses %s = %j as %s', (name, text, problem) => {
    const shown = [name];
    expect(readOptions({ ...texts, [name]: text }, shown, DEFAULT_OPTIONS).problems).toEqual({
      [name]: problem,
    });
  });

  it('takes the edges: 2 and 9 bins, 0 days, a share of 1, an ISO date', () => {
    const edges = { ...texts, bins: '9', churnDays: '0', highValueShare: '1', asOf: '2024-12-31' };
    const { options, problems } = readOptions(
      edges,
      ['bins', 'churnDays', 'highValueShare', 'asOf'],
      DEFAULT_OPTIONS,
    );
    expect(problems).toEqual({});
    expect(options).toMatchObject({ bins: 9, churnDays: 0, highValueShare: 1, asOf: '2024-12-31' });
  });

  it.each([
    ['20%', 0.2],
    ['20 %', 0.2],
    [' 80% ', 0.8],
    ['２０％', 0.2],
    ['20％', 0.2],
    ['0.2%', 0.002],
    ['100%', 1],
    ['0.2', 0.2],
  ] as const)('reads the share %j as %s, a percentage as its hundredth', (text, share) => {
    const { options, problems } = readOptions(
      { ...texts, highValueShare: text },
      optionsOf('tiers'),
      DEFAULT_OPTIONS,
    );
    expect([options.highValueShare, problems]).toEqual([share, {}]);
  });

  it.each(['20', '120%', '0%', '%', '20%%', '-5%'])('refuses the share %j', (text) => {
    expect(
      readOptions({ ...texts, aShare: text }, optionsOf('abc'), DEFAULT_OPTIONS).problems,
    ).toEqual({ aShare: 'invalidShare' });
  });

  it('wants the A-and-B share at least the A share', () => {
    const crossed = { ...texts, aShare: '0.9', bShare: '0.85' };
    expect(readOptions(crossed, optionsOf('abc'), DEFAULT_OPTIONS).problems).toEqual({
      bShare: 'invalidBShare',
    });
  });

  it('keeps the default of a wrong option the model does not use, and says nothing', () => {
    const hidden = { ...texts, bins: '12', aShare: '0.9', bShare: '0.85' };
    expect(readOptions(hidden, optionsOf('tiers'), DEFAULT_OPTIONS)).toEqual({
      options: DEFAULT_OPTIONS,
      problems: {},
    });
  });
});

const NUMBER_OPTIONS = OPTION_IDS.filter((id): id is NumberOptionId => 'range' in OPTIONS[id]);

/** Whether the form takes a number typed into an option's field, shown. */
function formTakes(read: typeof readOptions, id: NumberOptionId, value: number): boolean {
  const { problems } = read({ ...texts, [id]: String(value) }, [id], DEFAULT_OPTIONS);
  // below the A share, or an active threshold below the at-risk one, is another rule than the range's
  return (
    problems[id] === undefined ||
    problems[id] === 'invalidBShare' ||
    problems[id] === 'invalidThresholds'
  );
}

describe('the form’s checks are the registry’s', () => {
  it.each(NUMBER_OPTIONS)('%s takes exactly what its registry range allows', (id) => {
    for (const value of probesOf(rangeOf(id)))
      expect([value, formTakes(readOptions, id, value)]).toEqual([
        value,
        inRange(rangeOf(id), value),
      ]);
  });

  it('refuses "Infinity" days, which JSON would send as null and the server refuse', () => {
    const read = readOptions({ ...texts, churnDays: 'Infinity' }, ['churnDays'], DEFAULT_OPTIONS);
    expect(read.problems).toEqual({ churnDays: 'invalidDays' });
  });

  it.each(MODEL_IDS)('%s shows the options the registry gives it', (model) => {
    expect(optionsOf(model)).toEqual(
      OPTION_IDS.filter((id) => (OPTIONS[id].models as readonly string[]).includes(model)),
    );
  });
});

describe('the number fields’ limits are the registry’s', () => {
  it.each(NUMBER_OPTIONS)('%s', (id) => {
    const range = rangeOf(id);
    const spec = OPTIONS[id];
    expect(numberFieldLimits(id)).toEqual({
      // an excluded minimum is no `min`: the spinner would reach it
      ...(range.minIncluded ? { min: String(range.min) } : {}),
      ...(Number.isFinite(range.max) ? { max: String(range.max) } : {}),
      ...(spec.step === null ? {} : { step: String(spec.step) }),
    });
  });

  it('are written as such: 2 to 9 score levels by 1, days from 0 by 1, none for a date', () => {
    expect(numberFieldLimits('bins')).toEqual({ min: '2', max: '9', step: '1' });
    expect(numberFieldLimits('churnDays')).toEqual({ min: '0', step: '1' });
    expect(numberFieldLimits('asOf')).toEqual({});
  });

  describe('on the rendered form', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('each number field carries its limits', async () => {
      await openSidebar({ sidebarSurvey: () => orderLog() });
      for (const id of ['bins', 'churnDays'] as const) {
        const field = document.getElementById(`option-${id}`) as HTMLInputElement;
        const limits = numberFieldLimits(id);
        expect([field.type, field.min, field.max, field.step]).toEqual([
          'number',
          limits.min ?? '',
          limits.max ?? '',
          limits.step ?? '',
        ]);
      }
    });
  });
});

describe('with the registry’s ranges moved', () => {
  afterEach(() => {
    vi.doUnmock('../../src/core/option-registry');
    vi.resetModules();
  });

  async function loadMoved() {
    vi.resetModules();
    vi.doMock('../../src/core/option-registry', async (importOriginal) =>
      movedRegistry(await importOriginal<typeof Registry>()),
    );
    const options: typeof Options = await import('../../ui/options');
    const form: typeof ModelForm = await import('../../ui/model-form');
    return { options, form };
  }

  it.each(NUMBER_OPTIONS)('%s: the check follows the moved range', async (id) => {
    const { options } = await loadMoved();
    const moved = MOVED_RANGES[OPTIONS[id].range];
    for (const value of [...probesOf(moved), ...probesOf(rangeOf(id))])
      expect([value, formTakes(options.readOptions, id, value)]).toEqual([
        value,
        inRange(moved, value),
      ]);
  });

  it('and so do the number fields’ limits and steps', async () => {
    const { form } = await loadMoved();
    expect(form.numberFieldLimits('bins')).toEqual({ min: '3', max: '7', step: '1' });
    // days: the moved minimum is excluded, so no `min`; the moved step is 5
    expect(form.numberFieldLimits('churnDays')).toEqual({ max: '400', step: '5' });
    expect(MOVED_NUMBER_OPTIONS.churnDays.step).toBe(5);
  });
});
