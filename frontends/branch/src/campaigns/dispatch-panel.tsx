import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { BranchManagersQuery as ManagersData, DispatchTargetListMutation } from '../gql/graphql';
import { ReassignTasks } from './reassign-tasks';
import './list-messages';

export const DispatchManagersQuery = graphql(`
  query DispatchManagers($id: ID!, $branchCode: String!) {
    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks } }
  }
`);

/** The branch's active managers with their capacity, days off and load (the one source for dispatch and capacity). */
export const BranchManagersQuery = graphql(`
  query BranchManagers($branchCode: String!) {
    branchManagers(branchCode: $branchCode) { userId name contactKind capacity daysOff openTasks }
  }
`);

const DispatchTargetListMutation = graphql(`
  mutation DispatchTargetList($campaignId: ID!, $branchCode: String!, $input: DispatchInput) {
    dispatchTargetList(campaignId: $campaignId, branchCode: $branchCode, input: $input) {
      dispatched overflow overflowSubscriberIds fromDay toDay
      managers { userId name contactKind assigned open }
    }
  }
`);

const SetManagerCapacityMutation = graphql(`
  mutation SetManagerCapacity($userId: ID!, $capacity: Int!, $day: String) { setManagerCapacity(userId: $userId, capacity: $capacity, day: $day) }
`);

type Result = DispatchTargetListMutation['dispatchTargetList'];
export type BranchManager = ManagersData['branchManagers'][number];

/**
 * Dispatch of the treated customers to the branch's managers (balanced by open tasks, or only
 * to the managers chosen), within their daily capacity; what does not fit is shown as overflow.
 * The managers, their capacity and days off come from `branchManagers`; open tasks can be reassigned.
 */
export function DispatchPanel({ campaignId, branchCode, treated, onDispatched }: { campaignId: string; branchCode: string; treated: number; onDispatched: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }, reload] = useQuery({ query: DispatchManagersQuery, variables: { id: campaignId, branchCode }, requestPolicy: 'cache-and-network' });
  const [{ data: staff, fetching: fetchingStaff, error: staffError }, reloadStaff] = useQuery({ query: BranchManagersQuery, variables: { branchCode }, requestPolicy: 'cache-and-network' });
  const [dispatched, dispatch] = useMutation(DispatchTargetListMutation);
  const [chosen, setChosen] = useState<string[]>([]);
  const [startDay, setStartDay] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const execution = data?.campaign.execution[0];
  const managers = staff?.branchManagers ?? [];
  const undispatched = Math.max(0, treated - (execution?.tasks ?? 0));
  const refresh = () => { reload({ requestPolicy: 'network-only' }); reloadStaff({ requestPolicy: 'network-only' }); };

  const run = async () => {
    const res = await dispatch({ campaignId, branchCode, input: { managerIds: chosen.length ? chosen : null, startDay: startDay || null } });
    if (res.data) {
      setResult(res.data.dispatchTargetList);
      refresh();
      onDispatched();
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dispatch-panel">
      <QueryState fetching={fetching} error={error} empty={false}>
        <Alert type="info" showIcon message={t('branch:dispatch.summary', { treated: treated.toLocaleString(), tasks: (execution?.tasks ?? 0).toLocaleString(), open: (execution?.openTasks ?? 0).toLocaleString(), left: undispatched.toLocaleString() })} />
      </QueryState>
      <Form layout="inline">
        <Form.Item label={t('listExec:dispatch.managers')} tooltip={t('listExec:dispatch.managersHelp')}>
          <Select mode="multiple" allowClear style={{ minWidth: 300 }} placeholder={t('listExec:dispatch.allManagers')} value={chosen} onChange={setChosen} data-testid="dispatch-managers"
            optionFilterProp="label" notFoundContent={t('listExec:managers.none')}
            options={managers.map((m) => ({ value: m.userId, label: `${m.name} · ${label('contactKind', m.contactKind)} · ${m.capacity}${t('listExec:managers.perDay')}` }))} />
        </Form.Item>
        <Form.Item label={t('branch:dispatch.startDay')} tooltip={t('branch:dispatch.startDayHelp')}>
          <Input type="date" value={startDay} onChange={(e) => setStartDay(e.target.value)} data-testid="dispatch-start" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" onClick={run} loading={dispatched.fetching} data-testid="dispatch-list">{t('branch:dispatch.run')}</Button>
        </Form.Item>
      </Form>
      {dispatched.error && <Alert type="error" showIcon message={serverErrorMessage(dispatched.error, i18n.language)} data-testid="dispatch-error" />}
      {result && (
        <Card size="small" title={t('branch:dispatch.result')} data-testid="dispatch-result">
          <Descriptions size="small" column={{ xs: 1, md: 4 }} bordered>
            <Descriptions.Item label={t('branch:dispatch.dispatched')}><span data-testid="dispatch-count">{result.dispatched.toLocaleString()}</span></Descriptions.Item>
            <Descriptions.Item label={t('branch:dispatch.overflow')}><span data-testid="dispatch-overflow">{result.overflow.toLocaleString()}</span></Descriptions.Item>
            <Descriptions.Item label={t('branch:dispatch.from')}>{result.fromDay ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('branch:dispatch.to')}>{result.toDay ?? '—'}</Descriptions.Item>
          </Descriptions>
          {result.overflow > 0 && (
            <Alert type="warning" showIcon style={{ marginTop: 12 }} data-testid="overflow-alert" message={t('branch:dispatch.overflowAlert', { n: result.overflow.toLocaleString() })}
              description={<Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>{result.overflowSubscriberIds.join('、')}</Typography.Paragraph>} />
          )}
          <Table
            size="small" rowKey="userId" pagination={false} style={{ marginTop: 12 }} dataSource={result.managers} data-testid="dispatch-managers-table"
            columns={[
              { title: t('branch:dispatch.manager'), dataIndex: 'name' },
              { title: t('branch:dispatch.kind'), dataIndex: 'contactKind', render: (k: string) => label('contactKind', k) },
              { title: t('branch:dispatch.assigned'), dataIndex: 'assigned', align: 'right' },
              { title: t('branch:dispatch.open'), dataIndex: 'open', align: 'right' },
            ]}
          />
        </Card>
      )}
      <ManagerCapacity managers={managers} fetching={fetchingStaff} error={staffError} onSaved={() => reloadStaff({ requestPolicy: 'network-only' })} />
      <ReassignTasks campaignId={campaignId} branchCode={branchCode} managers={managers} onMoved={refresh} />
    </Space>
  );
}

