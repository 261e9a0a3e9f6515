import { useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Vocabulary } from '@retention/domain';
import { useLabels } from '@retention/ui';
// The rule builder's pure helpers (segment-views): the same rule tree, validated the same way.
import { describeRule, initialValue, rowProblem, toRule, type ConditionRow, type FieldInfo } from '@retention/segment-views/src/rule-builder';
import '@retention/segment-views/src/messages';
import { graphql } from './gql';
import './messages';

const EligibilityFieldsQuery = graphql(`
  query EligibilityFields {
    ruleFields { key type operators values monthly labelZh labelEn }
  }
`);

const FIELD_VOCABULARY: Record<string, Vocabulary | 'branch'> = {
  brand: 'brand', vipCard: 'vipCard', groupClass: 'groupClass', specialType: 'specialType', stickyServices: 'stickyService',
  retentionClass: 'retentionClass', tenureBand: 'tenureBand', branch: 'branch', planCode: 'plan',
};
const LIST_OPS = ['in', 'notIn', 'hasAny', 'hasNone'];

type Node = { all?: Node[]; any?: Node[]; not?: Node; field?: string; op?: string; value?: unknown; eachOfLastMonths?: number };

/** A flat {all|any: [condition | {not: condition}]} as builder rows; null for deeper trees (shown in words). */
export function rowsOf(rule: unknown): { group: 'all' | 'any'; rows: ConditionRow[] } | null {
  const node = rule as Node | null;
  if (!node || typeof node !== 'object') return null;
  const list = node.all ?? node.any;
  if (!Array.isArray(list)) return null;
  const rows: ConditionRow[] = [];
  for (const item of list) {
    const negate = Boolean(item.not);
    const c = (item.not ?? item) as Node;
    if (!c.field || !c.op) return null;
    rows.push({ field: c.field, op: c.op, value: c.value as ConditionRow['value'], negate, eachOfLastMonths: c.eachOfLastMonths ?? null });
  }
  return { group: node.all ? 'all' : 'any', rows };
}

const FIRST: ConditionRow = { field: 'tenureMonths', op: 'gte', value: 12, negate: false, eachOfLastMonths: null };

/**
 * Extra eligibility rules of a campaign, on top of its target segment: the segments' rule tree
 * (the server compiles it with the same compiler). Controlled: `onChange(null)` means none.
 */
