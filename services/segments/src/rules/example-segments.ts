import type { RuleNode } from '@retention/segment-rules';

/**
 * Seed 001's nine customer groups (SS1–SS9) as example segments. The seed names them
 * only; these rules are our reading of each name, documented in docs/definitions.md.
 */
export const EXAMPLE_SEGMENTS: { key: string; name: string; description: string; rule: RuleNode }[] = [
  {
    key: 'SS1', name: '高值商务', description: 'High-value business: Avg ARPU ≥ 200 and heavy roaming or long-distance use',
    rule: { all: [{ field: 'avgArpu', op: 'gte', value: 200 }, { any: [{ field: 'roamingMou', op: 'gte', value: 100 }, { field: 'longDistanceMou', op: 'gte', value: 200 }] }] },
  },
  {
    key: 'SS2', name: '高值时尚', description: 'High-value trendy: Avg ARPU ≥ 120, ≥ 1 GB of data, M-Zone or GoTone',
    rule: { all: [{ field: 'avgArpu', op: 'gte', value: 120 }, { field: 'dataMb', op: 'gte', value: 1024 }, { field: 'brand', op: 'in', value: ['MZONE', 'GOTONE'] }] },
  },
  {
    key: 'SS3', name: '本地小康', description: 'Local well-off: Avg ARPU 80–200, little roaming or long-distance',
    rule: { all: [{ field: 'avgArpu', op: 'between', value: [80, 200] }, { field: 'roamingMou', op: 'lt', value: 30 }, { field: 'longDistanceMou', op: 'lt', value: 60 }] },
  },
  {
    key: 'SS4', name: '本地温饱', description: 'Local basic: Avg ARPU 30–80, almost no roaming',
    rule: { all: [{ field: 'avgArpu', op: 'between', value: [30, 80] }, { field: 'roamingMou', op: 'lt', value: 10 }] },
  },
  {
    key: 'SS5', name: '低值休眠', description: 'Low-value dormant: ARPU < 20 in each of the last 3 months and MOU < 30',
    rule: { all: [{ field: 'arpu', op: 'lt', value: 20, eachOfLastMonths: 3 }, { field: 'mou', op: 'lt', value: 30 }] },
  },
  {
    key: 'SS6', name: '高值高危', description: 'High-value at risk: dynamic mid-high-end and churn-risk class, arrears, or no stabilizing measure',
    rule: { all: [{ field: 'dynamicMidHighEnd', op: 'is', value: true }, { any: [{ field: 'retentionClass', op: 'eq', value: 'CHURN_RISK' }, { field: 'arrearsMonths', op: 'gte', value: 1 }, { field: 'measures', op: 'eq', value: 0 }] }] },
  },
  {
    key: 'SS7', name: '高值外流', description: 'High-value drifting away: dynamic mid-high-end whose ARPU this month fell below 100',
    rule: { all: [{ field: 'dynamicMidHighEnd', op: 'is', value: true }, { field: 'arpu', op: 'lt', value: 100 }] },
  },
  {
    key: 'SS8', name: '中值实用', description: 'Mid-value practical: Avg ARPU 60–150 with MOU ≥ 200',
    rule: { all: [{ field: 'avgArpu', op: 'between', value: [60, 150] }, { field: 'mou', op: 'gte', value: 200 }] },
  },
  {
    key: 'SS9', name: '传统节俭', description: 'Traditional frugal: tenure ≥ 5 years, Avg ARPU < 60, under 100 MB of data',
    rule: { all: [{ field: 'tenureMonths', op: 'gte', value: 60 }, { field: 'avgArpu', op: 'lt', value: 60 }, { field: 'dataMb', op: 'lt', value: 100 }] },
  },
];
