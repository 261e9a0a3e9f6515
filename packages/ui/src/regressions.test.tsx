import { act, render, screen, waitFor } from '@testing-library/react';
import type { Client } from 'urql';
import { fromValue } from 'wonka';
import type { CombinedError } from '@urql/core';
import { AppProviders } from './app-providers';
import { setLanguage } from './i18n';
import { LoginPage } from './login-page';
import { QueryState } from './query-state';
import { serverErrorMessage } from './server-error';
import { branchNameOf, sortByBranch } from './labels';

const client = { executeQuery: () => fromValue({ data: {} }), executeMutation: () => fromValue({ data: {} }), executeSubscription: jest.fn() } as unknown as Client;

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
});

const gqlError = (extensions: Record<string, unknown>, message = 'Access denied! You don\'t have permission for this action!') =>
  ({ graphQLErrors: [{ message, extensions }], networkError: undefined, message }) as unknown as CombinedError;

describe('server errors in the user’s language', () => {
  it('takes extensions.messages in the current language, never the English text in the Chinese UI', () => {
    const error = gqlError({ code: 'FORBIDDEN', messages: { 'zh-CN': '您的角色无权查看或执行此操作', en: 'Your role may not see or do this' } });
    expect(serverErrorMessage(error, 'zh-CN')).toBe('您的角色无权查看或执行此操作');
    expect(serverErrorMessage(error, 'en')).toBe('Your role may not see or do this');
    // Without messages: our own text for the code, or a general one — not the server's English.
    expect(serverErrorMessage(gqlError({ code: 'FORBIDDEN' }), 'zh-CN')).toBe('您的角色无权查看或执行此操作');
    expect(serverErrorMessage(gqlError({}), 'zh-CN')).toBe('请求未能完成，请稍后重试');
    expect(serverErrorMessage({ graphQLErrors: [], networkError: new Error('x'), message: 'x' } as unknown as CombinedError, 'zh-CN')).toContain('无法连接服务器');
  });

  it('QueryState shows the translated message and switches with the language', async () => {
    const error = gqlError({ code: 'FORBIDDEN', messages: { 'zh-CN': '您的角色无权查看或执行此操作', en: 'Your role may not see or do this' } });
    render(<AppProviders client={client}><QueryState fetching={false} error={error}>{null}</QueryState></AppProviders>);
    expect(screen.getByTestId('query-error')).toHaveTextContent('出错了：您的角色无权查看或执行此操作');
    expect(screen.getByTestId('query-error')).not.toHaveTextContent('Access denied');
    act(() => setLanguage('en'));
    await waitFor(() => expect(screen.getByTestId('query-error')).toHaveTextContent('Your role may not see or do this'));
  });
});

describe('partial answers', () => {
  const unavailable = gqlError(
    { code: 'SUBGRAPH_UNAVAILABLE', service: 'evaluation', messages: { 'zh-CN': '后评估服务暂时不可用，此部分数据未能显示，请稍后重试', en: 'The evaluation service is unavailable for the moment' } },
    'the evaluation service did not answer in time',
  );

  it('shows what came back under a warning when only a subgraph did not answer', () => {
    render(<AppProviders client={client}><QueryState fetching={false} error={unavailable} empty={false}><div data-testid="rows">成都</div></QueryState></AppProviders>);
    expect(screen.getByTestId('rows')).toHaveTextContent('成都');
    expect(screen.getByTestId('query-partial')).toHaveTextContent('后评估服务暂时不可用');
    expect(screen.queryByTestId('query-error')).not.toBeInTheDocument();
  });

  it('shows the error in place of the panel when nothing came back, or when the error is of another kind', () => {
    const { unmount } = render(<AppProviders client={client}><QueryState fetching={false} error={unavailable} empty><div data-testid="rows" /></QueryState></AppProviders>);
    expect(screen.getByTestId('query-error')).toHaveTextContent('后评估服务暂时不可用');
    expect(screen.queryByTestId('rows')).not.toBeInTheDocument();
    unmount();
    render(<AppProviders client={client}><QueryState fetching={false} error={gqlError({ code: 'FORBIDDEN' })} empty={false}><div data-testid="rows" /></QueryState></AppProviders>);
    expect(screen.getByTestId('query-error')).toBeInTheDocument();
    expect(screen.queryByTestId('rows')).not.toBeInTheDocument();
  });
});

describe('login page', () => {
  it('keeps the language switch out of the title, which wraps instead of being cut off', () => {
    render(<AppProviders client={client}><LoginPage /></AppProviders>);
    const title = screen.getByTestId('login-title');
    expect(title).toHaveTextContent('客户保有与营销闭环平台');
    expect(title).toHaveStyle({ whiteSpace: 'normal' });
    expect(title.closest('.ant-card')?.querySelector('[data-testid="language-switch"]')).toBeNull();
    expect(screen.getByTestId('login-language')).toContainElement(screen.getByTestId('language-switch'));
  });

  it('says the session expired when the kept token ran out while the page was closed', () => {
    localStorage.setItem('retention.token', ['x', btoa(JSON.stringify({ exp: Math.floor(Date.now() / 1000) - 60 })), 's'].join('.'));
    localStorage.setItem('retention.user', JSON.stringify({ id: '1', username: 'province', displayName: 'P', role: 'PROVINCE_PLANNER', branch: null }));
    render(<AppProviders client={client}><LoginPage /></AppProviders>);
    expect(screen.getByText('登录已过期，请重新登录')).toBeInTheDocument();
  });
});

describe('branch names', () => {
  it('names branches in both languages and sorts them in the province order, not by code', () => {
    expect(branchNameOf('LSZ', 'zh-CN')).toBe('凉山');
    expect(branchNameOf('GA', 'en')).toBe("Guang'an");
    expect(sortByBranch([{ c: 'ZG' }, { c: 'AB' }, { c: 'CD' }], (r) => r.c).map((r) => r.c)).toEqual(['CD', 'ZG', 'AB']);
  });
});
