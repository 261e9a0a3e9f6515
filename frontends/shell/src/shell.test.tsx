import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import type { AdminUsersQuery } from './gql/graphql';
import { navItemsFor } from './layout/navigation';
import { ShellApp } from './shell-app';
import './messages';

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  delete window.__RETENTION_ENV__;
});

const user = (role: Role, branch: { code: string; name: string; nameEn: string } | null = null) => ({
  id: '1', username: `u.${role.toLowerCase()}`, displayName: '测试用户', role, branch,
});

function renderShell(path: string, client = mockGraphQLClient({})) {
  return render(
    <TestProviders client={client}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true }}>
        <ShellApp />
      </MemoryRouter>
    </TestProviders>,
  );
}

describe('navigation by role', () => {
  it.each([
    [Role.PROVINCE_PLANNER, ['/province', '/training']],
    [Role.PROVINCE_ANALYST, ['/province', '/training']],
    [Role.BRANCH_PLANNER, ['/branch']],
    [Role.PHONE_MANAGER, ['/branch']],
    [Role.TRAINER, ['/training']],
    [Role.ADMIN, ['/admin']],
  ])('%s sees %j', (role, paths) => {
    expect(navItemsFor(role).map((i) => i.path)).toEqual(paths);
  });
});

describe('ShellApp', () => {
  it('shows the login page when nobody is signed in', () => {
    renderShell('/province');
    expect(screen.getByTestId('login-username')).toBeInTheDocument();
  });

  it('shows the admin page with users and branches to an admin', async () => {
    signInForTest(user(Role.ADMIN));
    const adminUsers: AdminUsersQuery = {
      users: [{ id: '7', username: 'cd.planner', displayName: '成都策划 张丽', role: 'BRANCH_PLANNER', active: true, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } }],
      branches: [{ code: 'CD', name: '成都', nameEn: 'Chengdu' }],
    };
    const client = mockGraphQLClient({ AdminUsers: adminUsers });
    renderShell('/admin', client);
    expect(await screen.findByText('成都策划 张丽', undefined, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.getByText('用户与机构管理')).toBeInTheDocument();
    expect(client.calls).toContain('AdminUsers');
  });

  // Regression (issue 11 item 7): an admin could deactivate their own account.
  it('does not let an admin deactivate their own account', async () => {
    signInForTest({ ...user(Role.ADMIN), id: '9' });
    const adminUsers: AdminUsersQuery = {
      users: [
        { id: '9', username: 'admin', displayName: '系统管理员', role: 'ADMIN', active: true, branch: null },
        { id: '7', username: 'cd.planner', displayName: '成都策划 张丽', role: 'BRANCH_PLANNER', active: true, branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } },
      ],
      branches: [{ code: 'CD', name: '成都', nameEn: 'Chengdu' }],
    };
    renderShell('/admin', mockGraphQLClient({ AdminUsers: adminUsers }));
    expect(await screen.findByTestId('user-active-9', undefined, { timeout: 20000 })).toBeDisabled();
    expect(screen.getByTestId('user-active-7')).toBeEnabled();
  });

  it('sends a branch planner away from the admin page to the branch app', async () => {
    signInForTest(user(Role.BRANCH_PLANNER, { code: 'GA', name: '广安', nameEn: "Guang'an" }));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderShell('/admin');
    // No /env.js in a test: the remote cannot load, and the error panel says so with a retry.
    expect(await screen.findByTestId('remote-error')).toHaveTextContent('分公司工作台');
    expect(screen.getByTestId('remote-retry')).toBeInTheDocument();
    expect(screen.queryByText('用户与机构管理')).not.toBeInTheDocument();
    expect(screen.getByText('广安')).toBeInTheDocument();
  });

  it('signs out from the header', async () => {
    signInForTest(user(Role.TRAINER));
    renderShell('/training');
    screen.getByTestId('logout').click();
    await waitFor(() => expect(screen.getByTestId('login-username')).toBeInTheDocument());
    expect(localStorage.getItem('retention.token')).toBeNull();
  });
});
