/**
 * This file defines the languages the add-on speaks and every label it writes into cells, once
 * per language.
 */

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TIERS = ['high-value', 'potential', 'regular', 'churned'] as const;
export type Tier = (typeof TIERS)[number];

export const TIER_LABELS: Readonly<Record<Tier, Readonly<Record<Language, string>>>> = {
  'high-value': { en: 'High value', zh: '高价值客户' },
  potential: { en: 'Potential', zh: '潜在客户' },
  regular: { en: 'Regular', zh: '普通客户' },
  churned: { en: 'Churned', zh: '流失客户' },
};
