import { useMemo } from 'react';
import { Alert, Card, Col, Empty, Progress, Row, Space, Statistic, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Chart } from '@retention/segment-views';
import { QueryState, sortByBranch, useLabels } from '@retention/ui';
import { graphql } from './gql';
import type { CampaignExecutionQuery as CampaignExecutionData } from './gql/graphql';
import { formatPercent, formatPermille } from './percent';
import './messages';

export const CampaignExecutionQuery = graphql(`
  query CampaignExecution($id: ID!, $branchCode: String) {
    campaign(id: $id) {
      id status budget executingBranchCodes
      targetLists { branchCode month status eligible controlSize treatedSize builtAt dispatchedAt }
      execution(branchCode: $branchCode) {
        branchCode treated tasks openTasks contacted reached accepted uptake validComplaints complaintRate complaintAlert cost
        managers { userId name tasks done contacted accepted validComplaints acceptedThisWeek }
      }
    }
  }
`);

type Execution = CampaignExecutionData['campaign']['execution'][number];
type ListRow = CampaignExecutionData['campaign']['targetLists'][number];

/** Complaint threshold of DOMAIN.md §5 (seed 001): valid complaints ÷ contacted above 4 ‰. */
export const COMPLAINT_ALERT = 0.004;

/** Budget burn alert (issue 12): cost of acceptances at 90 % of the budget. */
export const BUDGET_ALERT = 0.9;

/**
 * Execution so far: every executing branch side by side (the province), or one branch with its
 * managers' progress and the weekly leaderboard (上墙争优).
 */
export function ExecutionOverview({ campaignId, branchCode }: { campaignId: string; branchCode?: string }) {
  const { t } = useTranslation();
  const { label, branch } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: CampaignExecutionQuery, variables: { id: campaignId, branchCode: branchCode ?? null }, requestPolicy: 'cache-and-network' });
  const c = data?.campaign;
  const rows = useMemo(() => {
    if (!c) return [];
    const lists = new Map(c.targetLists.map((l) => [l.branchCode, l]));
    const executions = new Map(c.execution.map((e) => [e.branchCode, e]));
    const codes = branchCode ? [branchCode] : c.executingBranchCodes;
    return sortByBranch(codes.map((code) => ({ branchCode: code, list: lists.get(code) ?? null, execution: executions.get(code) ?? null })), (r) => r.branchCode);
  }, [c, branchCode]);
  const alerts = rows.filter((r) => r.execution?.complaintAlert);
  const cost = c?.execution.reduce((s, e) => s + e.cost, 0) ?? 0;
  const burn = c?.budget ? cost / c.budget : null;
  const contacted = c?.execution.reduce((s, e) => s + e.contacted, 0) ?? 0;
  const accepted = c?.execution.reduce((s, e) => s + e.accepted, 0) ?? 0;
  const complaints = c?.execution.reduce((s, e) => s + e.validComplaints, 0) ?? 0;
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => branch(r.branchCode)) },
    yAxis: { type: 'value' },
    series: [
      { name: t('campaigns:exec.treated'), type: 'bar', data: rows.map((r) => r.execution?.treated ?? r.list?.treatedSize ?? 0) },
      { name: t('campaigns:exec.contacted'), type: 'bar', data: rows.map((r) => r.execution?.contacted ?? 0) },
      { name: t('campaigns:exec.accepted'), type: 'bar', data: rows.map((r) => r.execution?.accepted ?? 0) },
    ],
  }), [rows, branch, t]);

  return (
    <QueryState fetching={fetching} error={error} empty={!c}>
      {c && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="execution-overview">
          {alerts.map((r) => (
            <Alert key={r.branchCode} type="error" showIcon data-testid={`complaint-alert-${r.branchCode}`}
              message={t('campaigns:exec.complaintAlert', { branch: branch(r.branchCode), rate: formatPermille(r.execution!.complaintRate), n: r.execution!.validComplaints })} />
          ))}
          {burn !== null && burn >= BUDGET_ALERT && <Alert type="warning" showIcon data-testid="budget-alert" message={t('campaigns:exec.budgetAlert', { burn: formatPercent(burn) })} />}
          <Row gutter={16}>
            <Col xs={12} md={6}><Statistic title={t('campaigns:exec.contacted')} value={contacted} /></Col>
            <Col xs={12} md={6}><Statistic title={t('campaigns:exec.uptakeSoFar')} value={contacted ? formatPercent(accepted / contacted) : '—'} /></Col>
            <Col xs={12} md={6}><Statistic title={t('campaigns:exec.complaintRate')} value={contacted ? formatPermille(complaints / contacted) : '—'} valueStyle={contacted && complaints / contacted > COMPLAINT_ALERT ? { color: '#cf1322' } : undefined} /></Col>
            <Col xs={12} md={6}>
              <Statistic title={t('campaigns:exec.cost')} value={cost.toLocaleString()} suffix={c.budget ? `/ ${c.budget.toLocaleString()} ${t('campaigns:yuan')}` : t('campaigns:yuan')} />
              {burn !== null && <Progress percent={Math.min(100, Math.round(burn * 100))} size="small" status={burn >= BUDGET_ALERT ? 'exception' : 'normal'} />}
            </Col>
          </Row>
          {rows.length > 1 && <Chart option={option} height={260} testId="execution-chart" />}
          <Table
            size="small" rowKey="branchCode" pagination={false} scroll={{ x: 1100 }} data-testid="execution-table"
            dataSource={rows}
            locale={{ emptyText: <Empty description={t('campaigns:exec.empty')} /> }}
            columns={[
              { title: t('campaigns:exec.branch'), dataIndex: 'branchCode', fixed: 'left', render: (code: string) => branch(code) },
              { title: t('campaigns:exec.list'), key: 'list', render: (_, r) => (r.list ? <Tag>{label('targetListStatus', r.list.status)}</Tag> : <Tag>{t('campaigns:exec.notBuilt')}</Tag>) },
              { title: t('campaigns:exec.month'), key: 'month', render: (_, r) => r.list?.month ?? '—' },
              { title: t('campaigns:exec.treated'), key: 'treated', align: 'right', render: (_, r) => (r.list?.treatedSize ?? 0).toLocaleString() },
              { title: t('campaigns:exec.control'), key: 'control', align: 'right', render: (_, r) => (r.list?.controlSize ?? 0).toLocaleString() },
              { title: t('campaigns:exec.tasks'), key: 'tasks', align: 'right', render: (_, r) => r.execution?.tasks ?? 0 },
              { title: t('campaigns:exec.open'), key: 'open', align: 'right', render: (_, r) => r.execution?.openTasks ?? 0 },
              { title: t('campaigns:exec.contacted'), key: 'contacted', align: 'right', render: (_, r) => r.execution?.contacted ?? 0 },
              { title: t('campaigns:exec.reached'), key: 'reached', align: 'right', render: (_, r) => r.execution?.reached ?? 0 },
              { title: t('campaigns:exec.accepted'), key: 'accepted', align: 'right', render: (_, r) => r.execution?.accepted ?? 0 },
              { title: t('campaigns:exec.uptake'), key: 'uptake', align: 'right', render: (_, r) => formatPercent(r.execution?.uptake) },
              {
                title: t('campaigns:exec.complaints'), key: 'complaints', align: 'right',
                render: (_, r) => (r.execution ? <span data-testid={`complaint-rate-${r.branchCode}`}>{r.execution.validComplaints} · {r.execution.complaintAlert ? <Tag color="red">{formatPermille(r.execution.complaintRate)}</Tag> : formatPermille(r.execution.complaintRate)}</span> : '—'),
              },
              { title: t('campaigns:exec.cost'), key: 'cost', align: 'right', render: (_, r) => (r.execution?.cost ?? 0).toLocaleString() },
            ]}
          />
          {branchCode && rows[0]?.execution && <ManagerBoards execution={rows[0].execution} />}
        </Space>
      )}
    </QueryState>
  );
}

