import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * What an error is about. `field` is the one name for the argument or input field at
 * fault (a path such as `input.name` or `rule.all[1].value`); the rest is code-specific.
 */
export type ErrorDetails = { field?: string } & Record<string, unknown>;

/** An error's message in both languages, as every error's `extensions.messages` carries it. */
export interface ErrorMessages {
  'zh-CN': string;
  en: string;
}

/**
 * Base class for a module's own errors. Each module declares its code enum and the
 * zh-CN message of every code with `defineDomainError` (so no code lacks a translation);
 * the English message is the one thrown, which names the place and value. Mapped once,
 * in formatError, to `extensions.code`, `extensions.field` and `extensions.messages`.
 */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly details: ErrorDetails = {},
    readonly messageZh: string = message,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Fills `{name}` placeholders from the details (unknown names are left out). */
function fill(template: string, details: ErrorDetails): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (details[name] === undefined ? '' : String(details[name])));
}

/**
 * A module's error class: `class CampaignError extends defineDomainError<CampaignErrorCode>({ … })`.
 * The record must name every code, so a new code without a zh-CN message does not compile.
 */
export function defineDomainError<Code extends string>(messagesZh: Record<Code, string>) {
  return class extends DomainError<Code> {
    constructor(code: Code, message: string, details: ErrorDetails = {}) {
      const zh = fill(messagesZh[code], details);
      super(code, message, details, details.field ? `${details.field}：${zh}` : zh);
    }
  };
}

/** The platform's own codes (not a module's), with their messages in both languages. */
const GENERIC_MESSAGES: Record<string, ErrorMessages> = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录（登录已失效或令牌无效）', en: 'Please sign in (the session has ended or the token is not valid)' },
  FORBIDDEN: { 'zh-CN': '您的角色无权查看或执行此操作', en: 'Your role may not see or do this' },
  UNAUTHORIZED: { 'zh-CN': '您的角色无权查看或执行此操作', en: 'Your role may not see or do this' },
  BAD_USER_INPUT: { 'zh-CN': '输入有误', en: 'The input is not valid' },
  GRAPHQL_VALIDATION_FAILED: { 'zh-CN': '请求不符合接口定义', en: 'The request does not match the API' },
  GRAPHQL_PARSE_FAILED: { 'zh-CN': '请求无法解析', en: 'The request cannot be parsed' },
  INTERNAL_SERVER_ERROR: { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal server error, please try again later' },
  SERVICE_BUSY: { 'zh-CN': '服务繁忙，请稍后重试', en: 'The service is busy: please try again in a moment' },
  RATE_LIMITED: { 'zh-CN': '操作过于频繁，请稍后再试', en: 'Too many requests of this kind: please wait a moment and try again' },
  QUERY_TIMEOUT: { 'zh-CN': '查询超时：请缩小范围或简化条件后重试', en: 'The query took too long: narrow it down or simplify it and try again' },
};

/**
 * Database limits reached by a request: no free connection in time (the pool's wait
 * timeout) or a statement over statement_timeout (SQLSTATE 57014). Both are the caller's
 * to retry or narrow, not internal errors.
 */
function databaseLimitCode(error: unknown): 'SERVICE_BUSY' | 'QUERY_TIMEOUT' | null {
  const e = error as { message?: string; code?: string; driverError?: { code?: string } } | null;
  if (!e) return null;
  if (e.code === '57014' || e.driverError?.code === '57014') return 'QUERY_TIMEOUT';
  if (typeof e.message === 'string' && e.message.includes('timeout exceeded when trying to connect')) return 'SERVICE_BUSY';
  return null;
}

export function unauthenticated(message = 'Authentication required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'Not allowed'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * Apollo formatError, the one error convention: every error has `extensions.code` and
 * `extensions.messages` (zh-CN and English); a domain error adds `field` and its other
 * details; unexpected errors hide internals in production.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      ...formatted,
      message: original.message,
      extensions: {
        ...formatted.extensions,
        ...original.details,
        code: original.code,
        messages: { 'zh-CN': original.messageZh, en: original.message } satisfies ErrorMessages,
      },
    };
  }
  const limit = databaseLimitCode(original);
  if (limit) return { message: GENERIC_MESSAGES[limit].en, path: formatted.path, extensions: { code: limit, messages: GENERIC_MESSAGES[limit] } };
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (code === 'INTERNAL_SERVER_ERROR' && process.env.NODE_ENV === 'production') {
    return { message: 'Internal server error', extensions: { code, messages: GENERIC_MESSAGES.INTERNAL_SERVER_ERROR } };
  }
  const generic = GENERIC_MESSAGES[code];
  const messages: ErrorMessages = generic ? { 'zh-CN': generic['zh-CN'], en: formatted.message } : { 'zh-CN': formatted.message, en: formatted.message };
  return { ...formatted, extensions: { ...formatted.extensions, code, messages } };
}
