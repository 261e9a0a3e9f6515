/**
 * The treatment matrix by retention class (DOMAIN.md §4, seed 000 "优化现有中高端客户保有体系")
 * and the plan-fit rules (产品归位). Shared by the portrait (segments) and the phone
 * manager's customer card (campaigns).
 */
export type RetentionClass = 'IMPORTANT' | 'ORDINARY' | 'IRREGULAR' | 'CHURN_RISK';

export interface Treatment {
  products: string[];
  promotions: string[];
  channels: string[];
  newServices: string[];
  service: string[];
}

export const TREATMENT_MATRIX: Record<RetentionClass, Treatment> = {
  IMPORTANT: {
    products: ['集团V网', '商旅套餐（含G3）', '合家欢'],
    promotions: ['G3终端', '存费送费', '品牌迁移', '积分'],
    channels: ['ACCOUNT_MANAGER', 'PHONE_MANAGER', 'FRONT_DESK', 'E_CHANNEL'],
    newServices: ['银信通', '手机邮箱', '手机上网', '手机支付', '2G/3G流量包'],
    service: ['集团统一付费', '个性化服务 + 12580'],
  },
  ORDINARY: {
    products: ['合家欢', 'V网/群英网', '商旅套餐（含G3）'],
    promotions: ['网龄计划', 'G3终端', '品牌迁移', '积分'],
    channels: ['PHONE_MANAGER', 'FRONT_DESK', 'E_CHANNEL'],
    newServices: ['银信通', '手机邮箱', '手机上网', '2G/3G流量包'],
    service: ['基础服务', '余额提醒'],
  },
  IRREGULAR: {
    products: ['保底套餐 + 叠加包', '商旅G3', '合家欢'],
    promotions: ['网龄计划', '品牌迁移', '积分'],
    channels: ['PHONE_MANAGER', 'FRONT_DESK', 'E_CHANNEL'],
    newServices: ['飞信', '手机上网', '手机邮箱', '2G/3G流量包'],
    service: ['基础服务', '余额关注'],
  },
  CHURN_RISK: {
    products: ['保底套餐', '商旅58'],
    promotions: ['保底存费送费', '低端终端', '品牌迁移', '积分'],
    channels: ['PHONE_MANAGER'],
    newServices: ['飞信', '手机邮箱'],
    service: ['基础服务', '余额提醒'],
  },
};

export interface PlanFitFacts {
  tenureMonths: number;
  mou: number;
  roamingMou: number;
  dataMb: number;
  /** Mean data volume of the three months before, for "fast-growing data". */
  priorDataMb: number;
  familyPlan: boolean;
  churnRisk: boolean;
}

/** Thresholds our reading of "high voice", "high roaming", "fast-growing data", "low voice" (docs/definitions.md). */
export const PLAN_FIT_THRESHOLDS = { highVoiceMou: 300, highRoamingMou: 60, lowVoiceMou: 150, dataGrowth: 1.5, minDataMb: 500 } as const;

/** Plan-fit rules (产品归位): every plan that fits, most specific first. */
export function planFit(f: PlanFitFacts): string[] {
  const t = PLAN_FIT_THRESHOLDS;
  const plans: string[] = [];
  if (f.tenureMonths < 6 || f.churnRisk) plans.push('SL58');
  if (f.tenureMonths > 6 && f.mou >= t.highVoiceMou && f.roamingMou >= t.highRoamingMou) plans.push('SL88');
  if (f.dataMb >= t.minDataMb && f.dataMb >= f.priorDataMb * t.dataGrowth && f.mou < t.lowVoiceMou) plans.push('SLG3');
  if (f.familyPlan) plans.push('HJH_F');
  return plans;
}

/** 138****1234: what every screen and export shows unless the viewer is the assigned phone manager. */
export function maskMsisdn(msisdn: string): string {
  if (msisdn.length < 7) return '*'.repeat(msisdn.length);
  return `${msisdn.slice(0, 3)}****${msisdn.slice(-4)}`;
}
