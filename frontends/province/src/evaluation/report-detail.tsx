import type { ReactNode } from 'react';
import { Button, Descriptions, Drawer, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { exportFileName } from '@retention/segment-views';
import { QueryState } from '@retention/ui';
import { exportSheets, sheet } from '../analyses/export-sheets';
import { graphql } from '../gql';
import type { ReportDetailQuery } from '../gql/graphql';
import { branchName, ciText, figureColumns, num, pct, permille, pp, yuan, type FigureRow } from './figures';
import './evaluation-messages';

export const reportDetailQuery = graphql(`
  query ReportDetail($id: ID!) {
    evaluationReport(id: $id) {
      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions
      tags retentionClasses reviewerComment sharedPractice submittedAt
      figures {
        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction
        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered
        strata: breakdown(by: STRATUM) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }
        tenure: breakdown(by: TENURE_BAND) { key branchCode noControl listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered }
        channels: breakdown(by: CHANNEL) { key contacted reached accepted uptake validComplaintRate cost }
      }
      history { at actorName action fromStatus toStatus comment }
    }
  }
`);

type Report = NonNullable<ReportDetailQuery['evaluationReport']>;
type Translate = (k: string, o?: Record<string, unknown>) => string;
type Channel = NonNullable<Report['figures']>['channels'][number];

const TEXTS = ['whatWorked', 'problems', 'customerFeedback', 'suggestions', 'nextActions'] as const;

/** The whole report as one Excel file: its text, frozen figures and history, then a sheet per breakdown. */
export async function exportReport(report: Report, t: Translate, branch: string): Promise<void> {
  const f = report.figures;
  const rows: [string, string | number | null][] = [
    [t('evaluation:col.campaign'), report.campaignName ?? report.id],
    [t('evaluation:col.branch'), branch],
    [t('evaluation:col.month'), report.month],
    [t('evaluation:col.status'), t(`evaluationStatus.${report.status}`)],
    ...TEXTS.map((k): [string, string] => [t(`evaluation:report.${k}`), report[k]]),
    [t('evaluation:report.reviewerComment'), report.reviewerComment ?? ''],
    ...(f
      ? ([
          [t('evaluation:col.listSize'), f.listSize],
          [t('evaluation:col.controlSize'), f.controlSize],
          [t('evaluation:col.contacted'), f.contacted],
          [t('evaluation:col.accepted'), f.accepted],
          [t('evaluation:col.uptake'), f.uptake],
          [t('evaluation:col.churnTreated'), f.churnTreated],
          [t('evaluation:col.churnControl'), f.churnControl],
          [t('evaluation:col.churnReduction'), f.churnReduction],
          [`${t('evaluation:col.ci')} −`, f.churnReductionCiLow],
          [`${t('evaluation:col.ci')} +`, f.churnReductionCiHigh],
          [t('evaluation:col.pValue'), f.pValue],
          [t('evaluation:col.arpuDid'), f.arpuDid],
          [t('evaluation:col.validComplaintRate'), f.validComplaintRate],
          [t('evaluation:col.cost'), f.cost],
          [t('evaluation:col.incrementalRevenue'), f.incrementalRevenue],
          [t('evaluation:col.roi'), f.roi],
          [t('evaluation:col.power'), f.power],
        ] as [string, number | null][])
      : []),
    ...report.history.map((h): [string, string] => [`${new Date(h.at).toISOString().slice(0, 16)} ${h.actorName}`, `${t(`evaluation:historyAction.${h.action}`)} ${h.comment ?? ''}`]),
  ];
  const keyColumn = (title: string, name: (key: string, row: { branchCode?: string | null }) => string) => ({ title, value: (r: FigureRow & { key: string }) => name(r.key, r) });
  const figureCols = (first: ReturnType<typeof keyColumn>) => [first, ...figureColumns(t, () => '').slice(1)];
  await exportSheets(exportFileName(report.campaignName, branch, report.month), [
    sheet<[string, string | number | null]>(report.month, [{ title: '', value: (r) => r[0] }, { title: '', value: (r) => r[1] }], rows),
    ...(f
      ? [
          sheet(t('evaluation:col.stratum'), figureCols(keyColumn(t('evaluation:col.stratum'), (k, r) => `${r.branchCode ?? ''} ${t(`labels.retentionClass.${k}`, { defaultValue: k })}`)), f.strata),
          sheet(t('evaluation:col.tenure'), figureCols(keyColumn(t('evaluation:col.tenure'), (k) => t(`labels.tenureBand.${k}`, { defaultValue: k }))), f.tenure),
          sheet<Channel>(t('evaluation:col.channel'), [
            { title: t('evaluation:col.channel'), value: (r) => t(`labels.channel.${r.key}`, { defaultValue: r.key }) },
            { title: t('evaluation:col.contacted'), value: (r) => r.contacted, format: 'integer' },
            { title: t('evaluation:col.reached'), value: (r) => r.reached, format: 'integer' },
            { title: t('evaluation:col.accepted'), value: (r) => r.accepted, format: 'integer' },
            { title: t('evaluation:col.uptake'), value: (r) => r.uptake ?? null, format: 'percent' },
            { title: t('evaluation:col.validComplaintRate'), value: (r) => r.validComplaintRate ?? null, format: 'percent' },
            { title: t('evaluation:col.cost'), value: (r) => r.cost, format: 'decimal1' },
          ], f.channels),
        ]
      : []),
  ]);
}

/** A report in a drawer: the text, the figures frozen at submission, its history; printable and exportable. */
export function ReportDetail({ id, onClose, extra }: { id: string | null; onClose: () => void; extra?: (report: Report) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: reportDetailQuery, variables: { id: id ?? '' }, pause: !id });
  const report = data?.evaluationReport ?? null;
  const branch = report ? branchName(report.branchCode, i18n.language, t('evaluation:report.province')) : '';
  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={720} title={report ? `${report.campaignName ?? ''} · ${branch} · ${report.month}` : ''} extra={report && extra?.(report)}>
      <QueryState fetching={fetching} error={error} empty={!report}>
        {report && (
          <>
            <Space style={{ marginBottom: 12 }}>
              <Typography.Link onClick={() => void exportReport(report, t, branch)} data-testid="report-export">
                {t('evaluation:actions.export')}
              </Typography.Link>
              <Link to={`reports/${report.id}/print`} target="_blank" data-testid="report-print-link">
                {t('evaluation:actions.printPage')}
              </Link>
            </Space>
            <ReportBody report={report} />
          </>
        )}
      </QueryState>
    </Drawer>
  );
}

