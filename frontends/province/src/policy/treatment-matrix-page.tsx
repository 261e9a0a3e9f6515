import { useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Row, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Capability, LABELS, type Vocabulary } from '@retention/domain';
import { QueryState, serverErrorCode, serverErrorMessage, useCan, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { CampaignChannel, CampaignKind, OfferKind, TreatmentMatrixPageQuery as PageData } from '../gql/graphql';
import './policy-messages';

export const TreatmentMatrixHistoryQuery = graphql(`
  query TreatmentMatrixHistory { treatmentMatrixHistory { version createdBy createdAt } }
`);

/** One version and the one before it (version 0 has no rows), for the cell-by-cell diff. */
export const TreatmentMatrixPageQuery = graphql(`
  query TreatmentMatrixPage($version: Int!, $previous: Int!) {
    current: treatmentMatrix(version: $version) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }
    previous: treatmentMatrix(version: $previous) { version retentionClass kinds channels offerKinds products promotions newServices service }
  }
`);

const UpdateTreatmentMatrixMutation = graphql(`
  mutation UpdateTreatmentMatrix($version: Int!, $rows: [TreatmentRowInput!]!) {
    updateTreatmentMatrix(version: $version, rows: $rows) { version retentionClass kinds channels offerKinds products promotions newServices service createdBy createdAt }
  }
`);

type MatrixRow = PageData['current'][number];
type EnumColumn = 'kinds' | 'channels' | 'offerKinds';
type TextColumn = 'products' | 'promotions' | 'newServices' | 'service';
type Column = EnumColumn | TextColumn;
export interface EditRow { retentionClass: string; kinds: CampaignKind[]; channels: CampaignChannel[]; offerKinds: OfferKind[]; products: string[]; promotions: string[]; newServices: string[]; service: string[] }

const ENUM_COLUMNS: Record<EnumColumn, Vocabulary> = { kinds: 'campaignKind', channels: 'channel', offerKinds: 'offerKind' };
const TEXT_COLUMNS: TextColumn[] = ['products', 'promotions', 'newServices', 'service'];
const COLUMNS: Column[] = ['kinds', 'channels', 'offerKinds', 'products', 'promotions', 'newServices', 'service'];
const isEnum = (c: Column): c is EnumColumn => c in ENUM_COLUMNS;
const VOCABULARY = Object.keys(LABELS.treatment);

const toEdit = (r: MatrixRow): EditRow => ({
  retentionClass: r.retentionClass, kinds: [...r.kinds], channels: [...r.channels], offerKinds: [...r.offerKinds],
  products: [...r.products], promotions: [...r.promotions], newServices: [...r.newServices], service: [...r.service],
});

/** Items of a text column that break the server's rule (1–60 characters after trimming): "class·column" pairs. */
export function matrixProblems(rows: EditRow[]): { retentionClass: string; column: TextColumn }[] {
  return rows.flatMap((r) => TEXT_COLUMNS.filter((c) => r[c].some((item) => item.trim().length === 0 || item.trim().length > 60)).map((column) => ({ retentionClass: r.retentionClass, column })));
}

/** What changed in one cell from the version before: items added and removed. */
export function cellDiff(now: readonly string[], before: readonly string[] | undefined): { added: string[]; removed: string[] } {
  if (!before) return { added: [], removed: [] };
  return { added: now.filter((x) => !before.includes(x)), removed: before.filter((x) => !now.includes(x)) };
}

/**
 * The treatment matrix of DOMAIN.md §4 as policy data: every version readable with who saved it
 * and what changed from the one before; province approvers edit the latest and save a new
 * version (a stale save is refused with VERSION_CONFLICT, nothing overwritten).
 */
export function TreatmentMatrixPage() {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const canEdit = useCan(Capability.CAMPAIGN_APPROVE);
  const [viewing, setViewing] = useState<number | null>(null);
  const [editing, setEditing] = useState<EditRow[] | null>(null);
  const [touched, setTouched] = useState(false);
  const [{ data: history, fetching: fetchingHistory, error: historyError }, reloadHistory] = useQuery({ query: TreatmentMatrixHistoryQuery, requestPolicy: 'cache-and-network' });
  const latest = history?.treatmentMatrixHistory[0]?.version ?? null;
  const shown = viewing ?? latest;
  const [{ data, fetching, error }] = useQuery({ query: TreatmentMatrixPageQuery, variables: { version: shown ?? 0, previous: (shown ?? 0) - 1 }, pause: shown === null });
  const [saved, save] = useMutation(UpdateTreatmentMatrixMutation);
  const rows = data?.current ?? [];
  const version = rows[0]?.version ?? null;
  const isLatest = version !== null && version === latest;
  const before = useMemo(() => new Map((data?.previous ?? []).map((r) => [r.retentionClass, r])), [data]);
  const reload = () => reloadHistory({ requestPolicy: 'network-only' });
  const problems = editing ? matrixProblems(editing) : [];
  const conflict = serverErrorCode(saved.error) === 'VERSION_CONFLICT';
  const conflictVersion = (saved.error?.graphQLErrors[0]?.extensions as { current?: number } | undefined)?.current;
  const saver = history?.treatmentMatrixHistory.find((h) => h.version === version);

  const startEditing = () => { setEditing(rows.map(toEdit)); setTouched(false); };
  const change = (cls: string, column: Column, value: string[]) => setEditing((e) => e && e.map((r) => (r.retentionClass === cls ? { ...r, [column]: value } : r)));
  const submit = async () => {
    setTouched(true);
    if (!editing || version === null || matrixProblems(editing).length > 0) return;
    const res = await save({ version, rows: editing.map((r) => ({ ...r, ...Object.fromEntries(TEXT_COLUMNS.map((c) => [c, r[c].map((x) => x.trim())])) })) });
    if (res.data) {
      setEditing(null);
      void message.success(t('policy:matrix.saved', { version: res.data.updateTreatmentMatrix[0]?.version }));
      reload();
    }
  };

  const itemLabel = (column: Column, item: string) => (isEnum(column) ? label(ENUM_COLUMNS[column], item) : label('treatment', item));
  const cell = (r: MatrixRow, column: Column): ReactNode => {
    const edit = editing?.find((e) => e.retentionClass === r.retentionClass);
    if (edit) {
      const bad = touched && problems.some((p) => p.retentionClass === r.retentionClass && p.column === column);
      const options = isEnum(column)
        ? Object.keys(LABELS[ENUM_COLUMNS[column]]).map((v) => ({ value: v, label: label(ENUM_COLUMNS[column], v) }))
        : VOCABULARY.map((v) => ({ value: v, label: i18n.language === 'en' ? `${LABELS.treatment[v as keyof typeof LABELS.treatment].en} · ${v}` : v }));
      return (
        <Select mode={isEnum(column) ? 'multiple' : 'tags'} size="small" style={{ width: '100%', minWidth: 150 }} value={edit[column]} options={options} status={bad ? 'error' : undefined}
          onChange={(v: string[]) => change(r.retentionClass, column, v)} data-testid={`matrix-edit-${r.retentionClass}-${column}`} tokenSeparators={isEnum(column) ? undefined : ['、', ',']} />
      );
    }
    const diff = cellDiff(r[column], before.get(r.retentionClass)?.[column]);
    return (
      <Space size={[2, 4]} wrap data-testid={`matrix-cell-${r.retentionClass}-${column}`}>
        {r[column].length === 0 && !diff.removed.length ? t('policy:matrix.noItems') : null}
        {r[column].map((item) => (
          <Tag key={item} color={diff.added.includes(item) ? 'green' : undefined} title={diff.added.includes(item) ? t('policy:matrix.added') : undefined}>{itemLabel(column, item)}</Tag>
        ))}
        {diff.removed.map((item) => (
          <Tag key={`-${item}`} color="red" style={{ textDecoration: 'line-through' }} title={t('policy:matrix.removed')} data-testid="matrix-removed">{itemLabel(column, item)}</Tag>
        ))}
      </Space>
    );
  };
  const changed = rows.some((r) => COLUMNS.some((c) => { const d = cellDiff(r[c], before.get(r.retentionClass)?.[c]); return d.added.length + d.removed.length > 0; }));

  return (
    <Row gutter={16} data-testid="treatment-matrix-page">
      <Col xs={24} xxl={18}>
        <Card
          size="small"
          title={<Space><span>{t('policy:matrix.title')}</span>{version !== null && <Tag color={isLatest ? 'blue' : 'default'} data-testid="matrix-version">{t('policy:matrix.version', { version })}</Tag>}</Space>}
          extra={
            <Space>
              {viewing !== null && <Button size="small" onClick={() => { setViewing(null); setEditing(null); }} data-testid="matrix-latest">{t('policy:matrix.viewLatest')}</Button>}
              {canEdit && isLatest && !editing && <Button type="primary" size="small" onClick={startEditing} data-testid="matrix-edit">{t('policy:matrix.edit')}</Button>}
              {editing && <Button size="small" onClick={() => setEditing(null)}>{t('policy:matrix.cancel')}</Button>}
              {editing && <Button type="primary" size="small" loading={saved.fetching} onClick={submit} data-testid="matrix-save">{t('policy:matrix.save')}</Button>}
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('policy:matrix.help')}</Typography.Paragraph>
          {saver && (
            <Typography.Paragraph type="secondary" data-testid="matrix-saved-by">
              {t('policy:matrix.savedBy', { user: saver.createdBy, at: new Date(saver.createdAt).toLocaleString(i18n.language) })}
              {version === 1 && ` · ${t('policy:matrix.firstVersion')}`}
              {version !== null && version > 1 && !changed && ` · ${t('policy:matrix.noDiff')}`}
              {changed && <> · {t('policy:matrix.diff')}： <Tag color="green">{t('policy:matrix.added')}</Tag><Tag color="red" style={{ textDecoration: 'line-through' }}>{t('policy:matrix.removed')}</Tag></>}
            </Typography.Paragraph>
          )}
          {!canEdit && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('policy:matrix.readOnly')} />}
          {canEdit && !isLatest && version !== null && <Alert type="info" showIcon style={{ marginBottom: 8 }} message={t('policy:matrix.oldReadOnly')} data-testid="matrix-old" />}
          {editing && <Typography.Paragraph type="secondary">{t('policy:matrix.itemHelp')}</Typography.Paragraph>}
          {touched && problems.map((p) => (
            <Alert key={`${p.retentionClass}:${p.column}`} type="error" showIcon style={{ marginBottom: 8 }} data-testid="matrix-problem"
              message={t('policy:matrix.itemInvalid', { cls: label('retentionClass', p.retentionClass), column: t(`policy:matrix.col.${p.column}`) })} />
          ))}
          {saved.error && (
            <Alert type="error" showIcon style={{ marginBottom: 8 }} data-testid="matrix-error"
              message={conflict ? t('policy:matrix.conflict', { current: conflictVersion ?? '?' }) : serverErrorMessage(saved.error, i18n.language)}
              action={conflict ? <Button size="small" onClick={() => { setEditing(null); reload(); }} data-testid="matrix-reload">{t('policy:matrix.reload')}</Button> : undefined} />
          )}
          <QueryState fetching={(fetching || fetchingHistory) && !data} error={error ?? historyError} empty={!data}>
            <Table<MatrixRow>
              size="small" rowKey="retentionClass" pagination={false} scroll={{ x: 1300 }} dataSource={rows} data-testid="matrix-table"
              columns={[
                { title: t('policy:matrix.col.retentionClass'), key: 'class', fixed: 'left', width: 130, render: (_, r) => <Typography.Text strong>{label('retentionClass', r.retentionClass)}</Typography.Text> },
                ...COLUMNS.map((c) => ({ title: t(`policy:matrix.col.${c}`), key: c, render: (_: unknown, r: MatrixRow) => cell(r, c) })),
              ]}
            />
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xxl={6}>
        <Card size="small" title={t('policy:matrix.history')}>
          <Table
            size="small" rowKey="version" pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={history?.treatmentMatrixHistory ?? []} data-testid="matrix-history"
            rowClassName={(h) => (h.version === version ? 'ant-table-row-selected' : '')}
            columns={[
              { title: '#', dataIndex: 'version', width: 50, render: (v: number) => (v === latest ? <Tag color="blue">{v}</Tag> : v) },
              { title: t('policy:matrix.by'), dataIndex: 'createdBy' },
              { title: t('policy:matrix.at'), dataIndex: 'createdAt', render: (at: string) => new Date(at).toLocaleString(i18n.language) },
              {
                title: '', key: 'view', width: 70,
                render: (_, h) => (h.version === version ? null : (
                  <Button size="small" type="link" onClick={() => { setEditing(null); setViewing(h.version === latest ? null : h.version); }} data-testid={`matrix-view-${h.version}`}>{t('policy:matrix.view')}</Button>
                )),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}
