import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useClient, type Client } from 'urql';
import { fromValue } from 'wonka';
import { Role } from '@retention/domain';
import { AppProviders } from './app-providers';
import { setLanguage } from './i18n';
import { LoginPage } from './login-page';
import { RemoteBoundary } from './remote-boundary';
import { useSession } from './session';

const jwt = (exp: number) => ['x', btoa(JSON.stringify({ exp })), 's'].join('.');

function mockClient(mutationResult: object): Client & { executeMutation: jest.Mock } {
  return {
    executeMutation: jest.fn(() => fromValue(mutationResult)),
    executeQuery: jest.fn(() => fromValue({ data: {} })),
    executeSubscription: jest.fn(),
  } as unknown as Client & { executeMutation: jest.Mock };
}

function WhoAmI() {
  const { user } = useSession();
  return <div data-testid="who">{user ? `${user.username}/${user.role}` : 'nobody'}</div>;
}

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
});

describe('LoginPage', () => {
  it('signs in with the token and user the server returns', async () => {
    const user = { id: '1', username: 'cd.planner', displayName: '成都策划', role: 'BRANCH_PLANNER', branch: { code: 'CD', name: '成都', nameEn: 'Chengdu' } };
    const token = jwt(Math.floor(Date.now() / 1000) + 3600);
    const client = mockClient({ data: { login: { token, user } } });
    render(<AppProviders client={client}><LoginPage /><WhoAmI /></AppProviders>);
    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'cd.planner' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'demo1234' } });
    await userEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('cd.planner/BRANCH_PLANNER'));
    expect(client.executeMutation.mock.calls[0][0].variables).toEqual({ username: 'cd.planner', password: 'demo1234' });
    expect(localStorage.getItem('retention.token')).toBe(token);
  });

  it('shows the generic error for bad credentials and stays signed out', async () => {
    const client = mockClient({ error: { graphQLErrors: [{ message: 'Invalid username or password', extensions: { code: 'INVALID_CREDENTIALS' } }] } });
    render(<AppProviders client={client}><LoginPage /><WhoAmI /></AppProviders>);
    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'province' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'wrong' } });
    await userEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('用户名或密码错误')).toBeInTheDocument();
    expect(screen.getByTestId('who')).toHaveTextContent('nobody');
  });

  it('asks for both fields before calling the server', async () => {
    const client = mockClient({});
    render(<AppProviders client={client}><LoginPage /></AppProviders>);
    await userEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(client.executeMutation).not.toHaveBeenCalled();
  });
});

describe('session', () => {
  it('ends an expired session and says so on the login page', () => {
    // The clock is jest's: on a loaded machine a token one real second from expiry had expired before the first render.
    jest.useFakeTimers();
    try {
      localStorage.setItem('retention.token', jwt(Math.floor(Date.now() / 1000) + 60));
      localStorage.setItem('retention.user', JSON.stringify({ id: '1', username: 'province', displayName: 'P', role: 'PROVINCE_PLANNER', branch: null }));
      render(<AppProviders client={mockClient({})}><WhoAmI /><LoginPage /></AppProviders>);
      expect(screen.getByTestId('who')).toHaveTextContent('province');
      act(() => jest.advanceTimersByTime(59_000));
      expect(screen.getByTestId('who')).toHaveTextContent('province');
      act(() => jest.advanceTimersByTime(2_000));
      expect(screen.getByTestId('who')).toHaveTextContent('nobody');
      expect(screen.getByText('登录已过期，请重新登录')).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('GraphQL client', () => {
  it('starts every sign-in with a new client, so no cached result outlives its session', async () => {
    window.__RETENTION_ENV__ = { gatewayUrl: 'http://gateway.test/graphql', remotes: {} };
    const clients = new Set<Client>();
    function Probe() {
      clients.add(useClient());
      const { signIn, signOut } = useSession();
      const user = { id: '1', username: 'ga.planner', displayName: 'G', role: Role.BRANCH_PLANNER, branch: null };
      return (
        <>
          <button onClick={() => signIn(jwt(Math.floor(Date.now() / 1000) + 3600), user)}>in</button>
          <button onClick={() => signOut()}>out</button>
        </>
      );
    }
    render(<AppProviders><Probe /><WhoAmI /></AppProviders>);
    expect(clients.size).toBe(1);
    await userEvent.click(screen.getByText('in'));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('ga.planner'));
    expect(clients.size).toBe(2);
    await userEvent.click(screen.getByText('out'));
    await waitFor(() => expect(screen.getByTestId('who')).toHaveTextContent('nobody'));
    expect(clients.size).toBe(3);
    delete window.__RETENTION_ENV__;
  });
});

describe('LanguageSwitch', () => {
  it('switches every string from Chinese to English and remembers it', async () => {
    render(<AppProviders client={mockClient({})}><LoginPage /></AppProviders>);
    expect(screen.getByTestId('login-submit')).toHaveTextContent(/登\s*录/);
    await userEvent.click(screen.getByText('English'));
    await waitFor(() => expect(screen.getByTestId('login-submit')).toHaveTextContent('Sign in'));
    expect(screen.queryByText('用户名')).not.toBeInTheDocument();
    expect(localStorage.getItem('retention.language')).toBe('en');
  });
});

describe('RemoteBoundary', () => {
  it('shows an error panel when a remote fails and loads it on retry', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const load = () => {
      calls++;
      return calls === 1
        ? Promise.reject(new Error('remoteEntry.js 404'))
        : Promise.resolve({ default: () => <div>remote content</div> });
    };
    render(<AppProviders client={mockClient({})}><RemoteBoundary id="test-province" name="省公司" load={load} /></AppProviders>);
    expect(await screen.findByTestId('remote-error')).toHaveTextContent('remoteEntry.js 404');
    await userEvent.click(screen.getByTestId('remote-retry'));
    expect(await screen.findByText('remote content')).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
