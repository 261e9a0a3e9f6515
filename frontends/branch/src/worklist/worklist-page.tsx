import { useState } from 'react';
import { Alert, Badge, Button, Card, Col, Descriptions, Empty, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { OfferTiersTable } from '@retention/campaign-views';
import { QueryState, serverErrorMessage, useLabels } from '@retention/ui';
import { graphql } from '../gql';
import type { TaskStatus } from '../gql/graphql';
import { OutcomeForm, shanghaiDay } from './outcome-form';

export const MyTasksQuery = graphql(`
  query MyTasks($day: String) {
    myTasks(day: $day) {
      id campaignId subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass
      campaign { id name kind }
    }
  }
`);

export const TaskCardQuery = graphql(`
  query TaskCard($id: ID!) {
    task(id: $id) {
      id subscriberId msisdnMasked plannedDay status callbackAt overdue channel tenureMonths retentionClass withdrawnReason
      campaign { id name kind talkTrack endDate }
      subscriber {
        id brand planCode joinDate vipCard
        portrait {
          month arpu avgArpu mou tenureMonths tenureBand retentionClass midHighEnd dynamicMidHighEnd measures stickyServices
          trend { month arpu mou dataMb status }
          recommendation { products promotions channels newServices service planFit }
        }
      }
      qualifyingTiers { code name offerKind deposit gift months subsidyShare costPerAcceptance tenureMinMonths tenureMaxMonths trialMonths }
      history { id campaignId outcome offerTierCode callbackAt contactedAt note complaint { valid text } }
      acceptedOffers { tier kind startMonth months stage }
    }
  }
`);

const RevealMsisdnMutation = graphql(`
  mutation RevealMsisdn($taskId: ID!) { revealMsisdn(taskId: $taskId) }
`);

const STATUS_COLORS: Record<TaskStatus, string> = { OPEN: 'blue', CALLBACK: 'orange', DONE: 'green', WITHDRAWN: 'default' };

// Recording a contact changes the worklist (a task is done or waits for its callback).
const tasksContext = { additionalTypenames: ['Contact'] };

/** A phone manager's worklist for a day: overdue callbacks and tasks first, then the customer card and the outcome. */
export function WorklistPage() {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [day, setDay] = useState(shanghaiDay());
  const [selected, setSelected] = useState<string | null>(null);
  const [{ data, fetching, error }, reload] = useQuery({ query: MyTasksQuery, variables: { day }, context: tasksContext });
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const all = data?.myTasks ?? [];
  const campaigns = [...new Map(all.map((x) => [x.campaign.id, x.campaign])).values()];
  const tasks = campaignId ? all.filter((x) => x.campaignId === campaignId) : all;
  const open = tasks.filter((x) => x.status === 'OPEN' || x.status === 'CALLBACK');
  const current = selected ?? open[0]?.id ?? null;
  return (
    <Row gutter={16} data-testid="worklist">
      <Col xs={24} xl={9}>
        <Card size="small" title={<Space>{t('branch:worklist.title')}<Badge count={open.length} showZero color="blue" /></Space>}
          extra={
            <Space>
              <Select allowClear showSearch optionFilterProp="label" style={{ width: 200 }} placeholder={t('branch:worklist.allCampaigns')} value={campaignId} data-testid="worklist-campaign"
                onChange={(v) => { setCampaignId(v ?? null); setSelected(null); }} options={campaigns.map((c) => ({ value: c.id, label: c.name }))} />
              <Input type="date" value={day} onChange={(e) => { setDay(e.target.value || shanghaiDay()); setSelected(null); }} style={{ width: 150 }} data-testid="worklist-day" />
            </Space>
          }>
          <QueryState fetching={fetching} error={error} empty={!data} emptyText={t('branch:worklist.empty')}>
            <Table
              size="small" rowKey="id" pagination={{ pageSize: 20, hideOnSinglePage: true }} dataSource={tasks} data-testid="task-table"
              locale={{ emptyText: <Empty description={t('branch:worklist.empty')} /> }}
              rowClassName={(r) => (r.id === current ? 'ant-table-row-selected' : '')}
              onRow={(r) => ({ onClick: () => setSelected(r.id), style: { cursor: 'pointer' } })}
              columns={[
                { title: t('branch:worklist.customer'), key: 'customer', render: (_, r) => <Space direction="vertical" size={0}><span data-testid={`task-${r.subscriberId}`}>{r.subscriberId}</span><Typography.Text type="secondary">{r.msisdnMasked}</Typography.Text></Space> },
                { title: t('branch:worklist.campaign'), key: 'campaign', render: (_, r) => r.campaign.name, ellipsis: true },
                {
                  title: t('branch:worklist.status'), key: 'status',
                  render: (_, r) => (
                    <Space size={2} wrap>
                      <Tag color={STATUS_COLORS[r.status]}>{label('taskStatus', r.status)}</Tag>
                      {r.overdue && <Tag color="red">{t('branch:worklist.overdue')}</Tag>}
                      {r.callbackAt && <Tag>{new Date(r.callbackAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' })}</Tag>}
                    </Space>
                  ),
                },
              ]}
            />
          </QueryState>
        </Card>
      </Col>
      <Col xs={24} xl={15}>
        {current ? <TaskCard id={current} onRecorded={() => { reload({ requestPolicy: 'network-only' }); setSelected(null); }} /> : (
          <Card size="small"><Empty description={t('branch:worklist.noneOpen')} /></Card>
        )}
      </Col>
    </Row>
  );
}

/** The customer on a task: masked number (full number on request, audited), portrait, talk track, tiers, history, outcome. */
export function TaskCard({ id, onRecorded }: { id: string; onRecorded: () => void }) {
  const { t, i18n } = useTranslation();
  const { label } = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: TaskCardQuery, variables: { id } });
  const [revealed, reveal] = useMutation(RevealMsisdnMutation);
  const [number, setNumber] = useState<{ task: string; msisdn: string } | null>(null);
  const task = data?.task;
  const p = task?.subscriber.portrait;
  const list = (items: string[], vocabulary: Parameters<typeof label>[0]) => items.map((x) => label(vocabulary, x)).join('、') || '—';
  const closed = task ? task.status === 'DONE' || task.status === 'WITHDRAWN' : true;
  return (
    <QueryState fetching={fetching} error={error} empty={!task}>
      {task && (
        <Space direction="vertical" style={{ width: '100%' }} data-testid="task-card">
          <Card size="small"
            title={<Space><span>{task.subscriberId}</span><span data-testid="task-msisdn">{number?.task === task.id ? number.msisdn : task.msisdnMasked}</span><Tag>{label('channel', task.channel)}</Tag></Space>}
            extra={number?.task !== task.id && (
              <Button size="small" loading={revealed.fetching} data-testid="reveal-msisdn"
                onClick={async () => { const res = await reveal({ taskId: task.id }); if (res.data) setNumber({ task: task.id, msisdn: res.data.revealMsisdn }); }}>
                {t('branch:worklist.reveal')}
              </Button>
            )}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('branch:worklist.revealLogged')}</Typography.Paragraph>
            {revealed.error && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={serverErrorMessage(revealed.error, i18n.language)} />}
            {task.withdrawnReason && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={t('branch:worklist.withdrawn', { reason: t(`branch:worklist.withdrawnReasons.${task.withdrawnReason}`, { defaultValue: task.withdrawnReason }) })} />}
            <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('branch:worklist.campaign')}>{task.campaign.name}</Descriptions.Item>
              <Descriptions.Item label={t('branch:worklist.planned')}>{task.plannedDay}</Descriptions.Item>
              <Descriptions.Item label={t('branch:worklist.status')}><Tag color={STATUS_COLORS[task.status]}>{label('taskStatus', task.status)}</Tag>{task.overdue && <Tag color="red">{t('branch:worklist.overdue')}</Tag>}</Descriptions.Item>
              <Descriptions.Item label={t('branch:customers.brand')}>{label('brand', task.subscriber.brand)}</Descriptions.Item>
              <Descriptions.Item label={t('branch:customers.plan')}>{label('plan', task.subscriber.planCode)}</Descriptions.Item>
              <Descriptions.Item label={t('branch:portrait.vip')}>{label('vipCard', task.subscriber.vipCard)}</Descriptions.Item>
              {p && (
                <>
                  <Descriptions.Item label={t('branch:portrait.class')}>{label('retentionClass', p.retentionClass ?? 'NONE')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.tenure')}>{label('tenureBand', p.tenureBand)} ({p.tenureMonths})</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.avgArpu')}>{p.avgArpu.toFixed(2)}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:worklist.trend')} span={3}>
                    {p.trend.slice(-3).map((m) => `${m.month}: ARPU ${m.arpu.toFixed(0)} / MOU ${m.mou}`).join('；') || '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.measures')} span={3}>{p.measures.length ? p.measures.map((m) => <Tag key={m}>{label('measure', m)}</Tag>) : '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.services')} span={3}>{list(p.stickyServices, 'stickyService')}</Descriptions.Item>
                  <Descriptions.Item label={t('branch:portrait.recommendation')} span={3} >
                    <span data-testid="task-recommendation">{[list(p.recommendation.promotions, 'treatment'), list(p.recommendation.products, 'treatment'), `${t('branch:portrait.planFit')}：${list(p.recommendation.planFit, 'plan')}`].join(' · ')}</span>
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Card>
          <Card size="small" title={t('branch:worklist.talkTrack')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, fontSize: 15 }} data-testid="task-talk-track">{task.campaign.talkTrack || '—'}</Typography.Paragraph>
          </Card>
          <OfferTiersTable tiers={task.qualifyingTiers} title={t('branch:worklist.qualifyingTiers')} />
          <Card size="small" title={t('branch:worklist.record')}>
            {closed ? <Alert type="info" showIcon message={t('branch:worklist.closed')} /> : (
              <OutcomeForm key={task.id} taskId={task.id} tiers={task.qualifyingTiers} onRecorded={onRecorded} />
            )}
          </Card>
          <Row gutter={16}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('branch:worklist.history')}>
                <Table
                  size="small" rowKey="id" pagination={false} dataSource={task.history} data-testid="task-history"
                  locale={{ emptyText: t('branch:worklist.noHistory') }}
                  columns={[
                    { title: t('branch:worklist.when'), dataIndex: 'contactedAt', render: (v: string) => new Date(v).toLocaleString(i18n.language) },
                    { title: t('branch:worklist.outcome'), dataIndex: 'outcome', render: (o: string) => label('contactOutcome', o) },
                    { title: t('branch:worklist.tier'), dataIndex: 'offerTierCode', render: (v: string | null) => v ?? '—' },
                    { title: t('branch:worklist.complaint'), key: 'complaint', render: (_, h) => (h.complaint ? <Tag color={h.complaint.valid ? 'red' : 'default'}>{h.complaint.valid ? t('branch:worklist.validComplaint') : t('branch:worklist.invalidComplaint')}</Tag> : '—') },
                    { title: t('branch:worklist.note'), dataIndex: 'note', ellipsis: true },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card size="small" title={t('branch:worklist.acceptedOffers')}>
                <Table
                  size="small" rowKey={(o) => `${o.tier}:${o.startMonth}`} pagination={false} dataSource={task.acceptedOffers} data-testid="task-offers"
                  locale={{ emptyText: t('branch:worklist.noOffers') }}
                  columns={[
                    { title: t('branch:worklist.tier'), dataIndex: 'tier' },
                    { title: t('branch:worklist.offerKind'), dataIndex: 'kind', render: (k: string) => label('offerKind', k) },
                    { title: t('branch:worklist.startMonth'), dataIndex: 'startMonth' },
                    { title: t('branch:worklist.stage'), dataIndex: 'stage', render: (s: string) => <Tag color="blue">{label('offerStage', s)}</Tag> },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </Space>
      )}
    </QueryState>
  );
}
