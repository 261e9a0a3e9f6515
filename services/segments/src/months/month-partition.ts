import { addMonths, monthStart, partitionSuffix } from './month';

/** A month partition's bounds (from a validated 'YYYY-MM': no user text reaches the SQL). */
export const monthBounds = (month: string) => `FOR VALUES FROM ('${monthStart(month)}') TO ('${monthStart(addMonths(month, 1))}')`;

/** The CHECK that lets ATTACH PARTITION skip scanning a month table. */
export const monthCheck = (month: string) => `CHECK (month >= '${monthStart(month)}' AND month < '${monthStart(addMonths(month, 1))}')`;

/** The name (in schema segments) of a month's partition of segments.usage, from a validated 'YYYY-MM'. */
export const usagePartition = (month: string) => `usage_${partitionSuffix(month)}`;
