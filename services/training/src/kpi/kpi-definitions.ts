import { registerEnumType } from 'type-graphql';
import { keyScalar } from '../common/enums';
import { KpiError, KpiErrorCode } from './kpi.errors';

/** The KPI keys of DOMAIN.md §1 (API convention). */
export const KPI_KEYS = ['MID_HIGH_END_AVG', 'COHORT_RETENTION', 'CROSS_STAB_2', 'VALID_COMPLAINT_RATE', 'CAMPAIGN_UPTAKE', 'TRAINING_COVERAGE'] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
registerEnumType(KpiDirection, { name: 'KpiDirection' });

export type KpiSource = 'SEGMENTS' | 'CAMPAIGNS' | 'TRAINING';

export interface KpiDefinition {
  key: KpiKey;
  nameZh: string;
  nameEn: string;
  direction: KpiDirection;
  /** The service whose published figures the actual is read from. */
  source: KpiSource;
  /** COUNT (customers) or SHARE (a fraction 0…1). */
  unit: 'COUNT' | 'SHARE';
  definitionZh: string;
  definitionEn: string;
}

/** DOMAIN.md §7, "Actual of each KPI for branch b at month m of year Y". */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    key: 'MID_HIGH_END_AVG', nameZh: '月均中高端客户数', nameEn: 'Monthly average mid-high-end customers', direction: KpiDirection.HIGHER_IS_BETTER, source: 'SEGMENTS', unit: 'COUNT',
    definitionZh: '当年1月至当月已加载月份的中高端客户数（ARPU≥120且MOU≥100的在网客户）之和 ÷ 月份数', definitionEn: 'Year-to-date mean over the loaded months Jan…m of the mid-high-end count (on network, ARPU ≥ 120, MOU ≥ 100)',
  },
  {
    key: 'COHORT_RETENTION', nameZh: '拍照客户保有率', nameEn: 'Photo-cohort retention', direction: KpiDirection.HIGHER_IS_BETTER, source: 'SEGMENTS', unit: 'SHARE',
    definitionZh: '拍照客户（默认上年12月的中高端客户，省公司可另选拍照客户群；按拍照时所属分公司）在当月仍在网的比例', definitionEn: 'Share of the photo cohort (by default the mid-high-end customers of December Y−1, unless the province picks another cohort; by their branch then) still on network at m',
  },
  {
    key: 'CROSS_STAB_2', nameZh: '交叉稳定率（≥2项措施）', nameEn: 'Cross-stabilization (≥ 2 measures)', direction: KpiDirection.HIGHER_IS_BETTER, source: 'SEGMENTS', unit: 'SHARE',
    definitionZh: '当月动态中高端客户中有两项及以上稳定措施的比例', definitionEn: 'Share of the dynamic mid-high-end customers at m with at least 2 stabilizing measures',
  },
  {
    key: 'VALID_COMPLAINT_RATE', nameZh: '有理投诉率', nameEn: 'Valid complaint rate', direction: KpiDirection.LOWER_IS_BETTER, source: 'CAMPAIGNS', unit: 'SHARE',
    definitionZh: '当年1月1日至当月末的接触中有理投诉次数 ÷ 接触客户数（越低越好）', definitionEn: 'Valid complaints ÷ distinct customers contacted, contacts dated 1 Jan Y … end of m (lower is better)',
  },
  {
    key: 'CAMPAIGN_UPTAKE', nameZh: '营销成功率', nameEn: 'Campaign uptake', direction: KpiDirection.HIGHER_IS_BETTER, source: 'CAMPAIGNS', unit: 'SHARE',
    definitionZh: '同期接受优惠的客户数 ÷ 接触客户数', definitionEn: 'Distinct customers who accepted ÷ distinct customers contacted, same contacts',
  },
  {
    key: 'TRAINING_COVERAGE', nameZh: '培训覆盖率', nameEn: 'Training coverage', direction: KpiDirection.HIGHER_IS_BETTER, source: 'TRAINING', unit: 'SHARE',
    definitionZh: '当月所在季度的培训覆盖率（各培训对象岗位合计）：参训（出席）人数 ÷ 在岗人数', definitionEn: 'Coverage of the quarter containing m, all audience roles pooled: attended ÷ active staff',
  },
];

export const definitionOf = (key: KpiKey): KpiDefinition => KPI_DEFINITIONS.find((d) => d.key === key)!;

export const KpiKeyScalar = keyScalar<KpiKey>(
  'KpiKey',
  `A KPI key, as a string or an enum literal: ${KPI_KEYS.join(', ')}.`,
  KPI_KEYS,
  (message) => new KpiError(KpiErrorCode.BAD_KPI, message, { field: 'kpi' }),
);
