import { addMonths, monthsBetween } from './month';

/**
 * The windows of DOMAIN.md §6 for a campaign started in month `s`, evaluated at `e`:
 * before = s−3 … s−1 (always three months, missing ones count 0), after = s … min(s+2, e),
 * provisional while e < s+2. Without a start month there is no ARPU window at all.
 */
export interface EvaluationWindows {
  evaluationMonth: string;
  startMonth: string | null;
  beforeMonths: string[];
  afterMonths: string[];
  provisional: boolean;
  /** Every month the evaluation reads usage of: the two windows and e. */
  usageMonths: string[];
}

export function evaluationWindows(startMonth: string | null, evaluationMonth: string): EvaluationWindows {
  if (!startMonth) {
    return { evaluationMonth, startMonth: null, beforeMonths: [], afterMonths: [], provisional: true, usageMonths: [evaluationMonth] };
  }
  const beforeMonths = [addMonths(startMonth, -3), addMonths(startMonth, -2), addMonths(startMonth, -1)];
  const afterCount = Math.max(0, Math.min(2, monthsBetween(startMonth, evaluationMonth)) + 1);
  const afterMonths = Array.from({ length: afterCount }, (_, i) => addMonths(startMonth, i));
  const usageMonths = [...new Set([...beforeMonths, ...afterMonths, evaluationMonth])].sort();
  return { evaluationMonth, startMonth, beforeMonths, afterMonths, provisional: monthsBetween(startMonth, evaluationMonth) < 2, usageMonths };
}
