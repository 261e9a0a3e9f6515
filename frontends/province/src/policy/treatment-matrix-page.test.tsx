import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { fromValue } from 'wonka';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { TreatmentMatrixHistoryQuery, TreatmentMatrixPageQuery, UpdateTreatmentMatrixMutation } from '../gql/graphql';
import { cellDiff, matrixProblems, TreatmentMatrixPage } from './treatment-matrix-page';
import '../messages';

jest.setTimeout(240000);
const slow = { timeout: 30000 };

type Row = TreatmentMatrixPageQuery['current'][number];
const base = (cls: string, promotions: string[], channels: Row['channels'] = ['PHONE_MANAGER'], version = 1): Row => ({
  version, retentionClass: cls, kinds: ['TENURE'], channels, offerKinds: ['DEPOSIT_GIFT'], products: ['合家欢'], promotions, newServices: ['飞信'], service: ['基础服务'],
  createdBy: version === 1 ? 'seed 000' : 'province', createdAt: version === 1 ? '2026-01-01T00:00:00Z' : '2026-11-02T02:00:00Z',
});
const v1 = [base('IMPORTANT', ['积分'], ['ACCOUNT_MANAGER']), base('ORDINARY', ['网龄计划', '积分']), base('IRREGULAR', ['品牌迁移']), base('CHURN_RISK', ['保底存费送费', '低端终端'])];
// Version 2: churn-risk customers get SMS too, and "低端终端" is replaced by a new item.
const v2 = v1.map((r) => ({ ...r, version: 2, createdBy: 'province', createdAt: '2026-11-02T02:00:00Z' }))
  .map((r) => (r.retentionClass === 'CHURN_RISK' ? { ...r, channels: ['PHONE_MANAGER', 'SMS'] as Row['channels'], promotions: ['保底存费送费', '关怀回访'] } : r));
const history: TreatmentMatrixHistoryQuery = { treatmentMatrixHistory: [{ version: 2, createdBy: 'province', createdAt: '2026-11-02T02:00:00Z' }, { version: 1, createdBy: 'seed 000', createdAt: '2026-01-01T00:00:00Z' }] };
const versions: Record<number, Row[]> = { 0: [], 1: v1, 2: v2 };

type Op = { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> };
function client(mutation: (variables: Record<string, unknown>) => { data?: UpdateTreatmentMatrixMutation; error?: CombinedError }) {
  const c = mockGraphQLClient({ TreatmentMatrixHistory: history });
  const sent: Record<string, unknown>[] = [];
  const executeQuery = c.executeQuery.bind(c);
  c.executeQuery = ((op: Op, ...rest: unknown[]) => {
    if (op.query.definitions[0]?.name?.value === 'TreatmentMatrixPage') {
      const { version, previous } = op.variables as { version: number; previous: number };
      return fromValue({ operation: op, data: { current: versions[version], previous: versions[previous] ?? [] }, stale: false, hasNext: false });
    }
    return (executeQuery as (...args: unknown[]) => unknown)(op, ...rest);
  }) as unknown as typeof c.executeQuery;
  c.executeMutation = ((op: Op) => { sent.push(op.variables); return fromValue({ operation: op, ...mutation(op.variables), stale: false, hasNext: false }); }) as unknown as typeof c.executeMutation;
  return { client: c, sent };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
});

it('diffs cells and checks items like the server does', () => {
  expect(cellDiff(['a', 'c'], ['a', 'b'])).toEqual({ added: ['c'], removed: ['b'] });
  expect(cellDiff(['a'], undefined)).toEqual({ added: [], removed: [] });
  const rows = v2.map((r) => ({ ...r, products: r.retentionClass === 'ORDINARY' ? ['  ', 'x'] : r.products }));
  expect(matrixProblems(rows)).toEqual([{ retentionClass: 'ORDINARY', column: 'products' }]);
});

