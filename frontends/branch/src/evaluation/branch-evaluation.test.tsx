import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { BranchSharedPracticesQuery, CreateBranchReportMutation, SubmitBranchReportMutation } from '../gql/graphql';
import { SharedPracticesList } from './branch-evaluation-page';
import { ReportForm } from './report-form';

// Big pages render slowly on a loaded 2-core CI machine; each test still has its own assertions.
jest.setTimeout(240000);

const data: { CreateBranchReport: CreateBranchReportMutation; SubmitBranchReport: SubmitBranchReportMutation; BranchSharedPractices: BranchSharedPracticesQuery } = {
  CreateBranchReport: { createEvaluationReport: { id: 'r1', status: 'DRAFT', version: 1, month: '2031-06', updatedAt: '2031-07-01T00:00:00Z' } },
  SubmitBranchReport: { submitEvaluationReport: { id: 'r1', status: 'SUBMITTED', version: 2, submittedAt: '2031-07-01T00:00:00Z', updatedAt: '2031-07-01T00:00:00Z' } },
  BranchSharedPractices: {
    sharedPractices: [
      { id: 'r9', month: '2031-06', campaignName: '存费送费：中高端稳定', campaignKind: 'DEPOSIT_GIFT', branchCode: 'CD', tags: ['外呼'], retentionClasses: ['ORDINARY'], whatWorked: '电话经理按话术外呼', problems: '', suggestions: '提前清洗号码' },
    ],
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '2', username: 'cd.planner', displayName: '李强', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

function renderWith(node: React.ReactNode) {
  const client = mockGraphQLClient(data);
  render(
    <TestProviders client={client}>
      <MemoryRouter>{node}</MemoryRouter>
    </TestProviders>,
  );
  return client;
}

it('writes a new report and submits it: a draft is created first, then submitted', async () => {
  const onChanged = jest.fn();
  const client = renderWith(<ReportForm campaignId="c1" branchCode="CD" month="2031-06" report={null} onChanged={onChanged} />);
  await userEvent.type(screen.getByLabelText('做法与经验'), '话术有效');
  await userEvent.click(screen.getByRole('button', { name: '提交省公司' }));
  await waitFor(() => expect(client.calls).toEqual(['CreateBranchReport', 'SubmitBranchReport']));
  expect(onChanged).toHaveBeenCalled();
});

it('shows a returned report with the province’s comment, and locks an accepted one', async () => {
  const report = { id: 'r1', status: 'RETURNED', version: 4, month: '2031-06', whatWorked: 'x', problems: '', customerFeedback: '', suggestions: '', nextActions: '', tags: [], retentionClasses: [], reviewerComment: '请补充客户反馈' };
  const { unmount } = render(
    <TestProviders client={mockGraphQLClient(data)}>
      <ReportForm campaignId="c1" branchCode="CD" month="2031-06" report={report} onChanged={() => undefined} />
    </TestProviders>,
  );
  expect(screen.getByText('省公司审核意见：请补充客户反馈')).toBeInTheDocument();
  expect(screen.getByText('已退回')).toBeInTheDocument();
  unmount();
  render(
    <TestProviders client={mockGraphQLClient(data)}>
      <ReportForm campaignId="c1" branchCode="CD" month="2031-06" report={{ ...report, status: 'ACCEPTED' }} onChanged={() => undefined} />
    </TestProviders>,
  );
  expect(screen.getByText('报告已通过，不能再修改')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: '提交省公司' })).toBeNull();
});

it('lists shared practice from other branches with tags and classes', async () => {
  renderWith(<SharedPracticesList />);
  const list = await screen.findByTestId('shared-practices');
  expect(within(list).getByText('存费送费：中高端稳定')).toBeInTheDocument();
  expect(within(list).getByText('外呼')).toBeInTheDocument();
  expect(within(list).getByText('普通中高端')).toBeInTheDocument();
});
