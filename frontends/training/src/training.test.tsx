import { render, screen } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import TrainingApp from './App';
import type { TrainingBranchesQuery } from './gql/graphql';

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '8', username: 'trainer', displayName: '周婷', role: Role.TRAINER, branch: null });
});

it('lists the branches and says what is still to come', async () => {
  const trainingBranches: TrainingBranchesQuery = { branches: [{ code: 'LSZ', name: '凉山', nameEn: 'Liangshan' }] };
  const client = mockGraphQLClient({ TrainingBranches: trainingBranches });
  render(<TestProviders client={client}><TrainingApp /></TestProviders>);
  expect(await screen.findByText('凉山')).toBeInTheDocument();
  expect(screen.getByTestId('remote-training')).toHaveTextContent('培训管理');
  expect(screen.getByText('课程、场次、出勤与考核将在培训模块中提供')).toBeInTheDocument();
});
