import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Statistic, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability, type Vocabulary } from '@retention/domain';
import { serverErrorField, serverErrorMessage, sortByBranch, useCan, useLabels } from '@retention/ui';
import { graphql } from './gql';
import './messages';

const RuleFieldsQuery = graphql(`
  query RuleFields {
    ruleFields { key type operators values monthly labelZh labelEn }
    segmentDefinitions { id key name description rule example }
  }
`);

export const PreviewSegmentQuery = graphql(`
  query PreviewSegment($rule: JSON!, $month: String) {
    previewSegment(rule: $rule, month: $month) { month total byBranch { branchCode count } }
  }
`);

const SaveSegmentMutation = graphql(`
  mutation SaveSegment($input: SaveSegmentInput!) {
    saveSegment(input: $input) { id name }
  }
`);

/** A value as its input holds it: typed by the field (numbers are numbers, yes/no is a boolean). */
export type RowValue = number | string | boolean | null | (number | null)[] | string[];

export interface ConditionRow {
  field: string;
  op: string;
  value: RowValue;
  negate: boolean;
  eachOfLastMonths: number | null;
}

export type FieldInfo = { key: string; type: string; operators: string[]; values?: readonly string[] | null; monthly: boolean; labelZh: string; labelEn: string };

/** The vocabulary of @retention/domain's LABELS that names a field's values ('branch' uses branch names). */
const FIELD_VOCABULARY: Record<string, Vocabulary | 'branch'> = {
  brand: 'brand', vipCard: 'vipCard', groupClass: 'groupClass', specialType: 'specialType', stickyServices: 'stickyService',
  retentionClass: 'retentionClass', tenureBand: 'tenureBand', branch: 'branch', planCode: 'plan',
};

const LIST_OPS = ['in', 'notIn', 'hasAny', 'hasNone'];

/** The value a row starts with when its field or operator is chosen: never blank for yes/no. */
export function initialValue(field: FieldInfo | undefined, op: string): RowValue {
  if (!field) return null;
  if (field.type === 'bool') return true;
  if (op === 'between') return [null, null];
  if (LIST_OPS.includes(op)) return [];
  if (field.values?.length) return field.values[0];
  return field.type === 'number' ? null : '';
}

/** Why a row cannot be counted yet (a message key of segments:rules.invalid), or null when it is complete. */
export function rowProblem(row: ConditionRow, field: FieldInfo | undefined): string | null {
  if (!field) return 'field';
  if (!field.operators.includes(row.op)) return 'op';
  const v = row.value;
  if (field.type === 'number') {
    if (row.op === 'between') {
      if (!Array.isArray(v) || v.length !== 2 || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) return 'between';
      if ((v[0] as number) > (v[1] as number)) return 'betweenOrder';
      return null;
    }
    return typeof v === 'number' && Number.isFinite(v) ? null : 'number';
  }
  if (field.type === 'bool') return typeof v === 'boolean' ? null : 'bool';
  if (LIST_OPS.includes(row.op)) return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x.trim() !== '') ? null : 'list';
  return typeof v === 'string' && v.trim() !== '' ? null : 'text';
}

/** Builder rows → the rule tree the server validates; null while any row is incomplete (no preview then). */
export function toRule(group: 'all' | 'any', rows: ConditionRow[], fields: FieldInfo[]): unknown | null {
  if (rows.length === 0 || fields.length === 0) return null;
  const conditions = [];
  for (const row of rows) {
    const field = fields.find((f) => f.key === row.field);
    if (rowProblem(row, field) !== null) return null;
    const value = typeof row.value === 'string' ? row.value.trim() : Array.isArray(row.value) ? row.value.map((x) => (typeof x === 'string' ? x.trim() : x)) : row.value;
    const condition = { field: row.field, op: row.op, value, ...(field?.monthly && row.eachOfLastMonths ? { eachOfLastMonths: row.eachOfLastMonths } : {}) };
    conditions.push(row.negate ? { not: condition } : condition);
  }
  return group === 'all' ? { all: conditions } : { any: conditions };
}

