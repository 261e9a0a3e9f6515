import { defineDomainError } from '@retention/graphql-kit';
import type { ZodIssue } from 'zod';
import { RULE_FIELD_BY_KEY, RULE_OPERATORS, type RuleField } from './rule-fields';
import { MAX_RULE_CONDITIONS, MAX_RULE_DEPTH, ruleSchema, type Condition, type RuleNode } from './rule.schema';

export enum RuleErrorCode {
  INVALID_RULE = 'INVALID_RULE',
}

/** Says what is wrong and where (a path like `rule.all[1].any[0].value`). */
export class RuleError extends defineDomainError<RuleErrorCode>({ INVALID_RULE: '规则不完整或不正确：{problem}' }) {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(RuleErrorCode.INVALID_RULE, `${path}: ${problem}`, { field: path, problem });
  }
}

/** Collects bind parameters; user values only ever travel as parameters. */
export class SqlParams {
  readonly values: unknown[];
  constructor(initial: unknown[] = []) {
    this.values = [...initial];
  }
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

function zodPath(issue: ZodIssue): string {
  return ['rule', ...issue.path].reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc === '' ? String(part) : `${acc}.${part}`), '');
}

/**
 * The nesting of untrusted JSON, measured without recursion before anything recursive
 * (zod, the compiler) sees it: 1,000 nested groups must be a clear error, not a stack overflow.
 */
