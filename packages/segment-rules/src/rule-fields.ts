import { BRANCH_CODES, SPECIAL_TYPES, STICKY_SERVICES } from '@retention/domain';

export type RuleFieldType = 'number' | 'text' | 'enum' | 'bool' | 'set';

export interface RuleField {
  key: string;
  type: RuleFieldType;
  /** SQL over m (membership at the month), s (subscriber), u (usage at the month): fixed text, never user input. The same column names exist in segments' private tables and in its `segments_api` views, so one expression serves both sources. */
  sql: string;
  /** For "in each of the last k months": the usage column holding the monthly value. */
  monthlyColumn?: string;
  values?: readonly string[];
  labelZh: string;
  labelEn: string;
}

export const RULE_OPERATORS: Record<RuleFieldType, readonly string[]> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between'],
  text: ['eq', 'ne', 'in', 'notIn', 'startsWith'],
  enum: ['eq', 'ne', 'in', 'notIn'],
  bool: ['is'],
  set: ['has', 'hasAny', 'hasNone'],
};

/** Every field a segment rule may use (DOMAIN.md §3 "Segment"). */
export const RULE_FIELDS: readonly RuleField[] = [
  { key: 'arpu', type: 'number', sql: 'm.arpu', monthlyColumn: 'bill_amount', labelZh: 'ARPU（当月）', labelEn: 'ARPU (month)' },
  { key: 'avgArpu', type: 'number', sql: 'm.avg_arpu', labelZh: '月均ARPU（近3月）', labelEn: 'Avg ARPU (3 months)' },
  { key: 'mou', type: 'number', sql: 'm.mou', monthlyColumn: 'outgoing_mou', labelZh: '主叫MOU', labelEn: 'Outgoing MOU' },
  { key: 'longDistanceMou', type: 'number', sql: 'u.long_distance_mou', monthlyColumn: 'long_distance_mou', labelZh: '长途MOU', labelEn: 'Long-distance MOU' },
  { key: 'roamingMou', type: 'number', sql: 'u.roaming_mou', monthlyColumn: 'roaming_mou', labelZh: '漫游MOU', labelEn: 'Roaming MOU' },
  { key: 'dataMb', type: 'number', sql: 'u.data_mb', monthlyColumn: 'data_mb', labelZh: '数据流量(MB)', labelEn: 'Data (MB)' },
  { key: 'balance', type: 'number', sql: 'u.balance', monthlyColumn: 'balance', labelZh: '余额', labelEn: 'Balance' },
  { key: 'arrearsMonths', type: 'number', sql: 'u.arrears_months', monthlyColumn: 'arrears_months', labelZh: '欠费月数', labelEn: 'Months in arrears' },
  { key: 'tenureMonths', type: 'number', sql: 'm.tenure_months', labelZh: '网龄（月）', labelEn: 'Tenure (months)' },
  { key: 'measures', type: 'number', sql: 'm.measures', labelZh: '稳定措施数', labelEn: 'Stabilizing measures' },
  { key: 'brand', type: 'enum', sql: 's.brand', values: ['GOTONE', 'EASYOWN', 'MZONE'], labelZh: '品牌', labelEn: 'Brand' },
  { key: 'planCode', type: 'text', sql: 's.plan_code', labelZh: '资费套餐', labelEn: 'Plan' },
  { key: 'branch', type: 'enum', sql: 'm.branch_code', values: BRANCH_CODES, labelZh: '分公司', labelEn: 'Branch' },
  { key: 'county', type: 'text', sql: "coalesce(s.county, '')", labelZh: '区县', labelEn: 'County' },
  { key: 'groupClass', type: 'enum', sql: "coalesce(s.group_class, 'NONE')", values: ['A', 'B', 'C', 'NONE'], labelZh: '集团级别', labelEn: 'Group class' },
  { key: 'groupKeyMember', type: 'bool', sql: 's.group_key_member', labelZh: '集团重要成员', labelEn: 'Key group member' },
  { key: 'vnetMember', type: 'bool', sql: 's.vnet_member', labelZh: 'V网成员', labelEn: 'V-net member' },
  { key: 'familyPlan', type: 'bool', sql: 's.family_plan', labelZh: '合家欢', labelEn: 'Family plan' },
  { key: 'vipCard', type: 'enum', sql: 's.vip_card', values: ['DIAMOND', 'GOLD', 'SILVER', 'NONE'], labelZh: 'VIP卡', labelEn: 'VIP card' },
  { key: 'specialType', type: 'enum', sql: "coalesce(s.special_type, 'NONE')", values: [...SPECIAL_TYPES, 'NONE'], labelZh: '特殊账户', labelEn: 'Special account' },
  { key: 'stickyServices', type: 'set', sql: "coalesce(string_to_array(u.services, ';'), '{}')", values: STICKY_SERVICES, labelZh: '粘性业务', labelEn: 'Sticky services' },
  { key: 'retentionClass', type: 'enum', sql: "coalesce(m.retention_class, 'NONE')", values: ['CHURN_RISK', 'IMPORTANT', 'ORDINARY', 'IRREGULAR', 'NONE'], labelZh: '保有分类', labelEn: 'Retention class' },
  { key: 'tenureBand', type: 'enum', sql: 'm.tenure_band', values: ['LT_6M', '6_12M', '1_3Y', '3_5Y', 'GE_5Y'], labelZh: '网龄段', labelEn: 'Tenure band' },
  { key: 'midHighEnd', type: 'bool', sql: 'm.mid_high_end', labelZh: '中高端', labelEn: 'Mid-high-end' },
  { key: 'dynamicMidHighEnd', type: 'bool', sql: 'm.dynamic_mid_high_end', labelZh: '动态中高端', labelEn: 'Dynamic mid-high-end' },
  { key: 'nearMidHighEnd', type: 'bool', sql: 'm.near_mid_high_end', labelZh: '准中高端', labelEn: 'Near mid-high-end' },
];

export const RULE_FIELD_BY_KEY: ReadonlyMap<string, RuleField> = new Map(RULE_FIELDS.map((f) => [f.key, f]));