type Condition = { field: string; op: string; value: unknown; eachOfLastMonths?: number };
type RuleNode = { all: RuleNode[] } | { any: RuleNode[] } | { not: RuleNode } | Condition;

/** A rule tree in words (高值高危: ARPU（当月） 大于等于 150 且 欠费月数 大于 0), not as JSON. */
export function describeRule(rule: unknown, fields: FieldInfo[], words: {
  op: (op: string) => string; and: string; or: string; not: string; yes: string; no: string; each: (k: number) => string;
  fieldLabel: (f: FieldInfo) => string; value: (field: string, value: string) => string;
}): string {
  const node = rule as RuleNode;
  if (!node || typeof node !== 'object') return '';
  if ('all' in node) return node.all.map((n) => wrap(n, describeRule(n, fields, words))).join(` ${words.and} `);
  if ('any' in node) return node.any.map((n) => wrap(n, describeRule(n, fields, words))).join(` ${words.or} `);
  if ('not' in node) return `${words.not}（${describeRule(node.not, fields, words)}）`;
  const field = fields.find((f) => f.key === node.field);
  const show = (v: unknown) => (typeof v === 'boolean' ? (v ? words.yes : words.no) : words.value(node.field, String(v)));
  const value = Array.isArray(node.value) ? (node.op === 'between' ? node.value.map(show).join(' ~ ') : node.value.map(show).join('、')) : show(node.value);
  const each = node.eachOfLastMonths ? ` ${words.each(node.eachOfLastMonths)}` : '';
  return `${field ? words.fieldLabel(field) : node.field} ${words.op(node.op)} ${value}${each}`;
}

function wrap(node: RuleNode, text: string): string {
  return 'all' in node || 'any' in node ? `（${text}）` : text;
}

/** The row a server error names (`rule.all[2].value` → 2), for showing it beside that row. */
function rowOfField(field: string | null): number | null {
  const match = field?.match(/^rule\.(?:all|any)\[(\d+)\]/);
  return match ? Number(match[1]) : null;
}

// saveSegment returns a SegmentDefinition: the cache then refetches the saved segments shown
// beside the examples (named here in case the list held none).
const definitionsContext = { additionalTypenames: ['SegmentDefinition'] };

const FIRST: ConditionRow = { field: 'arpu', op: 'gte', value: 120, negate: false, eachOfLastMonths: null };

