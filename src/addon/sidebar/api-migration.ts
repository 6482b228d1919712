/**
 * This file defines, for the sidebar-server contract (api.ts), who moved where since the
 * previous run of the same model on a sheet (history.ts), as the sidebar shows it: the from → to
 * counts and the churn alerts.
 */

/** A customer who moved down since the previous run: labels in the run's language. */
export interface ChurnAlertEntry {
  readonly customer: string;
  readonly from: string;
  readonly to: string;
  /** Their monetary, or their predicted value where churn risk predicted it. */
  readonly moneyAtRisk: number;
  /** `YYYY-MM-DD`, or '' when the sheet gives day counts only. */
  readonly lastPurchase: string;
}

/** Who moved where since the previous run of the same model on the sheet (history.ts). */
export interface MigrationSummary {
  /** The previous run's as-of day, `YYYY-MM-DD`. */
  readonly since: string;
  /** The segments' labels in the model's order: the matrix's rows (from) and columns (to). */
  readonly segments: readonly string[];
  /** `counts[from][to]`: customers in both runs. */
  readonly counts: readonly (readonly number[])[];
  readonly newCustomers: number;
  readonly goneCustomers: number;
  /** How many customers moved down. */
  readonly alerts: number;
  /** The first of them, most money at risk first. */
  readonly topAlerts: readonly ChurnAlertEntry[];
}
