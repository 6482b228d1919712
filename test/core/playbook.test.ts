/**
 * The playbook has advice for every class of every model, in every language, and says what the
 * articles say for the four tiers.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core/labels';
import { MODEL_IDS, MODELS } from '../../src/core/models';
import { playbook } from '../../src/core/playbook';
import { PREDICTION_MODEL_IDS, PREDICTION_MODELS } from '../../src/core/prediction-models';

describe('playbook', () => {
  it('has advice in every language for every class of every model', () => {
    const schemes = [
      ...MODEL_IDS.map((id) => MODELS[id]),
      ...PREDICTION_MODEL_IDS.map((id) => PREDICTION_MODELS[id]),
    ];
    for (const scheme of schemes) {
      for (const c of scheme.classes) {
        const advice = playbook(scheme.id as never, c);
        for (const language of LANGUAGES)
          expect(advice?.[language], `${scheme.id} ${c} ${language}`).toMatch(/\S{2}/);
      }
    }
  });

  it('gives the articles’ advice for the four tiers', () => {
    expect(playbook('tiers', 'high-value')?.en).toMatch(/VIP.*named contact.*exclusive offers/);
    expect(playbook('tiers', 'high-value')?.zh).toMatch(/VIP.*专属/);
    expect(playbook('tiers', 'potential')?.en).toMatch(/Nurture.*first-purchase offer/);
    expect(playbook('tiers', 'regular')?.en).toMatch(/promotions.*cross-sell and up-sell/);
    expect(playbook('tiers', 'churned')?.en).toMatch(/Win-back offer.*ask why/);
    expect(playbook('tiers', 'churned')?.zh).toMatch(/挽回.*流失原因/);
  });

  it('has none for a class the model lacks', () => {
    expect(playbook('abc', 'champions')).toBeNull();
    expect(playbook('clusters', 'A')).toBeNull();
  });
});
