import type { ReactNode } from 'react';
import { Descriptions, Drawer, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { exportFileName, buildWorkbook } from '@retention/segment-views';
import { QueryState } from '@retention/ui';
import { graphql } from '../gql';
import type { ReportDetailQuery } from '../gql/graphql';
import { branchName, ciText, num, pct, permille, pp, yuan } from './figures';
import './evaluation-messages';

export const reportDetailQuery = graphql(`
  query ReportDetail($id: ID!) {
    evaluationReport(id: $id) {
      id campaignName campaignKind branchCode month status version whatWorked problems customerFeedback suggestions nextActions
      tags retentionClasses reviewerComment sharedPractice submittedAt
      figures {
        computedAt provisional listSize controlSize treatedSize contacted reached accepted uptake churnTreated churnControl churnReduction
        churnReductionCiLow churnReductionCiHigh pValue arpuDid arpuDidCiLow arpuDidCiHigh validComplaintRate cost incrementalRevenue roi power underpowered
      }
      history { at actorName action fromStatus toStatus comment }
    }
  }
`);

type Report = NonNullable<ReportDetailQuery['evaluationReport']>;

const TEXTS = ['whatWorked', 'problems', 'customerFeedback', 'suggestions', 'nextActions'] as const;

/** The whole report as one Excel sheet: its text, its frozen figures and its history. */
export async function exportReport(report: Report, t: (k: string, o?: Record<string, unknown>) => string, branch: string): Promise<void> {
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
  const workbook = await buildWorkbook(report.month, [{ title: '', value: (r: [string, string | number | null]) => r[0] }, { title: '', value: (r) => r[1] }], rows);
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(report.campaignName, branch, report.month);
  link.click();
  URL.revokeObjectURL(url);
}

/** A report in a drawer: the text, the figures frozen at submission, its history; printable and exportable. */
export function ReportDetail({ id, onClose, extra }: { id: string | null; onClose: () => void; extra?: (report: Report) => ReactNode }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: reportDetailQuery, variables: { id: id ?? '' }, pause: !id });
  const report = data?.evaluationReport ?? null;
  const branch = report ? branchName(report.branchCode, i18n.language, t('evaluation:report.province')) : '';
  const f = report?.figures;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={720} title={report ? `${report.campaignName ?? ''} · ${branch} · ${report.month}` : ''} extra={report && extra?.(report)}>
      <QueryState fetching={fetching} error={error} empty={!report}>
        {report && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Space>
              <Tag>{t(`evaluationStatus.${report.status}`)}</Tag>
              {report.sharedPractice && <Tag color="green">{t('evaluation:col.shared')}</Tag>}
              {report.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
              <Typography.Link onClick={() => void exportReport(report, t, branch)}>{t('evaluation:actions.export')}</Typography.Link>
              <Typography.Link onClick={() => window.print()}>{t('evaluation:actions.print')}</Typography.Link>
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
            <Typography.Title level={5}>{t('evaluation:report.history')}</Typography.Title>
            <Timeline
              items={report.history.map((h, i) => ({
                key: i,
                children: `${new Date(h.at).toLocaleString(i18n.language)} · ${h.actorName} · ${t(`evaluation:historyAction.${h.action}`)}${h.comment ? `：${h.comment}` : ''}`,
              }))}
            />
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

