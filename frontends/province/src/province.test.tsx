import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { LanguageSwitch, setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import ProvinceApp from './App';
import type { EvaluationReportsQuery, PolicyOverviewQuery, ProvinceHomeQuery } from './gql/graphql';
import type { CampaignListQuery } from '@retention/campaign-views/src/gql/graphql';
import type { SegmentMonthsForDashboardQuery } from '@retention/segment-views/src/gql/graphql';

const data: { PolicyOverview: PolicyOverviewQuery; CampaignList: CampaignListQuery; EvaluationReports: EvaluationReportsQuery; SegmentMonthsForDashboard: SegmentMonthsForDashboardQuery; ProvinceHome: ProvinceHomeQuery } = {
  SegmentMonthsForDashboard: { segmentMonths: { latest: null, refreshed: [] } },
  ProvinceHome: {
    branches: [
      { code: 'GA', name: '广安', nameEn: "Guang'an", subscriberCount: 1800, campaignCount: 3 },
      { code: 'CD', name: '成都', nameEn: 'Chengdu', subscriberCount: 11933, campaignCount: 4 },
    ],
    campaigns: [
      { id: 'c1', name: '网龄计划：老客户回馈', status: 'PUBLISHED', startDate: '2026-11-01', endDate: '2026-12-31' },
      { id: 'c2', name: '广安存费送费（本地）', status: 'PENDING_APPROVAL', startDate: '2027-01-01', endDate: '2027-01-31' },
      { id: 'c3', name: 'G3终端补贴（草稿）', status: 'DRAFT', startDate: null, endDate: null },
    ],
    evaluationReports: [{ id: 'r1' }, { id: 'r2' }],
    segmentMonths: { latest: '2026-10-01', refreshed: ['2026-10-01'] },
  },
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

// B6 (issue 11 item 8): the home page is an overview drawn without antd's Table or charts; every other page is one click on.
it('opens on the overview: what waits for approval and review, what runs, the month, the branches in province order', async () => {
  renderAt('/');
  const home = await screen.findByTestId('province-home', undefined, { timeout: 20000 });
  expect(document.querySelector('.ant-menu-item-selected')).toHaveTextContent('概览');
  expect(screen.getByTestId('home-pending')).toHaveTextContent('1');
  expect(screen.getByTestId('home-running')).toHaveTextContent('1');
  expect(screen.getByTestId('home-submitted')).toHaveTextContent('2');
  expect(screen.getByTestId('home-month')).toHaveTextContent('2026-10');
  expect(screen.getByTestId('home-todo')).toHaveTextContent('广安存费送费（本地）');
  expect(screen.getByTestId('home-todo')).toHaveTextContent('2 份分公司评估报告已提交');
  expect(screen.getByTestId('home-todo')).not.toHaveTextContent('G3终端补贴');
  await userEvent.click(screen.getByText('English'));
  expect(await screen.findByText('2 branch evaluation reports submitted, waiting for the province’s review')).toBeInTheDocument();
  await userEvent.click(screen.getByText('简体中文'));
  const rows = [...screen.getByTestId('home-branches').querySelectorAll('tbody tr')].map((r) => r.textContent);
  expect(rows).toEqual(['成都11,9334', '广安1,8003']);
  expect(home).toBeInTheDocument();
  await userEvent.click(screen.getByRole('menuitem', { name: '政策与活动' }));
  expect(await screen.findByText('11,933', { selector: '.ant-table-cell' }, { timeout: 20000 })).toBeInTheDocument();
  expect(document.querySelector('.ant-menu-item-selected')).toHaveTextContent('政策与活动');
});

it('says what to do on the overview before any billing month is loaded', async () => {
  const empty = { ...data, ProvinceHome: { ...data.ProvinceHome, campaigns: [], evaluationReports: [], segmentMonths: { latest: null, refreshed: [] } } };
  render(
    <TestProviders client={mockGraphQLClient(empty)}>
      <MemoryRouter initialEntries={['/']} future={{ v7_startTransition: true }}>
        <ProvinceApp />
      </MemoryRouter>
    </TestProviders>,
  );
  expect(await screen.findByText('尚未导入经分数据：请先在「数据导入」中导入客户资料和月度账单并刷新细分', undefined, { timeout: 20000 })).toBeInTheDocument();
  expect(screen.getByTestId('home-month')).toHaveTextContent('—');
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
