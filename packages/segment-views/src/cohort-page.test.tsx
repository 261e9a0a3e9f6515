import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { CohortPage } from './cohort-page';
import type { CohortRetentionQuery, CohortsQuery } from './gql/graphql';
import './messages';

jest.mock('./chart', () => ({
  Chart: ({ option, testId }: { option: { series: { name: string; data: unknown[] }[] }; testId?: string }) => (
    <pre data-testid={testId}>{JSON.stringify(option.series.map((s) => [s.name, s.data]))}</pre>
  ),
}));

const point = (month: string, branchCode: string | null, split: string, withMeasure: boolean, retention: number): CohortRetentionQuery['cohortRetention'][number] => ({
  month, branchCode, split, withMeasure, members: 100, retention, churnRate: 1 - retention, valueRetention: retention - 0.1,
});

it('draws retention curves with and without V-net and lists branches for the last month', async () => {
  setLanguage('zh-CN');
  signInForTest({ id: '2', username: 'analyst', displayName: '李强', role: Role.PROVINCE_ANALYST, branch: null });
  const cohorts: CohortsQuery = {
    cohorts: [{ id: 'k1', name: '4月中高端拍照', segmentKey: 'MID_HIGH_END', baseMonth: '2026-04', members: 5000, createdAt: '2026-11-01' }],
    segmentMonths: { refreshed: ['2026-04'] },
  };
  const retention: CohortRetentionQuery = {
    cohortRetention: [
      point('2026-05', null, 'ALL', true, 0.98), point('2026-05', null, 'VNET', true, 0.995), point('2026-05', null, 'VNET', false, 0.975),
      point('2026-10', null, 'ALL', true, 0.92), point('2026-10', null, 'VNET', true, 0.98), point('2026-10', null, 'VNET', false, 0.9),
      point('2026-10', 'CD', 'ALL', true, 0.93),
    ],
  };
  const client = mockGraphQLClient({ Cohorts: cohorts, CohortRetention: retention });
  render(<TestProviders client={client}><CohortPage /></TestProviders>);
  const chart = await screen.findByTestId('cohort-chart');
  expect(chart).toHaveTextContent('["全部",[98,92]]');
  expect(chart).toHaveTextContent('["有V网",[99.5,98]]');
  expect(chart).toHaveTextContent('["无V网",[97.5,90]]');
  expect(screen.getByText('93.0%')).toBeInTheDocument();
  expect(screen.getByText('新建拍照')).toBeInTheDocument();
});

it('names branches instead of codes and, for a branch user, speaks of their own branch', async () => {
  setLanguage('zh-CN');
  signInForTest({ id: '3', username: 'cd.planner', displayName: '张丽', role: Role.BRANCH_PLANNER, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } });
  const cohorts: CohortsQuery = {
    cohorts: [{ id: 'k1', name: '4月中高端拍照', segmentKey: 'MID_HIGH_END', baseMonth: '2026-04', members: 1669, createdAt: '2026-11-01' }],
    segmentMonths: { refreshed: ['2026-04'] },
  };
  const retention: CohortRetentionQuery = { cohortRetention: [point('2026-10', null, 'ALL', true, 0.93), point('2026-10', 'CD', 'ALL', true, 0.93)] };
  render(<TestProviders client={mockGraphQLClient({ Cohorts: cohorts, CohortRetention: retention })}><CohortPage /></TestProviders>);
  expect(await screen.findByText('2026-10 本分公司保有情况')).toBeInTheDocument();
  expect(screen.getByText('4月中高端拍照 · 2026-04 · 本分公司 1,669 人')).toBeInTheDocument();
  const cell = document.querySelector('.ant-table-tbody tr.ant-table-row td');
  expect(cell).toHaveTextContent('成都');
  expect(screen.queryByText('新建拍照')).not.toBeInTheDocument();
});
