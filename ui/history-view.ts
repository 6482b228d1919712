/**
 * This file defines "Build history", folded under the legend of a classified order log: how many
 * past months or weeks to classify the log as of, and the button. The number is checked here
 * against the option registry's range, and said beside the field when it is out of it.
 */
import type { BackfillRequest } from '../src/addon/sidebar/api';
import { BACKFILL_PERIODS, inRange } from '../src/core/option-registry';
import { element, formGroup, select, withTestId } from './dom';
import type { Words } from './words';

type Unit = BackfillRequest['unit'];

export interface HistoryView {
  readonly root: HTMLElement;
  /** Shown for a classified order log only: a customer table holds no past. */
  readonly showFor: (classifiedLog: boolean) => void;
  readonly setBusy: (busy: boolean) => void;
}

export function historyView(
  words: Words,
  onBuild: (periods: number, unit: Unit) => void,
): HistoryView {
  const { range } = BACKFILL_PERIODS;
  const periods = element('input', {
    id: 'history-periods',
    type: 'number',
    min: String(range.min),
    max: String(range.max),
    step: '1',
    value: String(BACKFILL_PERIODS.default),
  });
  const problem = element('p', { className: 'error', id: 'history-periods-problem' });
  problem.hidden = true;
  const unit = select(
    { id: 'history-unit' },
    (['month', 'week'] as const).map((id) => [id, words.historyUnits[id]] as const),
  );
  const button = withTestId(
    element('button', { type: 'button', textContent: words.buildHistory }),
    'build-history',
  );
  button.addEventListener('click', () => {
    const count = Number(periods.value);
    // Number('') is 0, which a range from 1 refuses anyway; blank is said to be wrong alike
    const fits = periods.value.trim() !== '' && inRange(range, count);
    problem.hidden = fits;
    if (fits) periods.removeAttribute('aria-invalid');
    else {
      periods.setAttribute('aria-invalid', 'true');
      periods.setAttribute('aria-describedby', problem.id);
      problem.textContent = words.historyPeriodsRange(range.min, range.max);
      periods.focus();
      return;
    }
    onBuild(count, unit.value as Unit);
  });
  const root = withTestId(
    element(
      'details',
      { className: 'block' },
      element('summary', { textContent: words.historyHeading }),
      element('p', { className: 'secondary', textContent: words.historyHint }),
      formGroup(words.historyPeriods, periods, problem),
      formGroup(words.historyUnit, unit),
      button,
    ),
    'history',
  );
  root.hidden = true;
  return {
    root,
    showFor: (classifiedLog) => {
      root.hidden = !classifiedLog;
    },
    setBusy: (busy) => {
      button.disabled = busy;
    },
  };
}
