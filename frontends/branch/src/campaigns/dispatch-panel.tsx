import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { DispatchTargetListMutation } from '../gql/graphql';

export const DispatchManagersQuery = graphql(`
  query DispatchManagers($id: ID!, $branchCode: String!) {
    campaign(id: $id) { id execution(branchCode: $branchCode) { branchCode treated tasks openTasks managers { userId name tasks done } } }
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

/**
 * Dispatch of the treated customers to the branch's managers (balanced by open tasks, or only
 * to the managers chosen), within their daily capacity; what does not fit is shown as overflow.
 */
export function DispatchPanel({ campaignId, branchCode, treated, onDispatched }: { campaignId: string; branchCode: string; treated: number; onDispatched: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }, reload] = useQuery({ query: DispatchManagersQuery, variables: { id: campaignId, branchCode }, requestPolicy: 'cache-and-network' });
  const [dispatched, dispatch] = useMutation(DispatchTargetListMutation);
  const [chosen, setChosen] = useState<string[]>([]);
  const [startDay, setStartDay] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const execution = data?.campaign.execution[0];
  // Managers known so far: those with tasks on this campaign and those of the last dispatch.
  const managers = useMemo(() => {
    const known = new Map<string, { userId: string; name: string; contactKind?: string }>();
    for (const m of execution?.managers ?? []) known.set(m.userId, { userId: m.userId, name: m.name });
    for (const m of result?.managers ?? []) known.set(m.userId, { userId: m.userId, name: m.name, contactKind: m.contactKind });
    return [...known.values()];
  }, [execution, result]);
  const undispatched = Math.max(0, treated - (execution?.tasks ?? 0));

  const run = async () => {
    const res = await dispatch({ campaignId, branchCode, input: { managerIds: chosen.length ? chosen : null, startDay: startDay || null } });
    if (res.data) {
      setResult(res.data.dispatchTargetList);
      reload({ requestPolicy: 'network-only' });
      onDispatched();
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="dispatch-panel">
      <QueryState fetching={fetching} error={error} empty={false}>
        <Alert type="info" showIcon message={t('branch:dispatch.summary', { treated: treated.toLocaleString(), tasks: (execution?.tasks ?? 0).toLocaleString(), open: (execution?.openTasks ?? 0).toLocaleString(), left: undispatched.toLocaleString() })} />
      </QueryState>
      <Form layout="inline">
        <Form.Item label={t('branch:dispatch.managers')} tooltip={t('branch:dispatch.managersHelp')}>
          <Select mode="multiple" allowClear style={{ minWidth: 260 }} placeholder={t('branch:dispatch.allManagers')} value={chosen} onChange={setChosen} data-testid="dispatch-managers"
            options={managers.map((m) => ({ value: m.userId, label: m.name }))} notFoundContent={t('branch:dispatch.noKnownManagers')} />
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
      <CapacityEditor managers={managers} />
    </Space>
  );
}

/** A manager's daily capacity (default 80 calls), for every day or one day (0 = a day off). */
function CapacityEditor({ managers }: { managers: { userId: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const [saved, save] = useMutation(SetManagerCapacityMutation);
  const [edits, setEdits] = useState<Record<string, { capacity: number | null; day: string }>>({});
  const [done, setDone] = useState<Record<string, boolean>>({});
  return (
    <Card size="small" title={t('branch:capacity.title')} data-testid="capacity-editor">
      <Typography.Paragraph type="secondary">{t('branch:capacity.help')}</Typography.Paragraph>
      {saved.error && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(saved.error, i18n.language)} />}
      <Row gutter={[16, 8]}>
        {managers.length === 0 && <Col span={24}><Typography.Text type="secondary">{t('branch:capacity.none')}</Typography.Text></Col>}
        {managers.map((m) => {
          const edit = edits[m.userId] ?? { capacity: 80, day: '' };
          return (
            <Col key={m.userId} xs={24} xl={12}>
              <Space wrap>
                <span style={{ display: 'inline-block', minWidth: 120 }}>{m.name}</span>
                <InputNumber min={0} max={500} value={edit.capacity} addonAfter={t('branch:capacity.perDay')} onChange={(v) => setEdits((e) => ({ ...e, [m.userId]: { ...edit, capacity: v === null ? null : Number(v) } }))} data-testid={`capacity-${m.userId}`} />
                <Input type="date" value={edit.day} onChange={(e) => setEdits((x) => ({ ...x, [m.userId]: { ...edit, day: e.target.value } }))} placeholder={t('branch:capacity.everyDay')} style={{ width: 150 }} />
                <Button size="small" disabled={edit.capacity === null} loading={saved.fetching}
                  onClick={async () => {
                    const res = await save({ userId: m.userId, capacity: edit.capacity ?? 80, day: edit.day || null });
                    if (res.data) { setDone((d) => ({ ...d, [m.userId]: true })); void message.success(t('branch:capacity.saved', { name: m.name })); }
                  }}>{t('branch:capacity.save')}</Button>
                {done[m.userId] && <Tag color="green">{edit.day ? t('branch:capacity.forDay', { day: edit.day }) : t('branch:capacity.forAll')}</Tag>}
              </Space>
            </Col>
          );
        })}
      </Row>
    </Card>
  );
}
