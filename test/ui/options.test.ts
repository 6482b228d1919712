/**
 * This file defines the tests of reading the model options from the form's texts: each shown
 * option checked as the server checks it, and a hidden one never blocking a run.
 */
import { describe, expect, it } from 'vitest';
import { optionsOf, optionTexts, readOptions } from '../../ui/options';
import { DEFAULT_OPTIONS } from './survey';

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
