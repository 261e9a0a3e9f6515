import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { ShellApp } from './shell-app';
import './messages';

// Each remote's code arrives a little later, as a remoteEntry.js over the network does.
jest.mock('./remotes/load-remote', () => ({
  loadRemote: (app: string) =>
    new Promise((resolve) => setTimeout(() => resolve({ default: () => <div data-testid={`remote-${app}`}>{`${app} app`}</div> }), 30)),
}));

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
});

// Regression (issue 11 item 1): a lazy() made in useMemo under the router's startTransition
// was thrown away with every suspended render, so 培训管理 never replaced the province app.
it('moves from the province app to training and back from the top navigation', async () => {
  signInForTest({ id: '1', username: 'province', displayName: '王敏', role: Role.PROVINCE_PLANNER, branch: null });
  render(
    <TestProviders client={mockGraphQLClient({})}>
      <MemoryRouter initialEntries={['/province']} future={{ v7_startTransition: true }}>
        <ShellApp />
      </MemoryRouter>
    </TestProviders>,
  );
  expect(await screen.findByTestId('remote-province')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('menuitem', { name: '培训管理' }));
  expect(await screen.findByTestId('remote-training', undefined, { timeout: 3000 })).toBeInTheDocument();
  expect(screen.queryByTestId('remote-province')).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('menuitem', { name: '省公司工作台' }));
  expect(await screen.findByTestId('remote-province', undefined, { timeout: 3000 })).toBeInTheDocument();
  expect(screen.queryByTestId('remote-training')).not.toBeInTheDocument();
});
