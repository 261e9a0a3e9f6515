import { scopeReachesBranch, type Scope } from '@retention/auth';
import { BRANCH_CODES } from '@retention/domain';
import { invalidDnc } from './dnc.errors';

/**
 * Which list an entry goes on: province planners may choose any branch or the province
 * (null); a branch planner's entries always go on their own branch's list.
 */
export function dncBranchFor(scope: Scope, requested: string | null | undefined, field: string): string | null {
  const code = requested === undefined || requested === '' ? null : requested;
  if (code !== null && !(BRANCH_CODES as readonly string[]).includes(code)) throw invalidDnc(field, `"${code}" is not a branch code`, `"${code}" 不是分公司代码`);
  if (scope.reach === 'ALL') return code;
  if (code === null) return scope.branchCode;
  if (!scopeReachesBranch(scope, code)) throw invalidDnc(field, `you manage ${scope.branchCode}'s list only`, `只能维护本分公司（${scope.branchCode}）的免打扰名单`);
  return code;
}

export function parseExpiry(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(at.getTime())) {
    throw invalidDnc(field, `"${text}" is not a day YYYY-MM-DD or an ISO 8601 time`, `"${text}" 不是有效日期（YYYY-MM-DD）或时间`);
  }
  return at.toISOString();
}

export function checkReason(reason: string, field: string): string {
  const text = reason.trim();
  if (text.length === 0 || text.length > 200) throw invalidDnc(field, 'a reason of 1–200 characters', '须填写原因（1–200 字）');
  return text;
}
