import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { KpiCohortChoiceQuery, KpiCohortOptionsQuery } from '../gql/graphql';
import { KpiCohortChoice } from './cohort-choice';
import './kpi-messages';

jest.setTimeout(240000);

const choice: KpiCohortChoiceQuery = {
  kpiCohort: { year: 2026, effectiveMonth: '2026-01', segmentKey: 'MID_HIGH_END', baseMonth: '2025-12', cohortId: null, cohortName: null, isDefault: true, versionId: null, setAt: null, setBy: null },
  kpiCohortVersions: [{ effectiveMonth: '2026-01', segmentKey: 'MID_HIGH_END', baseMonth: '2025-12', cohortName: null, isDefault: true, versionId: null, setAt: null, setBy: null }],
};
const options: KpiCohortOptionsQuery = {
  cohorts: [
    { id: 'k1', name: '2026年6月中高端拍照', segmentKey: 'MID_HIGH_END', definitionId: null, baseMonth: '2026-06', members: 2860 },
    { id: 'k2', name: '高值商务拍照', segmentKey: null, definitionId: 'd1', baseMonth: '2026-03', members: 400 },
    { id: 'k3', name: '2026年9月中高端', segmentKey: 'MID_HIGH_END', definitionId: null, baseMonth: '2026-09', members: 2900 },
  ],
  segmentMonths: { refreshed: ['2025-12', '2026-01', '2026-06', '2026-09'] },
};

function client() {
  const mock = mockGraphQLClient({ KpiCohortChoice: choice, KpiCohortOptions: options, SetKpiCohort: { setKpiCohort: { versionId: 'v9', effectiveMonth: '2026-07', segmentKey: 'MID_HIGH_END', baseMonth: '2026-06' } } });
  const sent: Record<string, unknown>[] = [];
  const original = mock.executeMutation.bind(mock) as (...args: unknown[]) => unknown;
  (mock as unknown as Record<string, unknown>).executeMutation = (op: { variables: Record<string, unknown> }, ...rest: unknown[]) => {
    sent.push(op.variables);
    return original(op, ...rest);
  };
  return Object.assign(mock, { sent });
}

const open = (labelled: HTMLElement[]) => fireEvent.mouseDown(labelled.find((el) => el.tagName === 'INPUT') ?? labelled[0]);

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
});

it('shows the default cohort and lets province planners pick one of segments’ photo cohorts from an effective month', async () => {
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
  const c = client();
  render(<TestProviders client={c}><KpiCohortChoice year={2026} /></TestProviders>);
  const card = await screen.findByTestId('kpi-cohort-choice');
  expect(within(card).getByTestId('kpi-cohort-current')).toHaveTextContent('中高端 · 2025-12');
  expect(within(card).getAllByText('默认：上年12月中高端客户').length).toBeGreaterThan(0);
  open(within(card).getAllByLabelText('拍照客户群生效月份'));
  fireEvent.click(await screen.findByTitle('2026-07'));
  open(within(card).getAllByLabelText('选择拍照客户群（客户细分 › 拍照客户）'));
  // Saved rule-built segments and cohorts frozen after the effective month are not offered.
  expect(await screen.findByTitle('2026年6月中高端拍照 · 中高端 · 2026-06 · 2,860')).toBeInTheDocument();
  expect(screen.queryByText(/高值商务拍照/)).not.toBeInTheDocument();
  expect(screen.queryByText(/2026年9月中高端/)).not.toBeInTheDocument();
  fireEvent.click(screen.getByTitle('2026年6月中高端拍照 · 中高端 · 2026-06 · 2,860'));
  fireEvent.click(within(card).getByTestId('kpi-cohort-save'));
  await waitFor(() => expect(c.sent).toHaveLength(1));
  expect(c.sent[0]).toMatchObject({ year: 2026, effectiveMonth: '2026-07', input: { segmentKey: 'MID_HIGH_END', baseMonth: '2026-06', cohortId: 'k1', cohortName: '2026年6月中高端拍照' }, idempotencyKey: expect.any(String) });
});

it('is read-only for other roles', async () => {
  signInForTest({ id: '3', username: 'analyst', displayName: '经分', role: Role.PROVINCE_ANALYST, branch: null });
  render(<TestProviders client={client()}><KpiCohortChoice year={2026} /></TestProviders>);
  const card = await screen.findByTestId('kpi-cohort-choice');
  expect(within(card).getByTestId('kpi-cohort-current')).toBeInTheDocument();
  expect(within(card).queryByTestId('kpi-cohort-save')).not.toBeInTheDocument();
});
