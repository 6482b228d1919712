/**
 * This file defines the playbook: what a team does with each class of every model, in every
 * language, once, beside the labels (labels.ts). The summary sheet writes it beside each
 * segment's numbers. The advice is the source articles' (docs/domain.md §1, the seeds): VIP
 * service and exclusive offers for high value, nurture and a first-purchase offer for potential,
 * regular promotions with cross-sell and up-sell for regular, a win-back offer and asking why for
 * churned; the RFM segments, value classes, ABC classes and the prediction models' classes alike.
 */
import type { ChurnRisk, Label, LifecycleStage, Segment, Tier, ValueClass } from './labels';
import type { ModelId } from './model-ids';
import type { ClusterClass, PredictionModelId } from './prediction-models';

const TIER_PLAYBOOK: Readonly<Record<Tier, Label>> = {
  'high-value': {
    en: 'VIP service: a named contact, priority support, exclusive offers and early access.',
    zh: 'VIP 服务：专属客户经理、优先客服通道、专属优惠与新品优先体验。',
  },
  potential: {
    en: 'Nurture: useful content and a first-purchase offer to turn them into buyers.',
    zh: '培育转化：推送有价值的内容，并给出首单优惠，促成首次购买。',
  },
  regular: {
    en: 'Regular promotions, points and referral rewards; cross-sell and up-sell.',
    zh: '定期促销、会员积分与推荐奖励；交叉销售与向上销售，提升频次与金额。',
  },
  churned: {
    en: 'Win-back offer by e-mail or a call; ask why they left and fix it.',
    zh: '挽回：发送挽回邮件或电话回访并提供专属优惠；了解流失原因并改进。',
  },
};

const SEGMENT_PLAYBOOK: Readonly<Record<Segment, Label>> = {
  champions: {
    en: 'Reward them: VIP perks, early access to new products; ask for reviews and referrals.',
    zh: '重点回馈：VIP 权益、新品抢先体验；邀请评价与推荐。',
  },
  'loyal-customers': {
    en: 'Membership benefits and loyalty rewards; up-sell higher-value products.',
    zh: '会员福利与忠诚奖励；向上销售更高价值的产品。',
  },
  'new-customers': {
    en: 'Welcome them: onboarding, support after the first purchase, a second-order offer.',
    zh: '欢迎新客：使用引导、首购后的售后关怀，给出二次购买优惠。',
  },
  promising: {
    en: 'Build the habit: trial offers and personal recommendations.',
    zh: '培养习惯：试用优惠与个性化推荐。',
  },
  'potential-loyalist': {
    en: 'Offer membership or points; recommend related products.',
    zh: '邀请加入会员或积分计划；推荐相关产品。',
  },
  'need-attention': {
    en: 'Limited-time offers based on past purchases; a personal check-in.',
    zh: '根据购买记录推送限时优惠；主动回访关怀。',
  },
  'about-to-sleep': {
    en: 'Reactivate: popular products and a discount before they lapse.',
    zh: '唤醒：推送热门产品与折扣，防止沉睡。',
  },
  'cant-lose-them': {
    en: 'Call them: a named contact, ask what went wrong, a strong win-back offer.',
    zh: '电话回访：专人跟进，了解问题所在，给出有力的挽回优惠。',
  },
  'at-risk': {
    en: 'Win-back e-mails with personal offers; ask for feedback.',
    zh: '发送个性化挽回邮件与优惠；收集反馈意见。',
  },
  lost: {
    en: 'One low-cost win-back campaign; otherwise spend less on them.',
    zh: '做一次低成本的挽回活动；否则减少资源投入。',
  },
  others: {
    en: 'Regular promotions; watch which segment they move to.',
    zh: '定期促销；关注其后续的细分变化。',
  },
  prospects: {
    en: 'Nurture: useful content and a first-purchase offer.',
    zh: '培育转化：推送有价值的内容并给出首单优惠。',
  },
};

