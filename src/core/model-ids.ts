/**
 * This file defines the ids of the models, apart from the models themselves, so that the option
 * registry can name the models each option serves without importing them (which import the
 * registry for their defaults): the segment models, classified from the RFM measures, and the
 * prediction models, which need purchase days or their own fit. The sidebar offers both.
 */
export const MODEL_IDS = ['tiers', 'rfm-segments', 'value-classes', 'abc'] as const;
export type ModelId = (typeof MODEL_IDS)[number];

export const PREDICTION_MODEL_IDS = ['churn-risk', 'lifecycle', 'clusters'] as const;
export type PredictionModelId = (typeof PREDICTION_MODEL_IDS)[number];

/** Every model the sidebar offers, in the picker's order: the segment models first. */
export const SIDEBAR_MODEL_IDS = [...MODEL_IDS, ...PREDICTION_MODEL_IDS] as const;
export type SidebarModelId = ModelId | PredictionModelId;

/** Whether a sidebar model is one of the prediction models. */
export function isPredictionModel(id: SidebarModelId): id is PredictionModelId {
  return (PREDICTION_MODEL_IDS as readonly string[]).includes(id);
}
