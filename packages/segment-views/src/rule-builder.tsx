import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, InputNumber, Radio, Select, Space, Statistic, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Role } from '@retention/domain';
import { useSession } from '@retention/ui';
import { graphql } from './gql';

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

export interface ConditionRow {
  field: string;
  op: string;
  value: string;
  negate: boolean;
  eachOfLastMonths: number | null;
}

type FieldInfo = { key: string; type: string; operators: string[]; values?: string[] | null; monthly: boolean; labelZh: string; labelEn: string };

/** Builder rows → the rule tree the server validates (values typed by the field's type). */
export function toRule(group: 'all' | 'any', rows: ConditionRow[], fields: FieldInfo[]): unknown {
  const conditions = rows.map((row) => {
    const field = fields.find((f) => f.key === row.field);
    const list = ['in', 'notIn', 'hasAny', 'hasNone', 'between'].includes(row.op);
    const parse = (v: string) => (field?.type === 'number' ? Number(v) : field?.type === 'bool' ? v === 'true' : v.trim());
    const value = list ? row.value.split(',').map((v) => parse(v)) : parse(row.value);
    const condition = { field: row.field, op: row.op, value, ...(row.eachOfLastMonths ? { eachOfLastMonths: row.eachOfLastMonths } : {}) };
    return row.negate ? { not: condition } : condition;
  });
  return group === 'all' ? { all: conditions } : { any: conditions };
}

// saveSegment returns a SegmentDefinition: the cache then refetches the saved segments shown
// beside the examples (named here in case the list held none).
const definitionsContext = { additionalTypenames: ['SegmentDefinition'] };

const EMPTY: ConditionRow = { field: 'arpu', op: 'gte', value: '120', negate: false, eachOfLastMonths: null };

/** Build a segment from conditions without code, see its size live, save it; SS1–SS9 as examples. */
export function RuleBuilder({ month }: { month: string | null }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [{ data: meta }] = useQuery({ query: RuleFieldsQuery, context: definitionsContext });
  const fields = useMemo(() => (meta?.ruleFields ?? []) as FieldInfo[], [meta]);
  const [group, setGroup] = useState<'all' | 'any'>('all');
  const [rows, setRows] = useState<ConditionRow[]>([EMPTY]);
  const [example, setExample] = useState<{ rule: unknown; name: string } | null>(null);
  const [name, setName] = useState('');
  const rule = useMemo(() => example?.rule ?? toRule(group, rows, fields), [example, group, rows, fields]);
  const [debounced, setDebounced] = useState(rule);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(rule), 400);
    return () => clearTimeout(timer);
  }, [rule]);
  const [preview] = useQuery({ query: PreviewSegmentQuery, variables: { rule: debounced, month }, pause: !month || fields.length === 0 });
  const [saved, save] = useMutation(SaveSegmentMutation);
  const label = (f: FieldInfo) => (i18n.language === 'en' ? f.labelEn : f.labelZh);
  const update = (i: number, patch: Partial<ConditionRow>) => {
    setExample(null);
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
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
        <Alert type="info" message={`${example.name}: ${JSON.stringify(example.rule)}`} action={<Button size="small" onClick={() => setExample(null)}>{t('segments:rules.own')}</Button>} />
      ) : (
        <>
          <Radio.Group value={group} onChange={(e) => setGroup(e.target.value)} style={{ marginBottom: 8 }}>
            <Radio value="all">{t('segments:rules.all')}</Radio>
            <Radio value="any">{t('segments:rules.any')}</Radio>
          </Radio.Group>
          {rows.map((row, i) => {
            const field = fields.find((f) => f.key === row.field);
            return (
              <Space key={i} style={{ display: 'flex', marginBottom: 8 }} wrap>
                <Checkbox checked={row.negate} onChange={(e) => update(i, { negate: e.target.checked })}>{t('segments:rules.not')}</Checkbox>
                <Select style={{ width: 170 }} value={row.field} showSearch optionFilterProp="label"
                  options={fields.map((f) => ({ value: f.key, label: label(f) }))}
                  onChange={(key) => { const f = fields.find((x) => x.key === key); update(i, { field: key, op: f?.operators[0] ?? 'eq', value: f?.values?.[0] ?? '', eachOfLastMonths: null }); }} />
                <Select style={{ width: 110 }} value={row.op} onChange={(op) => update(i, { op })} options={(field?.operators ?? []).map((o) => ({ value: o, label: t(`segments:rules.ops.${o}`) }))} />
                {field?.values && !['in', 'notIn', 'hasAny', 'hasNone'].includes(row.op) ? (
                  <Select style={{ width: 160 }} value={row.value} onChange={(value) => update(i, { value })} options={field.values.map((v) => ({ value: v, label: v }))} />
                ) : field?.type === 'bool' ? (
                  <Select style={{ width: 100 }} value={row.value} onChange={(value) => update(i, { value })} options={[{ value: 'true', label: t('segments:rules.yes') }, { value: 'false', label: t('segments:rules.no') }]} />
                ) : (
                  <Input style={{ width: 200 }} value={row.value} onChange={(e) => update(i, { value: e.target.value })} placeholder={t('segments:rules.valueHint')} />
                )}
                {field?.monthly && (
                  <Space size={4}>
                    <span>{t('segments:rules.each')}</span>
                    <InputNumber min={2} max={6} style={{ width: 60 }} value={row.eachOfLastMonths} onChange={(k) => update(i, { eachOfLastMonths: k })} />
                    <span>{t('segments:rules.months')}</span>
                  </Space>
                )}
                <Button size="small" danger disabled={rows.length === 1} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>×</Button>
              </Space>
            );
          })}
          <Button size="small" onClick={() => setRows((rs) => [...rs, EMPTY])}>{t('segments:rules.add')}</Button>
        </>
      )}
      <div style={{ marginTop: 16 }}>
        {preview.error ? (
          <Alert type="error" showIcon message={preview.error.graphQLErrors[0]?.message ?? preview.error.message} data-testid="rule-error" />
        ) : (
          <Space align="start" size="large">
            <Statistic title={t('segments:rules.preview', { month: preview.data?.previewSegment.month ?? month ?? '' })} value={preview.data?.previewSegment.total ?? 0} loading={preview.fetching} />
            <Table rowKey="branchCode" size="small" pagination={false} style={{ minWidth: 260 }}
              dataSource={(preview.data?.previewSegment.byBranch ?? []).slice().sort((a, b) => b.count - a.count).slice(0, 8)}
              columns={[{ title: t('segments:col.branch'), dataIndex: 'branchCode' }, { title: t('segments:rules.members'), dataIndex: 'count', align: 'right' }]} />
          </Space>
        )}
      </div>
      {user?.role === Role.PROVINCE_PLANNER && (
        <Space style={{ marginTop: 16 }}>
          <Input placeholder={t('segments:rules.name')} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" disabled={!name.trim() || Boolean(preview.error)} loading={saved.fetching}
            onClick={async () => {
              const res = await save({ input: { name, rule } });
              if (res.error) void message.error(res.error.graphQLErrors[0]?.message ?? res.error.message);
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