const VALUE_CLASS_PLAYBOOK: Readonly<Record<ValueClass, Label>> = {
  'important-value': {
    en: 'Keep them: VIP service, a named contact and exclusive offers.',
    zh: '重点保持：VIP 服务、专属客户经理与专属优惠。',
  },
  'important-retention': {
    en: 'Frequent and valuable but not recent: reach out now with a personal offer.',
    zh: '消费频繁且金额高但近期未购买：立即主动联系，给出个性化优惠。',
  },
  'important-development': {
    en: 'Recent and valuable but rare: raise frequency with membership and reminders.',
    zh: '近期购买且金额高但频次低：通过会员计划与提醒提升购买频次。',
  },
  'important-recovery': {
    en: 'Valuable but slipping away: call them, ask why, a strong win-back offer.',
    zh: '价值高但正在流失：电话回访，了解原因，给出有力的挽回优惠。',
  },
  'general-value': {
    en: 'Recent and frequent but low spend: cross-sell and up-sell.',
    zh: '近期且频繁购买但金额低：交叉销售与向上销售。',
  },
  'general-retention': {
    en: 'Frequent but not recent, low spend: reminders and regular promotions.',
    zh: '频次高但近期未购买、金额低：推送提醒与定期促销。',
  },
  'general-development': {
    en: 'Recent but rare and low spend: a second-order offer and recommendations.',
    zh: '近期购买但频次低、金额低：二次购买优惠与产品推荐。',
  },
  'general-recovery': {
    en: 'Low value and lapsed: low-cost campaigns only.',
    zh: '价值低且已流失：仅做低成本的营销活动。',
  },
  prospects: {
    en: 'Nurture: useful content and a first-purchase offer.',
    zh: '培育转化：推送有价值的内容并给出首单优惠。',
  },
};

const ABC_PLAYBOOK: Readonly<Record<'A' | 'B' | 'C', Label>> = {
  A: {
    en: 'Most of the revenue: key-account management, a named contact, VIP service.',
    zh: '贡献大部分收入：大客户管理，专属客户经理与 VIP 服务。',
  },
  B: {
    en: 'Grow them: regular follow-up, cross-sell and up-sell.',
    zh: '重点培养：定期跟进，交叉销售与向上销售。',
  },
  C: {
    en: 'Serve efficiently: regular promotions and self-service.',
    zh: '高效服务：定期促销与自助服务，控制投入。',
  },
};

const CHURN_RISK_PLAYBOOK: Readonly<Record<ChurnRisk, Label>> = {
  active: {
    en: 'Keep them engaged: membership benefits and new products.',
    zh: '保持活跃：会员福利与新品推荐。',
  },
  'at-risk': {
    en: 'Churn warning: personal care and a timely offer before they leave.',
    zh: '流失预警：在流失前进行个性化关怀并及时给出优惠。',
  },
  'likely-churned': {
    en: 'Win-back offer; ask why they left.',
    zh: '发送挽回优惠；了解流失原因。',
  },
};

const LIFECYCLE_PLAYBOOK: Readonly<Record<LifecycleStage, Label>> = {
  new: {
    en: 'Welcome offers and a good first experience.',
    zh: '新客欢迎优惠，做好首次体验。',
  },
  active: {
    en: 'Membership, points and loyalty rewards.',
    zh: '会员制度、积分兑换与忠诚奖励。',
  },
  'at-risk': {
    en: 'Personal care and a timely offer before they lapse.',
    zh: '个性化关怀，在流失前及时给出优惠。',
  },
  dormant: {
    en: 'Reactivation campaign with a discount.',
    zh: '唤醒活动并提供折扣。',
  },
  churned: {
    en: 'Win-back offer; ask why they left.',
    zh: '发送挽回优惠；了解流失原因。',
  },
  prospects: {
    en: 'Nurture: useful content and a first-purchase offer.',
    zh: '培育转化：推送有价值的内容并给出首单优惠。',
  },
};

/** Clusters are ranked by value, cluster-1 the most valuable: the advice follows the rank. */
function clusterPlaybook(c: ClusterClass): Label {
  return c === 'cluster-1'
    ? {
        en: 'The most valuable group: VIP service and exclusive offers.',
        zh: '价值最高的一组：VIP 服务与专属优惠。',
      }
    : {
        en: 'Read its typical customer and choose the matching segment’s actions.',
        zh: '参考该组的典型客户，采用相应细分的策略。',
      };
}

const PLAYBOOKS: {
  readonly [Id in Exclude<ModelId | PredictionModelId, 'clusters'>]: Readonly<
    Record<string, Label>
  >;
} = {
  tiers: TIER_PLAYBOOK,
  'rfm-segments': SEGMENT_PLAYBOOK,
  'value-classes': VALUE_CLASS_PLAYBOOK,
  abc: ABC_PLAYBOOK,
  'churn-risk': CHURN_RISK_PLAYBOOK,
  lifecycle: LIFECYCLE_PLAYBOOK,
};

/**
 * What to do with one class of a model, in every language; null for a class the model lacks.
 *
 * @example playbook('tiers', 'churned')?.zh //=> '挽回：发送挽回邮件或电话回访并提供专属优惠；了解流失原因并改进。'
 */
export function playbook(id: ModelId | PredictionModelId, c: string): Label | null {
  if (id === 'clusters') {
    // customers without a purchase are left out of k-means as prospects, as the segments say
    if (c === 'prospects') return SEGMENT_PLAYBOOK.prospects;
    return /^cluster-\d+$/.test(c) ? clusterPlaybook(c as ClusterClass) : null;
  }
  return PLAYBOOKS[id][c] ?? null;
}