/** Per-manager progress and the weekly leaderboard (seed 004's 上墙争优). */
export function ManagerBoards({ execution }: { execution: Execution }) {
  const { t } = useTranslation();
  const board = [...execution.managers].sort((a, b) => b.acceptedThisWeek - a.acceptedThisWeek || b.accepted - a.accepted || a.name.localeCompare(b.name));
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" title={t('campaigns:exec.managers')}>
          <Table
            size="small" rowKey="userId" pagination={false} dataSource={execution.managers} data-testid="manager-progress"
            locale={{ emptyText: t('campaigns:exec.noManagers') }}
            columns={[
              { title: t('campaigns:exec.manager'), dataIndex: 'name' },
              { title: t('campaigns:exec.tasks'), dataIndex: 'tasks', align: 'right' },
              { title: t('campaigns:exec.progress'), key: 'progress', render: (_, m) => <Progress size="small" percent={m.tasks ? Math.round((m.done / m.tasks) * 100) : 0} /> },
              { title: t('campaigns:exec.contacted'), dataIndex: 'contacted', align: 'right' },
              { title: t('campaigns:exec.accepted'), dataIndex: 'accepted', align: 'right' },
              { title: t('campaigns:exec.complaints'), dataIndex: 'validComplaints', align: 'right' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={t('campaigns:exec.leaderboard')}>
          <Table
            size="small" rowKey="userId" pagination={false} dataSource={board} data-testid="leaderboard"
            locale={{ emptyText: t('campaigns:exec.noManagers') }}
            columns={[
              { title: '#', key: 'rank', width: 40, render: (_, __, i) => (i < 3 ? <Tag color={['gold', 'default', 'orange'][i]}>{i + 1}</Tag> : i + 1) },
              { title: t('campaigns:exec.manager'), dataIndex: 'name' },
              { title: t('campaigns:exec.acceptedThisWeek'), dataIndex: 'acceptedThisWeek', align: 'right' },
              { title: t('campaigns:exec.accepted'), dataIndex: 'accepted', align: 'right' },
            ]}
          />
        </Card>
      </Col>
    </Row>
  );
}

export type { ListRow };
