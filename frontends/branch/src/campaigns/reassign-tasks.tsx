import { useState } from 'react';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchManagersQuery, CampaignTasksQuery as TasksData, TaskStatus } from '../gql/graphql';
import './list-messages';

export const CampaignTasksQuery = graphql(`
  query CampaignTasks($campaignId: ID!, $branchCode: String!, $assigneeId: ID, $statuses: [TaskStatus!], $first: Int!, $after: String) {
    campaignTasks(campaignId: $campaignId, branchCode: $branchCode, assigneeId: $assigneeId, statuses: $statuses, first: $first, after: $after) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id subscriberId msisdnMasked assigneeId assigneeName plannedDay status callbackAt }
    }
  }
`);

const ReassignTasksMutation = graphql(`
  mutation ReassignTasks($taskIds: [ID!]!, $toUserId: ID!) { reassignTasks(taskIds: $taskIds, toUserId: $toUserId) }
`);

type Task = TasksData['campaignTasks']['nodes'][number];
const OPEN_STATUSES: TaskStatus[] = ['OPEN', 'CALLBACK'];
const PAGE = 50;

/** Moves open tasks of this campaign to another manager of the branch (reassignTasks). */
export function ReassignTasks({ campaignId, branchCode, managers, onMoved }: {
  campaignId: string; branchCode: string; managers: BranchManagersQuery['branchManagers']; onMoved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [from, setFrom] = useState<string | null>(null);
  const [status, setStatus] = useState<TaskStatus | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<string[]>([]);
  const [to, setTo] = useState<string | null>(null);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }, reload] = useQuery({
    query: CampaignTasksQuery, variables: { campaignId, branchCode, assigneeId: from, statuses: status ? [status] : OPEN_STATUSES, first: PAGE, after }, requestPolicy: 'cache-and-network',
  });
  const [moved, move] = useMutation(ReassignTasksMutation);
  const page = data?.campaignTasks;
  const rows: Task[] = page?.nodes ?? [];
  const total = page?.totalCount ?? 0;
  const refilter = (patch: { from?: string | null; status?: TaskStatus | null }) => {
    if ('from' in patch) setFrom(patch.from ?? null);
    if ('status' in patch) setStatus(patch.status ?? null);
    setCursors([null]);
    setSelected([]);
  };
  const run = async () => {
    if (!to || selected.length === 0) return;
    const res = await move({ taskIds: selected, toUserId: to });
    if (res.data) {
      void message.success(t('listExec:reassign.moved', { n: res.data.reassignTasks }));
      setSelected([]);
      reload({ requestPolicy: 'network-only' });
      onMoved();
    }
  };
  return (
    <Card size="small" title={t('listExec:reassign.title')} data-testid="reassign-tasks">
      <Typography.Paragraph type="secondary">{t('listExec:reassign.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <Select allowClear style={{ width: 180 }} placeholder={t('listExec:reassign.allManagers')} value={from} onChange={(v) => refilter({ from: v ?? null })} data-testid="reassign-from"
          options={managers.map((m) => ({ value: m.userId, label: m.name }))} />
        <Select allowClear style={{ width: 160 }} placeholder={t('listExec:reassign.allStatuses')} value={status} onChange={(v) => refilter({ status: v ?? null })} data-testid="reassign-status"
          options={OPEN_STATUSES.map((s) => ({ value: s, label: label('taskStatus', s) }))} />
        <Typography.Text type="secondary">{t('listExec:reassign.total', { n: total.toLocaleString() })} · {t('listExec:reassign.selected', { n: selected.length })}</Typography.Text>
        <Select style={{ width: 180 }} placeholder={t('listExec:reassign.to')} value={to} onChange={setTo} data-testid="reassign-to"
          options={managers.map((m) => ({ value: m.userId, label: `${m.name} · ${m.openTasks}` }))} />
        <Button type="primary" disabled={!to || selected.length === 0} loading={moved.fetching} onClick={run} data-testid="reassign-run">{t('listExec:reassign.run')}</Button>
      </Space>
      {(error ?? moved.error) && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(error ?? moved.error, i18n.language)} data-testid="reassign-error" />}
      <Table<Task>
        size="small" rowKey="id" pagination={false} loading={fetching} dataSource={rows} data-testid="reassign-table"
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
        locale={{ emptyText: t('listExec:reassign.empty') }}
        columns={[
          { title: t('listExec:reassign.customer'), dataIndex: 'subscriberId' },
          { title: t('listExec:reassign.msisdn'), dataIndex: 'msisdnMasked' },
          { title: t('listExec:reassign.manager'), dataIndex: 'assigneeName' },
          { title: t('listExec:reassign.status'), dataIndex: 'status', render: (s: string) => <Tag color={s === 'CALLBACK' ? 'orange' : 'blue'}>{label('taskStatus', s)}</Tag> },
          { title: t('listExec:reassign.day'), dataIndex: 'plannedDay' },
          { title: t('listExec:reassign.callback'), dataIndex: 'callbackAt', render: (v: string | null) => (v ? new Date(v).toLocaleString(i18n.language) : '—') },
        ]}
      />
      <Space style={{ marginTop: 8 }}>
        <Button size="small" disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>{t('listExec:reassign.prev')}</Button>
        <Button size="small" disabled={!page?.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, page?.pageInfo.endCursor ?? null])} data-testid="reassign-next">{t('listExec:reassign.next')}</Button>
      </Space>
    </Card>
  );
}
