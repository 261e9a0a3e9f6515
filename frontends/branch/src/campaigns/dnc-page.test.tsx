import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type {
  AddDoNotContactMutation, BeginCampaignUploadMutation, CampaignJobQuery, CampaignUploadChunkMutation, DoNotContactEntriesQuery, DoNotContactImportReportQuery, ImportDoNotContactMutation,
} from '@retention/campaign-views/src/gql/graphql';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { DoNotContactPage } from './dnc-page';
import '../messages';

jest.setTimeout(240000);
const slow = { timeout: 20000 };

const entries: DoNotContactEntriesQuery = {
  doNotContactEntries: [
    { id: 'd1', subscriberId: 'S0000101', branchCode: 'CD', reason: '客户投诉后要求勿扰', expiresAt: '2027-06-30T16:00:00Z', source: 'DO_NOT_CALL', createdBy: 'cd.phone1', createdAt: '2026-11-02T02:00:00Z' },
    { id: 'd2', subscriberId: 'S0000102', branchCode: null, reason: '省公司黑名单', expiresAt: null, source: 'IMPORT', createdBy: 'province', createdAt: '2026-10-01T02:00:00Z' },
    { id: 'd3', subscriberId: 'S0000103', branchCode: 'CD', reason: '短期勿扰', expiresAt: '2020-01-01T00:00:00Z', source: 'MANUAL', createdBy: 'cd.planner', createdAt: '2019-12-01T02:00:00Z' },
  ],
};
const added: AddDoNotContactMutation = { addDoNotContact: { id: 'd4', subscriberId: 'S0000200', branchCode: 'CD', reason: '客户要求', expiresAt: '2027-01-31T16:00:00Z', source: 'MANUAL', createdBy: 'cd.planner', createdAt: '2026-11-03T02:00:00Z' } };
const begun: BeginCampaignUploadMutation = { beginCampaignUpload: { id: 'up1' } };
const chunk: CampaignUploadChunkMutation = { campaignUploadChunk: { received: 64 } };
const started: ImportDoNotContactMutation = { importDoNotContact: { id: 'job1', status: 'QUEUED' } };
const failedJob: CampaignJobQuery = { campaignJob: { id: 'job1', kind: 'DNC_IMPORT', status: 'FAILED', phase: 'IMPORT', progress: 1, rowsDone: 0, rowsTotal: 3, error: 'row errors' } };
const report: DoNotContactImportReportQuery = {
  doNotContactImportReport: [
    { line: 3, column: 'subscriber_id', value: 'S9999999', code: 'OTHER_BRANCH', message: 'not a customer of your branch' },
    { line: 4, column: 'expires_at', value: '2027-13-01', code: 'BAD_DATE', message: 'not a date' },
  ],
};

