import { compileRule, RuleError, SqlParams } from './rule-compiler';

function errorOf(rule: unknown): string {
  try {
    compileRule(rule, new SqlParams());
  } catch (error) {
    if (error instanceof RuleError) return error.message;
    throw error;
  }
  throw new Error('compiled without error');
}

describe('rule compiler rejects bad rules with what and where', () => {
  it.each([
    [{ field: 'salary', op: 'gt', value: 1 }, 'rule.field: unknown field "salary"'],
    [{ all: [{ field: 'arpu', op: 'gt', value: 1 }, { field: 'brand', op: 'gt', value: 'GOTONE' }] }, 'rule.all[1].op: "gt" does not apply to brand'],
    [{ field: 'arpu', op: 'gte', value: '120' }, 'rule.value: expected a number, got "120"'],
    [{ any: [{ not: { field: 'brand', op: 'eq', value: 'APPLE' } }] }, 'rule.any[0].not.value: "APPLE" is not a brand'],
    [{ field: 'vnetMember', op: 'is', value: 'yes' }, 'rule.value: expected true or false'],
    [{ field: 'arpu', op: 'between', value: [200, 100] }, 'rule.value: between: 200 is greater than 100'],
    [{ field: 'tenureMonths', op: 'gte', value: 12, eachOfLastMonths: 3 }, 'rule.eachOfLastMonths: tenureMonths has no monthly history'],
    [{ field: 'arpu', op: 'gte', value: 1, eachOfLastMonths: 9 }, 'rule.eachOfLastMonths'],
    [{ all: [] }, 'rule.all'],
    [{ and: [] }, 'rule'],
    [{ field: 'arpu', op: 'gt', value: 1, sql: 'true' }, 'unknown key(s) sql'],
    ['DROP TABLE x', 'rule'],
  ])('%j', (rule, message) => {
    expect(errorOf(rule)).toContain(message);
  });

  it('limits nesting', () => {
    let rule: unknown = { field: 'arpu', op: 'gt', value: 1 };
    for (let i = 0; i < 10; i++) rule = { not: rule };
    expect(errorOf(rule)).toContain('rules nest at most 8 levels');
  });
});

describe('rule compiler output', () => {
  it('puts every user value in a bind parameter, never in the SQL text', () => {
    const params = new SqlParams(['2026-10-01']);
    const evil = "'; DROP TABLE segments.subscriber; --";
    const sql = compileRule({ all: [{ field: 'county', op: 'eq', value: evil }, { field: 'arpu', op: 'gte', value: 120 }] }, params);
    expect(sql).not.toContain('DROP');
    expect(sql).toContain('$2::text[]');
    expect(sql).toContain('$3::numeric');
    expect(params.values).toEqual(['2026-10-01', [evil], 120]);
  });
});

describe('deeply nested input', () => {
  it('says how deep rules may nest instead of overflowing the stack (1,000 nested groups)', () => {
    let rule: unknown = { field: 'arpu', op: 'gte', value: 1 };
    for (let i = 0; i < 1000; i++) rule = { all: [rule] };
    expect(errorOf(rule)).toMatch(/^rule(\.all\[0\])+(\.all)?: rules nest at most 8 levels$/);
    let not: unknown = { field: 'arpu', op: 'gte', value: 1 };
    for (let i = 0; i < 100000; i++) not = { not };
    expect(errorOf(not)).toMatch(/rules nest at most 8 levels$/);
  });

  it('still accepts rules nested as deep as allowed', () => {
    let rule: unknown = { field: 'arpu', op: 'gte', value: 1 };
    for (let i = 0; i < 7; i++) rule = { all: [rule] };
    expect(() => compileRule(rule, new SqlParams())).not.toThrow();
  });
});