/** A report on a page of its own, laid out for printing (the menus are hidden when printed). */
export function ReportPrintPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: reportDetailQuery, variables: { id } });
  const report = data?.evaluationReport ?? null;
  const branch = report ? branchName(report.branchCode, i18n.language, t('evaluation:report.province')) : '';
  return (
    <div data-testid="report-print-page" className="report-print-page">
      <style>{'@media print { .ant-menu, .no-print, header { display: none !important; } .report-print-page { padding: 0; } }'}</style>
      <QueryState fetching={fetching} error={error} empty={!report}>
        {report && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space className="no-print">
              <Button type="primary" onClick={() => window.print()}>
                {t('evaluation:actions.print')}
              </Button>
              <Button onClick={() => void exportReport(report, t, branch)}>{t('evaluation:actions.export')}</Button>
            </Space>
            <Typography.Title level={4}>{`${report.campaignName ?? ''} · ${branch} · ${report.month}`}</Typography.Title>
            <ReportBody report={report} breakdowns />
          </Space>
        )}
      </QueryState>
    </div>
  );
}

/** The text, figures (and on the printed page the breakdowns) and history of a report. */
function ReportBody({ report, breakdowns = false }: { report: Report; breakdowns?: boolean }) {
  const { t, i18n } = useTranslation();
  const f = report.figures;
  const breakdownColumns = (label: (r: { key: string; branchCode?: string | null }) => string) => [
    { title: '', key: 'k', render: (_: unknown, r: { key: string; branchCode?: string | null }) => label(r) },
    { title: t('evaluation:col.listSize'), dataIndex: 'listSize' },
    { title: t('evaluation:col.controlSize'), dataIndex: 'controlSize' },
    { title: t('evaluation:col.uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
    { title: t('evaluation:col.churnReduction'), key: 'c', render: (_: unknown, r: FigureRow) => `${pp(r.churnReduction)} ${ciText(r.churnReductionCiLow, r.churnReductionCiHigh, pp)}` },
    { title: t('evaluation:col.pValue'), dataIndex: 'pValue', render: (v: number | null) => num(v, 3) },
    { title: t('evaluation:col.arpuDid'), dataIndex: 'arpuDid', render: (v: number | null) => num(v) },
    { title: t('evaluation:col.validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => permille(v) },
  ];
  return (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="report-body">
            <Space>
              <Tag data-testid="report-status">{t(`evaluationStatus.${report.status}`)}</Tag>
              {report.sharedPractice && <Tag color="green">{t('evaluation:col.shared')}</Tag>}
              {report.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
            {report.reviewerComment && (
              <Typography.Paragraph type="warning">
                {t('evaluation:report.reviewerComment')}：{report.reviewerComment}
              </Typography.Paragraph>
            )}
            <Descriptions size="small" column={1} bordered items={TEXTS.map((k) => ({ key: k, label: t(`evaluation:report.${k}`), children: report[k] || '—' }))} />
            {f && (
              <Descriptions
                size="small"
                column={2}
                bordered
                title={report.status === 'SUBMITTED' || report.status === 'ACCEPTED' ? t('evaluation:report.figures') : t('evaluation:report.liveFigures')}
                items={[
                  { key: 'l', label: t('evaluation:col.listSize'), children: `${f.listSize} (${t('evaluation:col.controlSize')} ${f.controlSize})` },
                  { key: 'u', label: t('evaluation:col.uptake'), children: `${pct(f.uptake)} (${f.accepted}/${f.contacted})` },
                  { key: 'c', label: t('evaluation:col.churnReduction'), children: `${pp(f.churnReduction)} ${ciText(f.churnReductionCiLow, f.churnReductionCiHigh, pp)}` },
                  { key: 'p', label: t('evaluation:col.pValue'), children: num(f.pValue, 3) },
                  { key: 'd', label: t('evaluation:col.arpuDid'), children: `${num(f.arpuDid)} ${ciText(f.arpuDidCiLow, f.arpuDidCiHigh, (v) => num(v))}` },
                  { key: 'v', label: t('evaluation:col.validComplaintRate'), children: permille(f.validComplaintRate) },
                  { key: 'k', label: t('evaluation:col.cost'), children: yuan(f.cost) },
                  { key: 'r', label: t('evaluation:col.roi'), children: `${pct(f.roi)} (${yuan(f.incrementalRevenue)})` },
                  { key: 'w', label: t('evaluation:col.power'), children: f.underpowered ? <Tag color="orange">{pct(f.power)}</Tag> : pct(f.power) },
                ]}
              />
            )}
            {f && breakdowns && (
              <>
                <Typography.Title level={5}>{t('evaluation:col.stratum')}</Typography.Title>
                <Table rowKey={(r) => `${r.branchCode}:${r.key}`} size="small" pagination={false} dataSource={f.strata} columns={breakdownColumns((r) => `${r.branchCode ?? ''} ${t(`labels.retentionClass.${r.key}`, { defaultValue: r.key })}`)} />
                <Typography.Title level={5}>{t('evaluation:col.tenure')}</Typography.Title>
                <Table rowKey="key" size="small" pagination={false} dataSource={f.tenure} columns={breakdownColumns((r) => t(`labels.tenureBand.${r.key}`, { defaultValue: r.key }))} />
                <Typography.Title level={5}>{t('evaluation:col.channel')}</Typography.Title>
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={f.channels}
                  columns={[
                    { title: t('evaluation:col.channel'), dataIndex: 'key', render: (k: string) => t(`labels.channel.${k}`, { defaultValue: k }) },
                    { title: t('evaluation:col.contacted'), dataIndex: 'contacted' },
                    { title: t('evaluation:col.accepted'), dataIndex: 'accepted' },
                    { title: t('evaluation:col.uptake'), dataIndex: 'uptake', render: (v: number | null) => pct(v) },
                    { title: t('evaluation:col.validComplaintRate'), dataIndex: 'validComplaintRate', render: (v: number | null) => permille(v) },
                    { title: t('evaluation:col.cost'), dataIndex: 'cost', render: (v: number) => yuan(v) },
                  ]}
                />
              </>
            )}
            <Typography.Title level={5}>{t('evaluation:report.history')}</Typography.Title>
            <Timeline
              items={report.history.map((h, i) => ({
                key: i,
                children: `${new Date(h.at).toLocaleString(i18n.language)} · ${h.actorName} · ${t(`evaluation:historyAction.${h.action}`)}${h.comment ? `：${h.comment}` : ''}`,
              }))}
            />
          </Space>
  );
}

