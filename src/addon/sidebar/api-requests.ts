/**
 * This file defines, for the sidebar-server contract (api.ts), what the sidebar asks of a sheet:
 * each request names the sheet it acts on, as it was when surveyed, and what to do there.
 */
import type { ClassifySettings } from './api-settings';

/** Which sheet a request acts on: the one the sidebar shows, as it was when surveyed. */
export interface SheetTarget {
  readonly sheetId: number;
  /** The survey's `layout`. */
  readonly layout: string;
}

/** A Classify: the sheet it is for, and the settings to classify it with. */
export interface ClassifyRequest extends SheetTarget {
  readonly settings: ClassifySettings;
}

/** A request to show one segment's rows only: the label as the legend shows it. */
export interface SegmentRequest extends SheetTarget {
  readonly label: string;
}

/** "Build history": how many past periods a log is classified as of, months or weeks. */
export interface BackfillRequest extends SheetTarget {
  readonly periods: number;
  readonly unit: 'month' | 'week';
}

/** A request for one segment's customers as a list: the segment's class id in the last run. */
export interface SegmentListRequest extends SheetTarget {
  readonly segment: string;
}