export function EligibilityRuleEditor({ value, onChange }: { value: unknown | null; onChange: (rule: unknown | null) => void }) {
  const { t, i18n } = useTranslation();
  const { label, branch } = useLabels();
  const [{ data }] = useQuery({ query: EligibilityFieldsQuery });
  const fields = useMemo(() => (data?.ruleFields ?? []) as FieldInfo[], [data]);
  const parsed = useMemo(() => rowsOf(value), [value]);
  const [group, setGroup] = useState<'all' | 'any'>(parsed?.group ?? 'all');
  const [rows, setRows] = useState<ConditionRow[]>(parsed?.rows ?? []);
  const fieldLabel = (f: FieldInfo) => (i18n.language === 'en' ? f.labelEn : f.labelZh);
  const valueLabel = (key: string, v: string) => {
    const vocabulary = FIELD_VOCABULARY[key];
    if (!vocabulary) return v;
    return vocabulary === 'branch' ? branch(v) : label(vocabulary, v);
  };
  const words = {
    op: (op: string) => t(`segments:rules.ops.${op}`), and: t('segments:rules.and'), or: t('segments:rules.or'), not: t('segments:rules.not'),
    yes: t('segments:rules.yes'), no: t('segments:rules.no'), each: (k: number) => t('segments:rules.eachShort', { k }), fieldLabel, value: valueLabel,
  };
  const publish = (g: 'all' | 'any', rs: ConditionRow[]) => {
    setGroup(g);
    setRows(rs);
    // Incomplete rows are not sent: the rule stays what it was until every row is valid.
    if (rs.length === 0) onChange(null);
    else {
      const rule = toRule(g, rs, fields);
      if (rule !== null) onChange(rule);
    }
  };
  const update = (i: number, patch: Partial<ConditionRow>) => publish(group, rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  if (value && !parsed && rows.length === 0) {
    return (
      <Alert type="info" data-testid="eligibility-rule" message={describeRule(value, fields, words)}
        action={<Button size="small" onClick={() => publish(group, [])}>{t('campaigns:rule.clear')}</Button>} />
    );
  }

  const valueInput = (row: ConditionRow, i: number, field: FieldInfo | undefined) => {
    if (!field) return <Input style={{ width: 160 }} disabled />;
    if (field.type === 'bool') return <Select style={{ width: 90 }} value={row.value as boolean} onChange={(v: boolean) => update(i, { value: v })} options={[{ value: true, label: t('segments:rules.yes') }, { value: false, label: t('segments:rules.no') }]} />;
    if (field.type === 'number') {
      if (row.op === 'between') {
        const [lo, hi] = Array.isArray(row.value) ? (row.value as (number | null)[]) : [null, null];
        return (
          <Space size={4}>
            <InputNumber style={{ width: 90 }} value={lo} onChange={(v) => update(i, { value: [v as number | null, hi] })} />~
            <InputNumber style={{ width: 90 }} value={hi} onChange={(v) => update(i, { value: [lo, v as number | null] })} />
          </Space>
        );
      }
      return <InputNumber style={{ width: 120 }} value={row.value as number | null} onChange={(v) => update(i, { value: v as number | null })} data-testid={`eligibility-value-${i}`} />;
    }
    const list = LIST_OPS.includes(row.op);
    if (field.values?.length) {
      return <Select style={{ width: list ? 280 : 160 }} mode={list ? 'multiple' : undefined} value={row.value as string | string[]} onChange={(v: string | string[]) => update(i, { value: v })}
        options={field.values.map((v) => ({ value: v, label: valueLabel(field.key, v) }))} />;
    }
    if (list) return <Select style={{ width: 280 }} mode="tags" open={false} value={row.value as string[]} onChange={(v: string[]) => update(i, { value: v })} />;
    return <Input style={{ width: 160 }} value={row.value as string} onChange={(e) => update(i, { value: e.target.value })} />;
  };

  return (
    <div data-testid="eligibility-rule">
      {rows.length === 0 ? (
        <Space>
          <Typography.Text type="secondary">{t('campaigns:rule.none')}</Typography.Text>
          <Button size="small" onClick={() => publish(group, [FIRST])} data-testid="eligibility-add">{t('campaigns:rule.add')}</Button>
        </Space>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group value={group} onChange={(e) => publish(e.target.value, rows)} size="small">
            <Radio value="all">{t('segments:rules.all')}</Radio>
            <Radio value="any">{t('segments:rules.any')}</Radio>
          </Radio.Group>
          {rows.map((row, i) => {
            const field = fields.find((f) => f.key === row.field);
            const problem = fields.length ? rowProblem(row, field) : null;
            return (
              <Space key={i} wrap>
                <Checkbox checked={row.negate} onChange={(e) => update(i, { negate: e.target.checked })}>{t('segments:rules.not')}</Checkbox>
                <Select style={{ width: 170 }} value={row.field} showSearch optionFilterProp="label" options={fields.map((f) => ({ value: f.key, label: fieldLabel(f) }))}
                  onChange={(key: string) => { const f = fields.find((x) => x.key === key); const op = f?.operators[0] ?? 'eq'; update(i, { field: key, op, value: initialValue(f, op), eachOfLastMonths: null }); }} />
                <Select style={{ width: 110 }} value={row.op} options={(field?.operators ?? []).map((o) => ({ value: o, label: t(`segments:rules.ops.${o}`) }))}
                  onChange={(op: string) => update(i, { op, value: LIST_OPS.includes(op) !== LIST_OPS.includes(row.op) || op === 'between' || row.op === 'between' ? initialValue(field, op) : row.value })} />
                {valueInput(row, i, field)}
                <Button size="small" danger onClick={() => publish(group, rows.filter((_, j) => j !== i))}>×</Button>
                {problem && <Typography.Text type="danger">{t(`segments:rules.invalid.${problem}`)}</Typography.Text>}
              </Space>
            );
          })}
          <Space>
            <Button size="small" onClick={() => publish(group, [...rows, FIRST])}>{t('segments:rules.add')}</Button>
            {value !== null && <Typography.Text type="secondary" data-testid="eligibility-words">{describeRule(value, fields, words)}</Typography.Text>}
          </Space>
        </Space>
      )}
    </div>
  );
}