/** Each manager's daily capacity (default 80) and days off, edited through setManagerCapacity. */
export function ManagerCapacity({ managers, fetching, error, onSaved }: { managers: BranchManager[]; fetching: boolean; error?: import('urql').CombinedError; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [saved, save] = useMutation(SetManagerCapacityMutation);
  const [capacities, setCapacities] = useState<Record<string, number | null>>({});
  const [days, setDays] = useState<Record<string, { day: string; capacity: number | null }>>({});
  const submit = async (m: BranchManager, capacity: number, day: string | null) => {
    const res = await save({ userId: m.userId, capacity, day });
    if (res.data) {
      void message.success(t('listExec:managers.saved', { name: m.name }));
      if (day) setDays((d) => ({ ...d, [m.userId]: { day: '', capacity: 0 } }));
      else setCapacities((c) => { const { [m.userId]: _, ...rest } = c; return rest; });
      onSaved();
    }
  };
  return (
    <Card size="small" title={t('listExec:managers.title')} data-testid="capacity-editor">
      <Typography.Paragraph type="secondary">{t('listExec:managers.help')}</Typography.Paragraph>
      {saved.error && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(saved.error, i18n.language)} data-testid="capacity-error" />}
      <QueryState fetching={fetching && managers.length === 0} error={error} empty={false}>
        <Table<BranchManager>
          size="small" rowKey="userId" pagination={false} dataSource={managers} scroll={{ x: 900 }} data-testid="manager-table"
          locale={{ emptyText: t('listExec:managers.none') }}
          columns={[
            { title: t('listExec:managers.name'), dataIndex: 'name' },
            { title: t('listExec:managers.kind'), dataIndex: 'contactKind', render: (k: string) => <Tag color={k === 'ACCOUNT' ? 'purple' : 'blue'}>{label('contactKind', k)}</Tag> },
            { title: t('listExec:managers.open'), dataIndex: 'openTasks', align: 'right' },
            {
              title: t('listExec:managers.capacity'), key: 'capacity',
              render: (_, m) => {
                const value = m.userId in capacities ? capacities[m.userId] : m.capacity;
                return (
                  <Space.Compact>
                    <InputNumber size="small" min={0} max={500} precision={0} value={value} style={{ width: 80 }} onChange={(v) => setCapacities((c) => ({ ...c, [m.userId]: v === null ? null : Number(v) }))} data-testid={`capacity-${m.userId}`} />
                    <Button size="small" disabled={value === null || value === m.capacity} loading={saved.fetching} onClick={() => submit(m, value ?? m.capacity, null)} data-testid={`capacity-save-${m.userId}`}>{t('listExec:managers.save')}</Button>
                  </Space.Compact>
                );
              },
            },
            {
              title: t('listExec:managers.daysOff'), key: 'daysOff',
              render: (_, m) => (m.daysOff.length === 0 ? <Typography.Text type="secondary">{t('listExec:managers.noDaysOff')}</Typography.Text> : (
                <Space size={[2, 4]} wrap data-testid={`days-off-${m.userId}`}>
                  {m.daysOff.map((d) => (
                    <Tag key={d} closable onClose={(e) => { e.preventDefault(); void submit(m, m.capacity, d); }} title={t('listExec:managers.restore')}>{d}</Tag>
                  ))}
                </Space>
              )),
            },
            {
              title: t('listExec:managers.day'), key: 'day',
              render: (_, m) => {
                const edit = days[m.userId] ?? { day: '', capacity: 0 };
                return (
                  <Space size={4}>
                    <Input type="date" size="small" value={edit.day} style={{ width: 140 }} onChange={(e) => setDays((x) => ({ ...x, [m.userId]: { ...edit, day: e.target.value } }))} data-testid={`day-${m.userId}`} />
                    <InputNumber size="small" min={0} max={500} precision={0} value={edit.capacity} style={{ width: 70 }} title={t('listExec:managers.dayCapacity')}
                      onChange={(v) => setDays((x) => ({ ...x, [m.userId]: { ...edit, capacity: v === null ? null : Number(v) } }))} data-testid={`day-capacity-${m.userId}`} />
                    <Button size="small" disabled={!edit.day || edit.capacity === null} onClick={() => submit(m, edit.capacity ?? 0, edit.day)} data-testid={`day-save-${m.userId}`}>
                      {edit.capacity === 0 ? t('listExec:managers.dayOff') : t('listExec:managers.setDay')}
                    </Button>
                  </Space>
                );
              },
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