it('shows the current version with labels, who saved it, and what changed from the version before', async () => {
  render(<TestProviders client={client(() => ({})).client}><TreatmentMatrixPage /></TestProviders>);
  expect(await screen.findByTestId('matrix-version', {}, slow)).toHaveTextContent('第2版');
  expect(screen.getByTestId('matrix-saved-by')).toHaveTextContent('province');
  const table = screen.getByTestId('matrix-table');
  expect(table).toHaveTextContent('有流失倾向');
  const channels = screen.getByTestId('matrix-cell-CHURN_RISK-channels');
  expect(channels).toHaveTextContent('短信');
  const promotions = screen.getByTestId('matrix-cell-CHURN_RISK-promotions');
  expect(within(promotions).getByTestId('matrix-removed')).toHaveTextContent('低端终端');
  expect(promotions).toHaveTextContent('关怀回访');
  // English labels of the same cells.
  act(() => setLanguage('en'));
  await waitFor(() => expect(screen.getByTestId('matrix-table')).toHaveTextContent('Churn risk'), slow);
  expect(screen.getByTestId('matrix-cell-CHURN_RISK-channels')).toHaveTextContent('SMS');
  expect(screen.getByTestId('matrix-cell-CHURN_RISK-promotions')).toHaveTextContent('Floor deposit gift');
  expect(screen.getByTestId('matrix-cell-ORDINARY-kinds')).toHaveTextContent('Tenure');
});

it('opens an older version read-only from the history', async () => {
  render(<TestProviders client={client(() => ({})).client}><TreatmentMatrixPage /></TestProviders>);
  fireEvent.click(await screen.findByTestId('matrix-view-1', {}, slow));
  await waitFor(() => expect(screen.getByTestId('matrix-version')).toHaveTextContent('第1版'), slow);
  expect(screen.getByTestId('matrix-old')).toBeInTheDocument();
  expect(screen.queryByTestId('matrix-edit')).toBeNull();
  expect(screen.getByTestId('matrix-cell-CHURN_RISK-promotions')).toHaveTextContent('低端终端');
  expect(screen.getByTestId('matrix-saved-by')).toHaveTextContent('seed 000');
  fireEvent.click(screen.getByTestId('matrix-latest'));
  await waitFor(() => expect(screen.getByTestId('matrix-version')).toHaveTextContent('第2版'), slow);
});

it('saves all four classes from the version it was edited at, and shows a VERSION_CONFLICT without losing anything', async () => {
  const conflict = new CombinedError({ graphQLErrors: [{ message: 'version: the matrix is at version 3, not 2', extensions: { code: 'VERSION_CONFLICT', field: 'version', current: 3, messages: { 'zh-CN': 'version：已被他人修改', en: 'stale' } } }] });
  const { client: c, sent } = client(() => ({ error: conflict }));
  render(<TestProviders client={c}><TreatmentMatrixPage /></TestProviders>);
  fireEvent.click(await screen.findByTestId('matrix-edit', {}, slow));
  expect(await screen.findByTestId('matrix-edit-CHURN_RISK-promotions', {}, slow)).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('matrix-save'));
  await waitFor(() => expect(sent).toHaveLength(1), slow);
  expect(sent[0].version).toBe(2);
  const rows = sent[0].rows as { retentionClass: string; promotions: string[]; channels: string[] }[];
  expect(rows.map((r) => r.retentionClass)).toEqual(['IMPORTANT', 'ORDINARY', 'IRREGULAR', 'CHURN_RISK']);
  expect(rows[3]).toMatchObject({ promotions: ['保底存费送费', '关怀回访'], channels: ['PHONE_MANAGER', 'SMS'] });
  expect(rows[3]).not.toHaveProperty('createdBy');
  expect(await screen.findByTestId('matrix-error', {}, slow)).toHaveTextContent('当前第3版');
  // Still editing: the planner's changes are on screen, and the latest version can be loaded.
  expect(screen.getByTestId('matrix-edit-CHURN_RISK-promotions')).toBeInTheDocument();
  expect(screen.getByTestId('matrix-reload')).toBeInTheDocument();
});

it('is read-only for roles that do not approve', async () => {
  signInForTest({ id: '2', username: 'analyst', displayName: '李娜', role: Role.PROVINCE_ANALYST, branch: null });
  render(<TestProviders client={client(() => ({})).client}><TreatmentMatrixPage /></TestProviders>);
  expect(await screen.findByTestId('matrix-version', {}, slow)).toHaveTextContent('第2版');
  expect(screen.queryByTestId('matrix-edit')).toBeNull();
  expect(screen.getByTestId('treatment-matrix-page')).toHaveTextContent('仅省公司审批人可编辑矩阵');
});
