import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import BranchApp from './App';

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '3', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
});

it("shows the branch's own figures, campaigns and reports", async () => {
  const client = mockGraphQLClient({
    BranchOverview: {
      me: { id: '3', branch: { code: 'CD', name: '成都', nameEn: 'Chengdu', subscriberCount: 11933, campaignCount: 3 } },
      campaigns: [{ id: 'c3', name: '成都生日关怀', kind: 'CARE', level: 'BRANCH', status: 'PUBLISHED' }],
      evaluationReports: [{ id: 'r1', status: 'SUBMITTED', updatedAt: '2026-11-01T00:00:00Z', campaign: null }],
    },
  });
  render(<TestProviders client={client}><BranchApp /></TestProviders>);
  expect(await screen.findByText('成都生日关怀')).toBeInTheDocument();
  expect(screen.getByTestId('remote-branch')).toHaveTextContent('分公司工作台 · 成都');
  expect(screen.getByText('11,933')).toBeInTheDocument();
  expect(screen.getByText('关怀')).toBeInTheDocument();
  expect(screen.getByText('已提交')).toBeInTheDocument();
});
