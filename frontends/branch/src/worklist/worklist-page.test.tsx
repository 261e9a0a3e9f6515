import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue } from 'wonka';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { MyTasksQuery, RecordContactMutation, RevealMsisdnMutation, TaskCardQuery } from '../gql/graphql';
import { WorklistPage } from './worklist-page';
import '../messages';

// The card is a large antd page: slow to render on a loaded CI machine.
jest.setTimeout(240000);
const slow = { timeout: 20000 };

const tier = { code: 'T1', name: '存300送300', offerKind: 'DEPOSIT_GIFT' as const, deposit: 300, gift: 300, months: 10, subsidyShare: null, costPerAcceptance: 300, tenureMinMonths: 12, tenureMaxMonths: null, trialMonths: 1 };
const campaign = { id: 'c1', name: '网龄计划：普通中高端回馈', kind: 'TENURE' as const };

const tasks: MyTasksQuery = {
  myTasks: [
    { id: 't2', campaignId: 'c1', subscriberId: 'S0000002', msisdnMasked: '139****0002', plannedDay: '2026-11-02', status: 'CALLBACK', callbackAt: '2026-11-02T08:00:00Z', overdue: true, channel: 'PHONE_MANAGER', tenureMonths: 40, retentionClass: 'ORDINARY', campaign },
    { id: 't1', campaignId: 'c1', subscriberId: 'S0000001', msisdnMasked: '138****0001', plannedDay: '2026-11-02', status: 'OPEN', callbackAt: null, overdue: false, channel: 'PHONE_MANAGER', tenureMonths: 30, retentionClass: 'ORDINARY', campaign },
  ],
};

const card: TaskCardQuery = {
  task: {
    id: 't2', subscriberId: 'S0000002', msisdnMasked: '139****0002', plannedDay: '2026-11-02', status: 'CALLBACK', callbackAt: '2026-11-02T08:00:00Z', overdue: true, channel: 'PHONE_MANAGER',
    tenureMonths: 40, retentionClass: 'ORDINARY', withdrawnReason: null,
    campaign: { ...campaign, talkTrack: '您好，我是中国移动电话经理，感谢您多年支持。', endDate: '2026-12-31' },
    subscriber: {
      id: 'S0000002', brand: 'GOTONE', planCode: 'SL88', joinDate: '2023-07-01', vipCard: 'NONE',
      portrait: {
        month: '2026-10', arpu: 160, avgArpu: 150, mou: 320, tenureMonths: 40, tenureBand: '3_5Y', retentionClass: 'ORDINARY', midHighEnd: true, dynamicMidHighEnd: true, measures: ['GOTONE'], stickyServices: ['MAIL139'],
        trend: [{ month: '2026-10', arpu: 160, mou: 320, dataMb: 800, status: 'ACTIVE' }],
        recommendation: { products: ['合家欢'], promotions: ['网龄计划'], channels: ['PHONE_MANAGER'], newServices: [], service: ['基础服务'], planFit: ['SL88'] },
      },
    },
    qualifyingTiers: [tier],
    history: [{ id: 'k1', campaignId: 'c1', outcome: 'HESITANT_CALLBACK', offerTierCode: null, callbackAt: '2026-11-02T08:00:00Z', contactedAt: '2026-11-02T02:00:00Z', note: '客户在开会', complaint: null }],
    acceptedOffers: [],
  },
};

