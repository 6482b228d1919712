// @vitest-environment jsdom
/**
 * The sidebar's fields for a measure's own score breaks: read as the registry's rule says, shown
 * with the score levels, sent with the options only when given, and wrong ones refused at the
 * field, in both languages.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readBreaksText } from '../../ui/breaks-fields';
import { byTestId, choose, openSidebar, settle } from './sidebar-dom';
import { DEFAULT_OPTIONS, orderLog, SAVED, TIERS_RESULT } from './survey';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const field = (measure: string) => {
  const control = document.getElementById(`option-${measure}Breaks`);
  if (!control) throw new Error(`no breaks field for ${measure}`);
  return control as HTMLInputElement;
};
const isShown = (measure: string) =>
  field(measure).closest<HTMLElement>('.form-group')?.hidden === false;
const errorOf = (measure: string) =>
  document.getElementById(`option-${measure}Breaks-error`)?.textContent;

describe('readBreaksText', () => {
  it('reads numbers apart by commas, semicolons, 、 or spaces, full-width ones too', () => {
    expect(readBreaksText('30, 90，180 365', 'en')).toEqual({ breaks: [30, 90, 180, 365] });
    expect(readBreaksText('２、４；８', 'zh')).toEqual({ breaks: [2, 4, 8] });
    expect(readBreaksText('  ', 'en')).toEqual({ breaks: null });
  });

  it('says what is wrong, as the registry rule finds it', () => {
    expect(readBreaksText('30, 90, 60', 'en')).toEqual({
      wrong: '60 is not above 90: give the breaks from lowest to highest, each once.',
    });
    expect(readBreaksText('2, 2', 'zh')).toEqual({
      wrong: '2 不大于 2：请从小到大给出分界点，每个只给一次。',
    });
    expect(readBreaksText('1, two', 'en')).toEqual({ wrong: '“two” is not a number.' });
    expect(readBreaksText('1 2 3 4 5 6 7 8 9', 'en')).toEqual({
      wrong: 'At most 8 breaks (9 score levels).',
    });
  });
});

describe('the breaks fields in the sidebar', () => {
  it('show with the score levels, for the RFM segments', async () => {
    await openSidebar({ sidebarSurvey: () => orderLog() });
    expect(isShown('recency')).toBe(false);
    choose(byTestId('model'), 'rfm-segments');
    expect(['recency', 'frequency', 'monetary'].map(isShown)).toEqual([true, true, true]);
    expect(field('recency').placeholder).toBe('30, 90, 180, 365');
  });

  it('send the breaks given, and none for blank fields', async () => {
    const fake = await openSidebar({
      sidebarSurvey: () => orderLog(),
      sidebarClassify: () => TIERS_RESULT,
    });
    choose(byTestId('model'), 'rfm-segments');
    choose(field('recency'), '30, 90, 180, 365');
    choose(field('monetary'), '1000 5000');
    byTestId<HTMLButtonElement>('classify').click();
    await settle();
    const [[request]] = fake.callsOf('sidebarClassify') as [[{ settings: { options: unknown } }]];
    expect(request.settings.options).toEqual({
      ...DEFAULT_OPTIONS,
      breaks: { recency: [30, 90, 180, 365], monetary: [1000, 5000] },
    });
  });

  it('refuse wrong breaks at the field, and send nothing', async () => {
    const fake = await openSidebar({ sidebarSurvey: () => orderLog() });
    choose(byTestId('model'), 'rfm-segments');
    choose(field('frequency'), '2, 4, 4, 8');
    byTestId<HTMLButtonElement>('classify').click();
    await settle();
    expect(fake.callsOf('sidebarClassify')).toEqual([]);
    expect(errorOf('frequency')).toBe(
      '4 is not above 4: give the breaks from lowest to highest, each once.',
    );
    expect(document.activeElement?.id).toBe('option-frequencyBreaks');
    expect(byTestId<HTMLDetailsElement>('options').open).toBe(true);
  });

  it('open with the saved breaks', async () => {
    await openSidebar({
      sidebarSurvey: () =>
        orderLog({
          saved: {
            ...SAVED,
            model: 'rfm-segments',
            options: { ...DEFAULT_OPTIONS, breaks: { frequency: [2, 4, 8, 16] } },
          },
        }),
    });
    expect(field('frequency').value).toBe('2, 4, 8, 16');
    expect(field('recency').value).toBe('');
  });
});
