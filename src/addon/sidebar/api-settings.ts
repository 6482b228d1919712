/**
 * This file defines, for the sidebar-server contract (api.ts), how a user sets up a sheet's run:
 * the model and every option of every model, with the columns' roles, as the sidebar sends them
 * and document properties keep them.
 */
import type { ColumnRole, Shape } from '../../core/column-roles';
import type { Language } from '../../core/labels';
import type { MeasureBreaks } from '../../core/measure-breaks';
import type { SidebarModelId } from '../../core/model-ids';

/** A model the sidebar offers: a segment model or a prediction model. */
export type ModelId = SidebarModelId;

/** Every option of every model, with the defaults the custom functions use. */
export interface ClassifyOptions {
  readonly bins: number;
  readonly churnDays: number;
  readonly highValueShare: number;
  /** `YYYY-MM-DD`, or null for the latest purchase. */
  readonly asOf: string | null;
  readonly aShare: number;
  readonly bShare: number;
  /** Churn risk's horizon, in months. */
  readonly horizon: number;
  /** Churn risk's thresholds on the probability of buying again within the horizon. */
  readonly activeFrom: number;
  readonly atRiskFrom: number;
  /** How many k-means clusters. */
  readonly clusterCount: number;
  /** Label language; null for the spreadsheet's. */
  readonly language: Language | null;
  /** A measure's own score breaks, ascending, instead of its quantiles; none or null: quantiles. */
  readonly breaks?: MeasureBreaks;
  /** Money from which an active customer is High value, instead of `highValueShare`; none or null: the share. */
  readonly highValueFrom?: number | null;
  /** How many runs the history sheet keeps; none: HISTORY_RUNS_KEPT's default. */
  readonly historyRuns?: number;
}

/** How the user set up a sheet's run: saved in document properties, so colleagues re-run it. */
export interface ClassifySettings {
  /** 1-based sheet row of the header row; null when the data has none. */
  readonly headerRow: number | null;
  readonly shape: Shape;
  /** Role per column index; columns not listed have none. */
  readonly roles: readonly { readonly index: number; readonly role: ColumnRole }[];
  readonly model: ModelId;
  readonly options: ClassifyOptions;
}
