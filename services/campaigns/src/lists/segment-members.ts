import { compileRule, ruleFrom, SEGMENT_PREDICATES, SEGMENTS_API_SOURCE, type CountedKey, type SqlParams } from '@retention/segment-rules';

/**
 * The SQL condition for "member of the campaign's target segment" over segments_api (alias m
 * for membership, s subscriber, u the month's usage): a built-in segment's own predicate, or
 * the (frozen or current) rule of a saved segment compiled with bound parameters.
 */
export function targetSegmentPredicate(builtInKey: string | null, rule: unknown, params: SqlParams): string {
  return builtInKey && builtInKey in SEGMENT_PREDICATES && rule === null
    ? SEGMENT_PREDICATES[builtInKey as CountedKey]
    : compileRule(rule, params, SEGMENTS_API_SOURCE);
}

/**
 * The FROM clause for segment members at a month, joining the subscriber (alias s) and the
 * month's usage (alias u) only when `conditions` read them: each join is a pass over the
 * base. Membership itself carries the flags every list checks (special account, VIP card).
 */
export function segmentMembersFrom(conditions: string): string {
  if (/\bu\./.test(conditions)) return ruleFrom(SEGMENTS_API_SOURCE);
  if (/\bs\./.test(conditions)) return `${SEGMENTS_API_SOURCE.membership} m JOIN ${SEGMENTS_API_SOURCE.subscriber} s ON s.subscriber_id = m.subscriber_id`;
  return `${SEGMENTS_API_SOURCE.membership} m`;
}