function assertShallow(input: unknown): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: input, depth: 0, path: 'rule' }];
  // Each group is an object holding an array (or `not`): two JSON levels per rule level.
  const limit = 2 * MAX_RULE_DEPTH + 2;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > limit) throw new RuleError(path, `rules nest at most ${MAX_RULE_DEPTH} levels`);
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, depth: depth + 1, path: Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}` });
    }
  }
}

/** Parses untrusted JSON into a rule tree, or throws a RuleError naming the place. */
export function parseRule(input: unknown): RuleNode {
  assertShallow(input);
  const result = ruleSchema.safeParse(input);
  if (!result.success) {
    // zod reports every union branch; the deepest issue is the one that says most.
    const issue = [...result.error.issues].sort((a, b) => b.path.length - a.path.length)[0];
    const unionIssues = issue.code === 'invalid_union' ? issue.unionErrors.flatMap((e) => e.issues) : [];
    const best = [...unionIssues, issue].sort((a, b) => b.path.length - a.path.length)[0];
    throw new RuleError(zodPath(best), best.code === 'unrecognized_keys' ? `unknown key(s) ${best.keys.join(', ')}` : best.message === 'Invalid input' ? 'expected {all: […]}, {any: […]}, {not: …} or a condition {field, op, value}' : best.message);
  }
  return result.data;
}

function isCondition(node: RuleNode): node is Condition {
  return 'field' in node;
}

const NUMBER_OPS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

function expectNumber(value: unknown, path: string): number {
  if (typeof value !== 'number') throw new RuleError(`${path}.value`, `expected a number, got ${JSON.stringify(value)}`);
  return value;
}

function expectStrings(value: unknown, path: string, field: RuleField): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== 'string')) throw new RuleError(`${path}.value`, 'expected text value(s)');
  if (field.values) {
    const bad = (list as string[]).find((v) => !field.values!.includes(v));
    if (bad !== undefined) throw new RuleError(`${path}.value`, `"${bad}" is not a ${field.key} (allowed: ${field.values.join(', ')})`);
  }
  return list as string[];
}

function compareNumber(expr: string, condition: Condition, path: string, params: SqlParams): string {
  if (condition.op === 'between') {
    const range = condition.value;
    if (!Array.isArray(range) || range.length !== 2 || range.some((v) => typeof v !== 'number')) {
      throw new RuleError(`${path}.value`, 'between needs [low, high] numbers');
    }
    const [low, high] = range as number[];
    if (low > high) throw new RuleError(`${path}.value`, `between: ${low} is greater than ${high}`);
    return `(${expr} BETWEEN ${params.add(low, 'numeric')} AND ${params.add(high, 'numeric')})`;
  }
  return `(${expr} ${NUMBER_OPS[condition.op]} ${params.add(expectNumber(condition.value, path), 'numeric')})`;
}

/**
 * The relations a compiled rule reads. Inside segments: its private tables. In any other
 * service (campaigns' eligibility rules): segments' published read contract, which has
 * the same columns under the same names.
 */
export interface RuleSource {
  membership: string;
  subscriber: string;
  usage: string;
}

export const SEGMENTS_PRIVATE_SOURCE: RuleSource = { membership: 'segments.membership', subscriber: 'segments.subscriber', usage: 'segments.usage' };
export const SEGMENTS_API_SOURCE: RuleSource = {
  membership: 'segments_api.membership_v1',
  subscriber: 'segments_api.subscriber_v1',
  usage: 'segments_api.usage_month_v1',
};

function compileCondition(condition: Condition, path: string, params: SqlParams, source: RuleSource): string {
  const field = RULE_FIELD_BY_KEY.get(condition.field);
  if (!field) throw new RuleError(`${path}.field`, `unknown field "${condition.field}"`);
  if (!RULE_OPERATORS[field.type].includes(condition.op)) {
    throw new RuleError(`${path}.op`, `"${condition.op}" does not apply to ${field.key} (use ${RULE_OPERATORS[field.type].join(', ')})`);
  }
  if (condition.eachOfLastMonths !== undefined) {
    if (!field.monthlyColumn) throw new RuleError(`${path}.eachOfLastMonths`, `${field.key} has no monthly history`);
    // Each of the months m-k+1 … m must satisfy it; a month without usage counts as 0.
    const test = compareNumber('coalesce(h.v, 0)', condition, path, params);
    return `(SELECT bool_and(${test}) FROM generate_series(0, ${params.add(condition.eachOfLastMonths - 1, 'int')}) AS g (i)
      LEFT JOIN LATERAL (SELECT uh.${field.monthlyColumn} AS v FROM ${source.usage} uh
        WHERE uh.subscriber_id = m.subscriber_id AND uh.month = (m.month - make_interval(months => g.i))::date) h ON true)`;
  }
  switch (field.type) {
    case 'number':
      return compareNumber(field.sql, condition, path, params);
    case 'bool':
      if (typeof condition.value !== 'boolean') throw new RuleError(`${path}.value`, 'expected true or false');
      return `(${field.sql} = ${params.add(condition.value, 'boolean')})`;
    case 'text':
    case 'enum': {
      if (condition.op === 'startsWith') {
        const [prefix] = expectStrings(condition.value, path, field);
        return `starts_with(${field.sql}, ${params.add(prefix, 'text')})`;
      }
      const values = expectStrings(condition.value, path, field);
      if ((condition.op === 'eq' || condition.op === 'ne') && values.length !== 1) throw new RuleError(`${path}.value`, `${condition.op} takes one value`);
      const list = params.add(values, 'text[]');
      return condition.op === 'eq' || condition.op === 'in' ? `(${field.sql} = ANY (${list}))` : `(${field.sql} <> ALL (${list}))`;
    }
    case 'set': {
      const values = expectStrings(condition.value, path, field);
      if (condition.op === 'has' && values.length !== 1) throw new RuleError(`${path}.value`, 'has takes one service');
      const list = params.add(values, 'text[]');
      return condition.op === 'hasNone' ? `NOT (${field.sql} && ${list})` : `(${field.sql} && ${list})`;
    }
  }
}

function compileNode(node: RuleNode, path: string, params: SqlParams, depth: number, counter: { n: number }, source: RuleSource): string {
  if (depth > MAX_RULE_DEPTH) throw new RuleError(path, `rules nest at most ${MAX_RULE_DEPTH} levels`);
  if (isCondition(node)) {
    counter.n++;
    if (counter.n > MAX_RULE_CONDITIONS) throw new RuleError(path, `a rule has at most ${MAX_RULE_CONDITIONS} conditions`);
    return compileCondition(node, path, params, source);
  }
  if ('all' in node) return `(${node.all.map((n, i) => compileNode(n, `${path}.all[${i}]`, params, depth + 1, counter, source)).join(' AND ')})`;
  if ('any' in node) return `(${node.any.map((n, i) => compileNode(n, `${path}.any[${i}]`, params, depth + 1, counter, source)).join(' OR ')})`;
  return `(NOT coalesce(${compileNode(node.not, `${path}.not`, params, depth + 1, counter, source)}, false))`;
}

/**
 * Compiles a rule tree to a SQL boolean over m (membership at the month), s (subscriber)
 * and u (usage at the month). Field names map to fixed SQL; values become parameters
 * appended to `params` (which may already hold the caller's own).
 */
export function compileRule(input: unknown, params: SqlParams, source: RuleSource = SEGMENTS_PRIVATE_SOURCE): string {
  const rule = parseRule(input);
  return `coalesce(${compileNode(rule, 'rule', params, 1, { n: 0 }, source)}, false)`;
}

/** FROM clause the compiled predicate expects (aliases m, s, u); filter m.month yourself. */
export function ruleFrom(source: RuleSource = SEGMENTS_PRIVATE_SOURCE): string {
  return `${source.membership} m
  JOIN ${source.subscriber} s ON s.subscriber_id = m.subscriber_id
  LEFT JOIN ${source.usage} u ON u.subscriber_id = m.subscriber_id AND u.month = m.month`;
}

/** The FROM clause inside segments, over its private tables. */
export const RULE_FROM = ruleFrom(SEGMENTS_PRIVATE_SOURCE);