function capturingClient(responses: Record<string, unknown>) {
  const client = mockGraphQLClient(responses);
  const mutations: { name: string; variables: Record<string, unknown> }[] = [];
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> }, ...rest: unknown[]) => {
    mutations.push({ name: request.query.definitions[0]?.name?.value ?? '', variables: request.variables });
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as unknown as typeof client.executeMutation;
  return { client, mutations };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: 'p1', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it('shows the branch’s list with reason, expiry and source, and lets the planner remove only the branch’s own entries', async () => {
  const { client } = capturingClient({ DoNotContactEntries: entries });
  render(<TestProviders client={client}><DoNotContactPage /></TestProviders>);
  const table = await screen.findByTestId('dnc-table', {}, slow);
  await waitFor(() => expect(table).toHaveTextContent('S0000101'), slow);
  expect(screen.getByTestId('dnc-manager')).toHaveTextContent('加入成都免打扰名单');
  expect(screen.queryByTestId('dnc-list')).toBeNull();
  const rows = within(table).getAllByRole('row');
  expect(rows[1]).toHaveTextContent('客户投诉后要求勿扰');
  expect(rows[1]).toHaveTextContent('客户要求勿扰');
  expect(rows[2]).toHaveTextContent('全省');
  expect(rows[2]).toHaveTextContent('长期有效');
  expect(within(rows[3]).getByTestId('dnc-expired')).toHaveTextContent('已过期');
  // A province entry of one of the branch's customers is shown, not removable by the branch.
  expect(screen.getByTestId('dnc-remove-S0000101')).toBeInTheDocument();
  expect(screen.queryByTestId('dnc-remove-S0000102')).toBeNull();
});

it('adds a customer to the branch list with a reason and an expiry', async () => {
  const { client, mutations } = capturingClient({ DoNotContactEntries: entries, AddDoNotContact: added });
  render(<TestProviders client={client}><DoNotContactPage /></TestProviders>);
  const add = await screen.findByTestId('dnc-add', {}, slow);
  expect(add).toBeDisabled();
  fireEvent.change(screen.getByTestId('dnc-subscriber'), { target: { value: ' S0000200 ' } });
  fireEvent.change(screen.getByTestId('dnc-reason'), { target: { value: '客户要求' } });
  fireEvent.change(screen.getByTestId('dnc-expires'), { target: { value: '2027-02-01' } });
  fireEvent.click(add);
  await waitFor(() => expect(mutations).toContainEqual({ name: 'AddDoNotContact', variables: { input: { subscriberId: 'S0000200', reason: '客户要求', expiresAt: '2027-02-01', branchCode: 'CD' } } }), slow);
  await waitFor(() => expect(screen.getByTestId('dnc-subscriber')).toHaveValue(''), slow);
});

it('imports a file and shows the row-numbered error report when any row is bad', async () => {
  const { client, mutations } = capturingClient({
    DoNotContactEntries: entries, BeginCampaignUpload: begun, CampaignUploadChunk: chunk, ImportDoNotContact: started, CampaignJob: failedJob, DoNotContactImportReport: report,
  });
  const { container } = render(<TestProviders client={client}><DoNotContactPage /></TestProviders>);
  const importer = await screen.findByTestId('dnc-import', {}, slow);
  const file = new File(['subscriber_id,reason,expires_at\nS0000300,客户要求,\nS9999999,x,\nS0000301,y,2027-13-01\n'], 'dnc.csv', { type: 'text/csv' });
  fireEvent.change(container.querySelector('input[type="file"]')!, { target: { files: [file] } });
  fireEvent.click(within(importer).getByTestId('dnc-import-start'));
  await waitFor(() => expect(mutations.map((m) => m.name)).toContain('ImportDoNotContact'), slow);
  const table = await screen.findByTestId('dnc-import-report', {}, slow);
  const rows = within(table).getAllByRole('row');
  expect(rows[1]).toHaveTextContent('3');
  expect(rows[1]).toHaveTextContent('不是本分公司的客户');
  expect(rows[2]).toHaveTextContent('2027-13-01');
  expect(rows[2]).toHaveTextContent('日期格式错误');
  expect(screen.getByTestId('dnc-import-job')).toHaveTextContent('文件有错误，未导入任何行');
  expect(mutations.find((m) => m.name === 'ImportDoNotContact')!.variables).toEqual({ uploadId: 'up1' });
});

it('lets a province planner switch between the province-wide list and a branch’s list', async () => {
  signInForTest({ id: 'p0', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
  const { client, mutations } = capturingClient({ DoNotContactEntries: entries, AddDoNotContact: added });
  render(<TestProviders client={client}><DoNotContactPage /></TestProviders>);
  expect(await screen.findByTestId('dnc-manager', {}, slow)).toHaveTextContent('加入全省免打扰名单');
  const picker = screen.getByTestId('dnc-list').querySelector('input')!;
  fireEvent.mouseDown(picker);
  // 21 branches: the options list is virtual, search narrows it.
  fireEvent.change(picker, { target: { value: '广安' } });
  fireEvent.click(await screen.findByTitle('广安免打扰名单', {}, slow));
  await waitFor(() => expect(screen.getByTestId('dnc-manager')).toHaveTextContent('加入广安免打扰名单'), slow);
  fireEvent.change(screen.getByTestId('dnc-subscriber'), { target: { value: 'S0000400' } });
  fireEvent.change(screen.getByTestId('dnc-reason'), { target: { value: '分公司要求' } });
  fireEvent.click(screen.getByTestId('dnc-add'));
  await waitFor(() => expect(mutations).toContainEqual({ name: 'AddDoNotContact', variables: { input: { subscriberId: 'S0000400', reason: '分公司要求', expiresAt: null, branchCode: 'GA' } } }), slow);
});
