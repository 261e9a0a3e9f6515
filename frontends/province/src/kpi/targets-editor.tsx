import { useEffect, useState } from 'react';
import { Alert, Button, Card, InputNumber, message, Select, Space, Table, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { BRANCH_CODES } from '@retention/domain';
import { serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import { KPI_KEYS, type KpiKey } from './kpi-messages';

export const KpiTargetsQuery = graphql(`
  query KpiTargets($year: Int!) {
    kpiTargets(year: $year) { branchCode kpi target weight cap effectiveMonth versionId }
  }
`);

export const SetKpiTargetsMutation = graphql(`
  mutation SetKpiTargets($year: Int!, $input: [KpiTargetInput!]!, $effectiveMonth: String) {
    setKpiTargets(year: $year, input: $input, effectiveMonth: $effectiveMonth) { branchCode kpi target weight cap effectiveMonth versionId }
  }
`);

export const ImportKpiTargetsMutation = graphql(`
  mutation ImportKpiTargets($year: Int!, $fileName: String!, $content: String!, $effectiveMonth: String) {
    importKpiTargets(year: $year, fileName: $fileName, contentBase64: $content, effectiveMonth: $effectiveMonth) { imported branches errors { line column code message } }
  }
`);

type Cell = { target: number | null; weight: number | null; cap: number | null };
type Draft = Record<string, Partial<Record<KpiKey, Cell>>>;
const REFRESH = { additionalTypenames: ['KpiTarget'] };

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The latest of: the start of the version shown, this month (when it is in the year), January. */
export function defaultEffectiveMonth(year: number, shown: { effectiveMonth: string }[], today: Date): string {
  const thisMonth = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
  const candidates = [`${year}-01`, ...shown.map((t) => t.effectiveMonth), ...(thisMonth.startsWith(`${year}-`) ? [thisMonth] : [])];
  return candidates.reduce((a, b) => (b > a ? b : a));
}

/** The province planners' editable target table: one row per branch, target / weight / cap per KPI; saving makes a new version. */
export function TargetsEditor({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const { branch } = useLabels();
  const [{ data }] = useQuery({ query: KpiTargetsQuery, variables: { year }, context: REFRESH });
  const [, save] = useMutation(SetKpiTargetsMutation);
  const [, importFile] = useMutation(ImportKpiTargetsMutation);
  const [draft, setDraft] = useState<Draft>({});
  const [changed, setChanged] = useState<Set<string>>(new Set());
  // Unless the planner picks another month, a new version starts this month, so past months keep
  // their targets (DOMAIN.md §7), or where the version shown starts if that is later: saved from
  // January under a version effective in July, it would change only January to June, not the table.
  const [chosenMonth, setEffective] = useState<string | null>(null);
  const effective = chosenMonth ?? defaultEffectiveMonth(year, data?.kpiTargets ?? [], new Date());
  const [problem, setProblem] = useState<string | null>(null);
  const [importErrors, setImportErrors] = useState<{ line: number; column?: string | null; code: string; message: string }[]>([]);
  const [editing, setEditing] = useState<string | null>(null);

  useEffect(() => {
    const next: Draft = {};
    for (const row of data?.kpiTargets ?? []) next[row.branchCode] = { ...next[row.branchCode], [row.kpi as KpiKey]: { target: row.target, weight: row.weight, cap: row.cap } };
    setDraft(next);
    setChanged(new Set());
  }, [data]);

  const edit = (code: string, kpi: KpiKey, field: keyof Cell, value: number | null) => {
    setDraft((d) => ({ ...d, [code]: { ...d[code], [kpi]: { target: null, weight: null, cap: 1, ...d[code]?.[kpi], [field]: value } } }));
    setChanged((c) => new Set(c).add(code));
  };
  const sumOf = (code: string) => KPI_KEYS.reduce((s, k) => s + (draft[code]?.[k]?.weight ?? 0), 0);

  const onSave = async () => {
    setProblem(null);
    const input = [...changed].flatMap((code) =>
      KPI_KEYS.filter((k) => draft[code]?.[k]?.target !== null && draft[code]?.[k]?.target !== undefined).map((k) => ({
        branchCode: code,
        kpi: k,
        target: draft[code]![k]!.target!,
        weight: draft[code]![k]!.weight ?? 0,
        cap: draft[code]![k]!.cap ?? 1,
      })),
    );
    const result = await save({ year, input, effectiveMonth: effective }, REFRESH);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    else void message.success(t('kpi:saved'));
  };

  const onImport = async (file: File) => {
    setProblem(null);
    const result = await importFile({ year, fileName: file.name, content: await fileToBase64(file), effectiveMonth: effective }, REFRESH);
    if (result.error) setProblem(serverErrorMessage(result.error, i18n.language));
    const outcome = result.data?.importKpiTargets;
    setImportErrors(outcome?.errors ?? []);
    if (outcome?.imported) void message.success(t('kpi:importDone', { branches: outcome.branches }));
    return false;
  };

  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return (
    <Card
      size="small"
      title={`${t('kpi:targets')} · ${year}`}
      extra={
        <Space>
          <span>{t('kpi:effectiveMonth')}</span>
          <Select style={{ width: 110 }} value={effective} onChange={setEffective} options={months.map((m) => ({ value: m, label: m }))} aria-label={t('kpi:effectiveMonth')} />
          <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => void onImport(file) as unknown as boolean}>
            <Button>{t('kpi:import')}</Button>
          </Upload>
          <Button type="primary" disabled={changed.size === 0} onClick={() => void onSave()}>{t('kpi:save')}</Button>
        </Space>
      }
    >
      {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 8 }} />}
      {importErrors.length > 0 && (
        <Table
          size="small"
          rowKey={(e) => `${e.line}:${e.column}:${e.code}`}
          pagination={false}
          title={() => t('kpi:importErrors')}
          dataSource={importErrors}
          columns={[{ title: t('kpi:line'), dataIndex: 'line' }, { title: t('kpi:column'), dataIndex: 'column' }, { title: t('kpi:problem'), dataIndex: 'message' }]}
        />
      )}
      <Table
        rowKey={(code) => code}
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={[...BRANCH_CODES]}
        columns={[
          {
            title: t('kpi:branch'),
            key: 'branch',
            render: (_, code) => (
              <Button size="small" type={editing === code ? 'primary' : 'link'} onClick={() => setEditing(editing === code ? null : code)} aria-label={`${t('kpi:edit')} ${code}`}>
                {branch(code)}
              </Button>
            ),
          },
          ...KPI_KEYS.map((k) => ({
            title: t(`kpi:name.${k}`),
            key: k,
            render: (_: unknown, code: string) => {
              const cell = draft[code]?.[k];
              // Inputs only on the row being edited: 21 × 18 inputs would make the table slow.
              if (editing !== code) return cell ? `${cell.target ?? '—'} · ${cell.weight ?? 0} · ${cell.cap ?? 1}` : '—';
              return (
                <Space size={2}>
                  <InputNumber size="small" style={{ width: 86 }} min={0} value={cell?.target ?? null} placeholder={t('kpi:target')} aria-label={`${code} ${k} target`} onChange={(v) => edit(code, k, 'target', v)} />
                  <InputNumber size="small" style={{ width: 56 }} min={0} max={100} value={cell?.weight ?? null} placeholder={t('kpi:weight')} aria-label={`${code} ${k} weight`} onChange={(v) => edit(code, k, 'weight', v)} />
                  <InputNumber size="small" style={{ width: 56 }} min={0.1} step={0.1} value={cell?.cap ?? null} placeholder={t('kpi:cap')} aria-label={`${code} ${k} cap`} onChange={(v) => edit(code, k, 'cap', v)} />
                </Space>
              );
            },
          })),
          {
            title: t('kpi:weightsSum'),
            key: 'sum',
            render: (_: unknown, code: string) => {
              const sum = sumOf(code);
              return <Tag color={Math.abs(sum - 100) < 1e-6 ? 'green' : sum === 0 ? 'default' : 'red'}>{sum}</Tag>;
            },
          },
        ]}
      />
    </Card>
  );
}
