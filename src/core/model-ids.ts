/**
 * This file defines the ids of the segmentation models, apart from the models themselves, so
 * that the option registry can name the models each option serves without importing them
 * (which import the registry for their defaults).
 */
export const MODEL_IDS = ['tiers', 'rfm-segments', 'value-classes', 'abc'] as const;
export type ModelId = (typeof MODEL_IDS)[number];
