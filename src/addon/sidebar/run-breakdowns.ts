/**
 * This file defines a run's breakdowns by group: for each group-by column, the segment × group
 * breakdown of the customers and their money (core segmentBreakdown, as SEGMENT_BREAKDOWN counts),
 * written whole on the summary sheet, and cut to its largest groups for the sidebar.
 */
import { COLUMN_LABELS, type Language } from '../../core/labels';
import { largestGroups, segmentBreakdown } from '../../core/segment-breakdown';
import type { BreakdownSplit } from './api';
import type { RunOutcome } from './segment-sheet';
import type { GroupBreakdown } from './summary-breakdowns';

/** Each group-by column's segment × group breakdown of the run's customers and money. */
export function breakdownsOf(
  { groups, results, segmentation }: Pick<RunOutcome, 'groups' | 'results' | 'segmentation'>,
  language: Language,
): GroupBreakdown[] {
  const { scheme, classes } = results;
  const money = segmentation.measures.monetary;
  return groups.map(({ header, groups: groupOf }) => ({
    header,
    breakdown: segmentBreakdown(
      // a customer a prediction model gives no class ('') is in no segment: the legend leaves
      // them out, and so does SEGMENT_BREAKDOWN, whose blank segments are left out
      classes.flatMap((id, i) =>
        id === ''
          ? []
          : [
              {
                segment: scheme.labels[id]?.[language] ?? id,
                group: groupOf[i] ?? null,
                amount: money[i] ?? 0,
              },
            ],
      ),
      [scheme],
      true,
      language,
    ),
  }));
}

/** How many groups the sidebar shows of a group column; the others are summed as one. */
const SIDEBAR_GROUPS = 8;

/** A group column's split as the sidebar shows it: its largest groups. */
export function splitOf({ header, breakdown }: GroupBreakdown, language: Language): BreakdownSplit {
  return {
    header,
    ...largestGroups(breakdown, SIDEBAR_GROUPS, {
      other: COLUMN_LABELS.otherGroups[language],
      blank: COLUMN_LABELS.blankGroup[language],
    }),
  };
}