const revealed: RevealMsisdnMutation = { revealMsisdn: '13900000002' };
const recorded: RecordContactMutation = { recordContact: { id: 'k2', taskId: 't2', outcome: 'REACHED_DECLINED', offerTierCode: null, callbackAt: null, cost: 0, contactedAt: '2026-11-02T09:00:00Z', complaint: { valid: true, text: '来电太频繁' } } };

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: 'u1', username: 'cd.phone1', displayName: '刘洋', role: Role.PHONE_MANAGER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('lists overdue callbacks first and shows the customer card with the talk track, tiers and history', async () => {
  const client = mockGraphQLClient({ MyTasks: tasks, TaskCard: card, RevealMsisdn: revealed });
  render(<TestProviders client={client}><WorklistPage /></TestProviders>);
  const table = await screen.findByTestId('task-table', {}, slow);
  expect(within(table).getAllByRole('row')[1]).toHaveTextContent('S0000002');
  expect(within(table).getByText('已逾期')).toBeInTheDocument();
  expect(await screen.findByTestId('task-talk-track', {}, slow)).toHaveTextContent('感谢您多年支持');
  expect(screen.getByTestId('task-msisdn')).toHaveTextContent('139****0002');
  expect(screen.getByTestId('task-recommendation')).toHaveTextContent('网龄计划');
  expect(screen.getByTestId('offer-tiers-table')).toHaveTextContent('存300送300');
  expect(screen.getByTestId('task-history')).toHaveTextContent('犹豫-当天回拨');
  fireEvent.click(screen.getByTestId('reveal-msisdn'));
  await waitFor(() => expect(screen.getByTestId('task-msisdn')).toHaveTextContent('13900000002'), slow);
  expect(client.calls).toContain('RevealMsisdn');
});

it('records an outcome with a valid complaint, and a retry of the same submission reuses its idempotency key', async () => {
  const client = mockGraphQLClient({ MyTasks: tasks, TaskCard: card, RecordContact: recorded });
  const sent: Record<string, unknown>[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { variables: { input: Record<string, unknown> } }, ...rest: unknown[]) => {
    sent.push(request.variables.input);
    if (sent.length === 1) {
      const lost = new CombinedError({ graphQLErrors: [{ message: 'timeout', extensions: { code: 'SUBGRAPH_TIMEOUT', messages: { 'zh-CN': '服务响应超时，请重试', en: 'The service timed out, try again' } } }] });
      return fromValue({ operation: request, error: lost, stale: false, hasNext: false });
    }
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as typeof client.executeMutation;
  render(<TestProviders client={client}><WorklistPage /></TestProviders>);
  fireEvent.click(await screen.findByTestId('outcome-REACHED_DECLINED', {}, slow));
  fireEvent.click(screen.getByTestId('outcome-complaint'));
  fireEvent.click(await screen.findByTestId('outcome-complaint-valid'));
  fireEvent.change(screen.getByTestId('outcome-complaint-text'), { target: { value: '来电太频繁' } });
  fireEvent.click(screen.getByTestId('outcome-save'));
  expect(await screen.findByTestId('outcome-error', {}, slow)).toHaveTextContent('服务响应超时，请重试');
  fireEvent.click(screen.getByTestId('outcome-save'));
  await waitFor(() => expect(sent).toHaveLength(2), slow);
  expect(sent[0]).toMatchObject({ taskId: 't2', outcome: 'REACHED_DECLINED', complaint: { valid: true, text: '来电太频繁' }, offerTierCode: null, callbackAt: null });
  expect(sent[1].idempotencyKey).toBe(sent[0].idempotencyKey);
  expect(String(sent[0].idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
});

it('needs the tier for an acceptance and sends it', async () => {
  const client = mockGraphQLClient({ MyTasks: tasks, TaskCard: card, RecordContact: { recordContact: { ...recorded.recordContact, outcome: 'ACCEPTED', offerTierCode: 'T1', cost: 300, complaint: null } } });
  const sent: Record<string, unknown>[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { variables: { input: Record<string, unknown> } }, ...rest: unknown[]) => {
    sent.push(request.variables.input);
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as typeof client.executeMutation;
  render(<TestProviders client={client}><WorklistPage /></TestProviders>);
  fireEvent.click(await screen.findByTestId('outcome-ACCEPTED', {}, slow));
  expect(screen.getByTestId('outcome-save')).toBeDisabled();
  expect(screen.getByText('请选择办理的档次')).toBeInTheDocument();
  fireEvent.mouseDown(screen.getByTestId('outcome-tier').querySelector('.ant-select-selector')!);
  fireEvent.click(await screen.findByText('T1 存300送300', {}, slow));
  await waitFor(() => expect(screen.getByTestId('outcome-save')).toBeEnabled(), slow);
  fireEvent.click(screen.getByTestId('outcome-save'));
  await waitFor(() => expect(sent).toHaveLength(1), slow);
  expect(sent[0]).toMatchObject({ outcome: 'ACCEPTED', offerTierCode: 'T1', complaint: null });
});
