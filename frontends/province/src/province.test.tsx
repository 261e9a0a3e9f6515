import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { LanguageSwitch, setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import ProvinceApp from './App';
import type { EvaluationReportsQuery, PolicyOverviewQuery } from './gql/graphql';
import type { CampaignListQuery } from '@retention/campaign-views/src/gql/graphql';
import type { SegmentMonthsForDashboardQuery } from '@retention/segment-views/src/gql/graphql';

const data: { PolicyOverview: PolicyOverviewQuery; CampaignList: CampaignListQuery; EvaluationReports: EvaluationReportsQuery; SegmentMonthsForDashboard: SegmentMonthsForDashboardQuery } = {
  SegmentMonthsForDashboard: { segmentMonths: { latest: null, refreshed: [] } },
  CampaignList: {
    campaigns: [{ id: 'c1', name: '网龄计划：老客户回馈', kind: 'TENURE', level: 'PROVINCE', status: 'PUBLISHED', version: 3, ownerBranchCode: null, executingBranchCodes: ['CD', 'GA'], startDate: '2026-11-01', endDate: '2026-12-31', controlShare: 0.1, priorityWeight: 1, updatedAt: '2026-10-01T00:00:00Z', submittedAt: null, publishedAt: '2026-10-02T00:00:00Z', createdBy: 'province' }],
  },
  PolicyOverview: {
    branches: [
      { code: 'CD', name: '成都', nameEn: 'Chengdu', subscriberCount: 11933, campaignCount: 4 },
      { code: 'GA', name: '广安', nameEn: "Guang'an", subscriberCount: 1800, campaignCount: 3 },
    ],
    campaigns: [{ id: 'c1', name: '网龄计划：老客户回馈', kind: 'TENURE', level: 'PROVINCE', status: 'PUBLISHED', createdAt: '2026-10-01T00:00:00Z', ownerBranch: null }],
  },
  EvaluationReports: {
    evaluationReports: [{ id: 'r1', status: 'SUBMITTED', version: 2, month: '2026-10', tags: [], updatedAt: '2026-11-01T00:00:00Z', sharedPractice: false, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' }, campaign: { id: 'c1', name: '存费送费：中高端稳定', kind: 'DEPOSIT_GIFT' } }],
  },
};

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

function renderAt(path: string) {
  return render(
    <TestProviders client={mockGraphQLClient(data)}>
      <LanguageSwitch />
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true }}>
        <ProvinceApp />
      </MemoryRouter>
    </TestProviders>,
  );
}

// B6 (issue 11 item 8): the home page is the customer dashboard, drawn without antd's Table; the policy desk is one click on.
it('opens on the customer dashboard, and the menu leads to the policy desk', async () => {
  renderAt('/');
  expect(await screen.findByText('尚未导入经分数据：请先导入并刷新细分', undefined, { timeout: 20000 })).toBeInTheDocument();
  expect(document.querySelector('.ant-menu-item-selected')).toHaveTextContent('客户洞察');
  await userEvent.click(screen.getByRole('menuitem', { name: '政策与活动' }));
  expect(await screen.findByText('11,933', undefined, { timeout: 20000 })).toBeInTheDocument();
  expect(document.querySelector('.ant-menu-item-selected')).toHaveTextContent('政策与活动');
});

it('shows branches with customer and campaign counts, and campaigns with their status', async () => {
  renderAt('/policy');
  expect(await screen.findByText('11,933')).toBeInTheDocument();
  expect(screen.getByText('成都')).toBeInTheDocument();
  expect(screen.getByText('网龄计划：老客户回馈')).toBeInTheDocument();
  expect(screen.getByText('已发布')).toBeInTheDocument();
  expect(screen.getByTestId('remote-province')).toHaveTextContent('省公司工作台');
});

it('switches to English, branch names included', async () => {
  renderAt('/policy');
  await screen.findByText('成都');
  await userEvent.click(screen.getByText('English'));
  await waitFor(() => expect(screen.getByText('Province workspace')).toBeInTheDocument());
  expect(screen.getByText('Chengdu')).toBeInTheDocument();
  expect(screen.getByText('Published')).toBeInTheDocument();
});

it('lists the branches’ evaluation reports', async () => {
  renderAt('/evaluation');
  expect(await screen.findByText('存费送费：中高端稳定', undefined, { timeout: 20000 })).toBeInTheDocument();
  expect(screen.getByText('已提交')).toBeInTheDocument();
});
