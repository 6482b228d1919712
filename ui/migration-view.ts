/**
 * This file defines who moved where after a run: the from → to matrix against the previous run
 * of the same model on the sheet (rows: the segment then, columns: the segment now, cells:
 * customers), the customers new and gone, and how many moved down (the churn alerts) with a
 * button that opens their list on the summary sheet. Hidden on a model's first recorded run.
 * The table scrolls sideways in its own box, so the 300 px sidebar never does.
 */
import type { MigrationSummary } from '../src/addon/sidebar/api';
import { element, withTestId } from './dom';
import type { Words } from './words';

export interface MigrationView {
  readonly root: HTMLElement;
  /** Shows a run's moves (or Build history's), or hides the view when it has none. */
  readonly show: (result: { readonly migration?: MigrationSummary | undefined } | null) => void;
  readonly setBusy: (busy: boolean) => void;
}

/** @param onOpenAlerts asks to show the alert list on the summary sheet */
export function migrationView(words: Words, onOpenAlerts: () => void): MigrationView {
  const heading = element('h2', { id: 'migration-heading' });
  const table = withTestId(element('table', { className: 'migration' }), 'migration');
  const scroll = element('div', { className: 'table-scroll' }, table);
  const counts = element('p', { className: 'secondary' });
  const alerts = withTestId(element('p', {}), 'alerts');
  const open = withTestId(
    element('button', { type: 'button', textContent: words.openAlerts }),
    'open-alerts',
  );
  open.addEventListener('click', onOpenAlerts);
  const root = element(
    'section',
    { className: 'block', hidden: true },
    heading,
    scroll,
    counts,
    alerts,
    open,
  );
  root.setAttribute('aria-labelledby', heading.id);
  return {
    root,
    show: (result) => {
      const moved = result?.migration;
      root.hidden = !moved;
      if (!moved) return;
      heading.textContent = words.migrationHeading(moved.since);
      const caption = element('caption', { className: 'visually-hidden' }, words.migrationCaption);
      // the corner is no segment: the header row's th cells are the segments alone
      const header = element(
        'tr',
        {},
        element('td'),
        ...moved.segments.map((segment) => element('th', { scope: 'col' }, segment)),
      );
      const rows = moved.segments.map((segment, from) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, segment),
          ...(moved.counts[from] ?? []).map((count, to) =>
            element('td', { className: from === to ? 'same' : '' }, String(count)),
          ),
        ),
      );
      table.replaceChildren(caption, element('thead', {}, header), element('tbody', {}, ...rows));
      counts.textContent = words.newAndGone(moved.newCustomers, moved.goneCustomers);
      alerts.textContent = words.alerts(moved.alerts);
      open.hidden = moved.alerts === 0;
    },
    setBusy: (busy) => {
      open.disabled = busy;
    },
  };
}
