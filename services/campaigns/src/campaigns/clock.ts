import { invalid } from './campaign.errors';

/**
 * "Now" for list builds and contacts (DOMAIN.md §5): injectable outside production, so
 * demo data and tests can build and contact in the past and evaluate over months loaded
 * afterwards — by an optional `asOf` argument or CAMPAIGNS_NOW. Production refuses both.
 */
export function nowFor(asOf: string | null | undefined, env: NodeJS.ProcessEnv = process.env): Date {
  const injected = asOf ?? env.CAMPAIGNS_NOW ?? null;
  if (injected === null || injected === '') return new Date();
  if (env.NODE_ENV === 'production') throw invalid('asOf', 'the clock cannot be set in production', '生产环境不能指定时间');
  const at = new Date(injected);
  if (!/^\d{4}-\d{2}-\d{2}/.test(injected) || Number.isNaN(at.getTime())) {
    throw invalid('asOf', `"${injected}" is not an ISO 8601 time`, `"${injected}" 不是 ISO 8601 时间`);
  }
  return at;
}
