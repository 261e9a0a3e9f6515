/** The built-in segment keys of DOMAIN.md §3, each over subscribers on network at the month. */
export const BUILT_IN_SEGMENT_KEYS = [
  'MID_HIGH_END',
  'DYNAMIC_MID_HIGH_END',
  'NEAR_MID_HIGH_END',
  'CLASS_CHURN_RISK',
  'CLASS_IMPORTANT',
  'CLASS_ORDINARY',
  'CLASS_IRREGULAR',
  'TENURE_LT_6M',
  'TENURE_6_12M',
  'TENURE_1_3Y',
  'TENURE_3_5Y',
  'TENURE_GE_5Y',
  'MEASURES_GE_1',
  'MEASURES_GE_2',
  'MEASURES_GE_3',
] as const;

export type BuiltInSegmentKey = (typeof BUILT_IN_SEGMENT_KEYS)[number];

/** Not a segment: everyone on network at the month, the denominator of shares. */
export const ON_NETWORK_KEY = 'ON_NETWORK';

/** Also counted, for the cross-stabilization KPI: dynamic mid-high-end with ≥ k measures. */
export const DYNAMIC_MEASURE_KEYS = ['DYNAMIC_MEASURES_GE_1', 'DYNAMIC_MEASURES_GE_2', 'DYNAMIC_MEASURES_GE_3'] as const;

export type CountedKey = BuiltInSegmentKey | typeof ON_NETWORK_KEY | (typeof DYNAMIC_MEASURE_KEYS)[number];
export const COUNTED_KEYS: readonly CountedKey[] = [ON_NETWORK_KEY, ...BUILT_IN_SEGMENT_KEYS, ...DYNAMIC_MEASURE_KEYS];

/**
 * How each key reads off a row of segments.membership or segments_api.membership_v1 (alias m). Fixed SQL text, no
 * user input: used to count every key in one pass over the month's snapshot.
 */
export const SEGMENT_PREDICATES: Record<CountedKey, string> = {
  ON_NETWORK: 'true',
  MID_HIGH_END: 'm.mid_high_end',
  DYNAMIC_MID_HIGH_END: 'm.dynamic_mid_high_end',
  NEAR_MID_HIGH_END: 'm.near_mid_high_end',
  CLASS_CHURN_RISK: "m.retention_class = 'CHURN_RISK'",
  CLASS_IMPORTANT: "m.retention_class = 'IMPORTANT'",
  CLASS_ORDINARY: "m.retention_class = 'ORDINARY'",
  CLASS_IRREGULAR: "m.retention_class = 'IRREGULAR'",
  TENURE_LT_6M: "m.tenure_band = 'LT_6M'",
  TENURE_6_12M: "m.tenure_band = '6_12M'",
  TENURE_1_3Y: "m.tenure_band = '1_3Y'",
  TENURE_3_5Y: "m.tenure_band = '3_5Y'",
  TENURE_GE_5Y: "m.tenure_band = 'GE_5Y'",
  MEASURES_GE_1: 'm.measures >= 1',
  MEASURES_GE_2: 'm.measures >= 2',
  MEASURES_GE_3: 'm.measures >= 3',
  DYNAMIC_MEASURES_GE_1: 'm.dynamic_mid_high_end AND m.measures >= 1',
  DYNAMIC_MEASURES_GE_2: 'm.dynamic_mid_high_end AND m.measures >= 2',
  DYNAMIC_MEASURES_GE_3: 'm.dynamic_mid_high_end AND m.measures >= 3',
};
