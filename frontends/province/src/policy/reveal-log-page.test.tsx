import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { fromValue } from 'wonka';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { MsisdnRevealLogQuery, MsisdnRevealUsersQuery } from '../gql/graphql';
import { RevealLogPage } from './reveal-log-page';
import '../messages';

const exported: { columns: { title: string; value: (r: unknown) => unknown }[]; rows: unknown[] }[] = [];
jest.mock('@retention/segment-views', () => ({
  exportFileName: (...parts: (string | null | undefined)[]) => `${parts.filter(Boolean).join('-')}.xlsx`,
  exportToExcel: async (_file: string, _sheet: string, columns: { title: string; value: (r: unknown) => unknown }[], rows: unknown[]) => { exported.push({ columns, rows }); },
}));
jest.setTimeout(240000);
const slow = { timeout: 30000 };

const entry = (n: number, branchCode: string) => ({
  id: String(100 - n), revealedAt: `2026-12-0${n}T02:00:00Z`, userId: `u-${branchCode}`, user: branchCode === 'CD' ? '成都电话经理 刘洋' : '广安电话经理 王芳', branchCode,
  subscriberId: `S000000${n}`, campaignId: 'c1', campaignName: '网龄计划：老客户回馈', taskId: `t${n}-0000-0000`,
});
const page1: MsisdnRevealLogQuery = { msisdnRevealLog: { totalCount: 3, pageInfo: { endCursor: '98', hasNextPage: true }, nodes: [entry(1, 'CD'), entry(2, 'GA')] } };
const page2: MsisdnRevealLogQuery = { msisdnRevealLog: { totalCount: 3, pageInfo: { endCursor: '97', hasNextPage: false }, nodes: [entry(3, 'CD')] } };
const users: MsisdnRevealUsersQuery = { msisdnRevealUsers: [{ userId: 'u-CD', user: '成都电话经理 刘洋', branchCode: 'CD' }] };

type Op = { query: { definitions: readonly { name?: { value: string } }[] }; variables: Record<string, unknown> };
function logClient() {
  const c = mockGraphQLClient({ MsisdnRevealUsers: users });
  const asked: Record<string, unknown>[] = [];
  const answer = (variables: Record<string, unknown>) => (variables.after ? page2 : page1);
  const executeQuery = c.executeQuery.bind(c);
  c.executeQuery = ((op: Op, ...rest: unknown[]) => {
    if (op.query.definitions[0]?.name?.value === 'MsisdnRevealLog') {
      asked.push(op.variables);
      return fromValue({ operation: op, data: answer(op.variables), stale: false, hasNext: false });
    }
    return (executeQuery as (...args: unknown[]) => unknown)(op, ...rest);
  }) as unknown as typeof c.executeQuery;
  c.query = ((_q: unknown, variables: Record<string, unknown>) => ({ toPromise: async () => ({ data: answer(variables) }) })) as unknown as typeof c.query;
  return { client: c, asked };
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  exported.length = 0;
  signInForTest({ id: '9', username: 'admin', displayName: '系统管理员', role: Role.ADMIN, branch: null });
});

it('lists reveals newest first, filters by branch and days, pages by cursor and exports every matching row', async () => {
  const { client, asked } = logClient();
  render(<TestProviders client={client}><RevealLogPage /></TestProviders>);
  const table = await screen.findByTestId('reveal-table', {}, slow);
  await waitFor(() => expect(table).toHaveTextContent('成都电话经理 刘洋'), slow);
  expect(table).toHaveTextContent('广安');
  expect(table).toHaveTextContent('网龄计划：老客户回馈');
  expect(screen.getByTestId('reveal-total')).toHaveTextContent('共 3 条');

  fireEvent.click(screen.getByTestId('reveal-next'));
  await waitFor(() => expect(asked.some((v) => v.after === '98')).toBe(true), slow);

  fireEvent.change(screen.getByTestId('reveal-from'), { target: { value: '2026-12-01' } });
  fireEvent.change(screen.getByTestId('reveal-to'), { target: { value: '2026-12-31' } });
  fireEvent.change(screen.getByTestId('reveal-subscriber'), { target: { value: ' ' } });
  fireEvent.click(screen.getByTestId('reveal-search'));
  await waitFor(() => expect(asked).toContainEqual({ filter: { from: '2026-12-01', to: '2026-12-31' }, first: 50, after: null }), slow);

  fireEvent.click(screen.getByTestId('reveal-export'));
  await waitFor(() => expect(exported).toHaveLength(1), slow);
  expect(exported[0].rows).toHaveLength(3);
  expect(exported[0].columns.map((c) => c.title)).toEqual(['查看时间', '查看人', '分公司', '客户编号', '活动', '任务']);
  expect(exported[0].columns[2].value(exported[0].rows[1])).toBe('广安');
});