/** Build a segment from conditions without code, see its size live, save it; SS1–SS9 as examples. */
export function RuleBuilder({ month }: { month: string | null }) {
  const { t, i18n } = useTranslation();
  const { label: labelOf, branch: branchName } = useLabels();
  const canSave = useCan(Capability.SEGMENT_DEFINE);
  const [{ data: meta }] = useQuery({ query: RuleFieldsQuery, context: definitionsContext });
  const fields = useMemo(() => (meta?.ruleFields ?? []) as FieldInfo[], [meta]);
  const [group, setGroup] = useState<'all' | 'any'>('all');
  const [rows, setRows] = useState<ConditionRow[]>([FIRST]);
  const [example, setExample] = useState<{ rule: unknown; name: string } | null>(null);
  const [name, setName] = useState('');
  const rule = useMemo(() => example?.rule ?? toRule(group, rows, fields), [example, group, rows, fields]);
  const [debounced, setDebounced] = useState<unknown | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(rule), 400);
    return () => clearTimeout(timer);
  }, [rule]);
  // No preview before the field types are loaded and every row is complete and valid.
  const ready = Boolean(month) && fields.length > 0 && rule !== null && debounced === rule;
  const [preview] = useQuery({ query: PreviewSegmentQuery, variables: { rule: debounced, month }, pause: !ready });
  const [saved, save] = useMutation(SaveSegmentMutation);
  const fieldLabel = (f: FieldInfo) => (i18n.language === 'en' ? f.labelEn : f.labelZh);
  const valueLabel = (fieldKey: string, value: string) => {
    const vocabulary = FIELD_VOCABULARY[fieldKey];
    if (!vocabulary) return value;
    return vocabulary === 'branch' ? branchName(value) : labelOf(vocabulary, value);
  };
  const options = (field: FieldInfo) => (field.values ?? []).map((v) => ({ value: v, label: valueLabel(field.key, v) }));
  const update = (i: number, patch: Partial<ConditionRow>) => {
    setExample(null);
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  const serverRow = preview.error ? rowOfField(serverErrorField(preview.error)) : null;
  const words = {
    op: (op: string) => t(`segments:rules.ops.${op}`), and: t('segments:rules.and'), or: t('segments:rules.or'), not: t('segments:rules.not'),
    yes: t('segments:rules.yes'), no: t('segments:rules.no'), each: (k: number) => t('segments:rules.eachShort', { k }), fieldLabel, value: valueLabel,
  };

  const valueInput = (row: ConditionRow, i: number, field: FieldInfo | undefined) => {
    const testId = `rule-value-${i}`;
    if (!field) return <Input style={{ width: 200 }} disabled data-testid={testId} />;
    if (field.type === 'bool') {
      return (
        <Select style={{ width: 100 }} value={row.value as boolean} onChange={(value: boolean) => update(i, { value })} data-testid={testId}
          options={[{ value: true, label: t('segments:rules.yes') }, { value: false, label: t('segments:rules.no') }]} />
      );
    }
    if (field.type === 'number') {
      if (row.op === 'between') {
        const [lo, hi] = Array.isArray(row.value) ? (row.value as (number | null)[]) : [null, null];
        return (
          <Space size={4} data-testid={testId}>
            <InputNumber style={{ width: 100 }} value={lo} onChange={(v) => update(i, { value: [v as number | null, hi] })} placeholder={t('segments:rules.from')} />
            <span>~</span>
            <InputNumber style={{ width: 100 }} value={hi} onChange={(v) => update(i, { value: [lo, v as number | null] })} placeholder={t('segments:rules.to')} />
          </Space>
        );
      }
      return <InputNumber style={{ width: 140 }} value={row.value as number | null} onChange={(v) => update(i, { value: v as number | null })} placeholder={t('segments:rules.number')} data-testid={testId} />;
    }
    const list = LIST_OPS.includes(row.op);
    if (field.values?.length) {
      return (
        <Select style={{ width: list ? 320 : 180 }} mode={list ? 'multiple' : undefined} value={row.value as string | string[]} showSearch optionFilterProp="label"
          onChange={(value: string | string[]) => update(i, { value })} options={options(field)} data-testid={testId} />
      );
    }
    if (list) {
      return <Select style={{ width: 320 }} mode="tags" value={row.value as string[]} onChange={(value: string[]) => update(i, { value })} placeholder={t('segments:rules.listHint')} data-testid={testId} open={false} />;
    }
    return <Input style={{ width: 200 }} value={row.value as string} onChange={(e) => update(i, { value: e.target.value })} placeholder={t('segments:rules.text')} data-testid={testId} />;
  };

  return (
    <Card size="small" title={t('segments:rules.title')} data-testid="rule-builder">
      <Space style={{ marginBottom: 12 }} wrap>
        <span>{t('segments:rules.examples')}</span>
        {(meta?.segmentDefinitions ?? []).map((d) => (
          <Button key={d.id} size="small" type={example?.name === d.name ? 'primary' : 'default'} onClick={() => setExample({ rule: d.rule, name: d.name })} title={d.description}>
            {d.key ? `${d.key} ${d.name}` : d.name}
          </Button>
        ))}
      </Space>
      {example ? (
        <Alert type="info" data-testid="rule-example" message={example.name} description={describeRule(example.rule, fields, words)}
          action={<Button size="small" onClick={() => setExample(null)}>{t('segments:rules.own')}</Button>} />
      ) : (
        <>
          <Radio.Group value={group} onChange={(e) => setGroup(e.target.value)} style={{ marginBottom: 8 }}>
            <Radio value="all">{t('segments:rules.all')}</Radio>
            <Radio value="any">{t('segments:rules.any')}</Radio>
          </Radio.Group>
          <Form component={false}>
          {rows.map((row, i) => {
            const field = fields.find((f) => f.key === row.field);
            const problem = fields.length ? rowProblem(row, field) : null;
            const fromServer = serverRow === i ? serverErrorMessage(preview.error, i18n.language) : null;
            const help = problem ? t(`segments:rules.invalid.${problem}`) : fromServer;
            return (
              <Form.Item key={i} style={{ marginBottom: 8 }} validateStatus={help ? 'error' : undefined} help={help ? <span data-testid={`rule-help-${i}`}>{help}</span> : undefined}>
                <Space wrap>
                  <Checkbox checked={row.negate} onChange={(e) => update(i, { negate: e.target.checked })}>{t('segments:rules.not')}</Checkbox>
                  <Select style={{ width: 170 }} value={row.field} showSearch optionFilterProp="label" data-testid={`rule-field-${i}`}
                    options={fields.map((f) => ({ value: f.key, label: fieldLabel(f) }))}
                    onChange={(key: string) => {
                      const f = fields.find((x) => x.key === key);
                      const op = f?.operators[0] ?? 'eq';
                      update(i, { field: key, op, value: initialValue(f, op), eachOfLastMonths: null });
                    }} />
                  <Select style={{ width: 110 }} value={row.op} data-testid={`rule-op-${i}`}
                    onChange={(op: string) => update(i, { op, value: LIST_OPS.includes(op) !== LIST_OPS.includes(row.op) || op === 'between' || row.op === 'between' ? initialValue(field, op) : row.value })}
                    options={(field?.operators ?? []).map((o) => ({ value: o, label: t(`segments:rules.ops.${o}`) }))} />
                  {valueInput(row, i, field)}
                  {field?.monthly && (
                    <Space size={4}>
                      <span>{t('segments:rules.each')}</span>
                      <InputNumber min={2} max={6} style={{ width: 60 }} value={row.eachOfLastMonths} onChange={(k) => update(i, { eachOfLastMonths: k })} />
                      <span>{t('segments:rules.months')}</span>
                    </Space>
                  )}
                  <Button size="small" danger disabled={rows.length === 1} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>×</Button>
                </Space>
              </Form.Item>
            );
          })}
          </Form>
          <Button size="small" onClick={() => setRows((rs) => [...rs, FIRST])}>{t('segments:rules.add')}</Button>
        </>
      )}
      <div style={{ marginTop: 16 }}>
        {preview.error && serverRow === null ? (
          <Alert type="error" showIcon message={serverErrorMessage(preview.error, i18n.language)} data-testid="rule-error" />
        ) : rule === null && fields.length > 0 ? (
          <Typography.Text type="secondary" data-testid="rule-incomplete">{t('segments:rules.incomplete')}</Typography.Text>
        ) : (
          <Space align="start" size="large">
            <Statistic title={t('segments:rules.preview', { month: preview.data?.previewSegment.month ?? month ?? '' })} value={preview.data?.previewSegment.total ?? 0} loading={preview.fetching || !ready} />
            <Table rowKey="branchCode" size="small" pagination={false} style={{ minWidth: 260 }}
              dataSource={sortByBranch(preview.data?.previewSegment.byBranch ?? [], (b) => b.branchCode).sort((a, b) => b.count - a.count).slice(0, 8)}
              columns={[
                { title: t('segments:col.branch'), dataIndex: 'branchCode', render: (code: string) => branchName(code) },
                { title: t('segments:rules.members'), dataIndex: 'count', align: 'right' },
              ]} />
          </Space>
        )}
      </div>
      {canSave && (
        <Space style={{ marginTop: 16 }}>
          <Input placeholder={t('segments:rules.name')} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" disabled={!name.trim() || rule === null || Boolean(preview.error)} loading={saved.fetching}
            onClick={async () => {
              const res = await save({ input: { name, rule } });
              if (res.error) void message.error(serverErrorMessage(res.error, i18n.language));
              else void message.success(t('segments:rules.saved', { name: res.data?.saveSegment.name }));
            }}>
            {t('segments:rules.save')}
          </Button>
          {saved.data && <Tag color="green">{saved.data.saveSegment.name}</Tag>}
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('segments:rules.help')}</Typography.Paragraph>
    </Card>
  );
}
