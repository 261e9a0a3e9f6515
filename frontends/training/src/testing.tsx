import { render, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import type { Client } from 'urql';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { signInForTest, TestProviders } from '@retention/ui/testing';
import TrainingApp from './App';

/** Component tests: the training app at a path, answered by a mock client. */
export const renderTrainingApp = (path: string, client: Client): RenderResult =>
  render(
    <TestProviders client={client}>
      <MemoryRouter initialEntries={[path]} future={{ v7_startTransition: true }}>
        <TrainingApp />
      </MemoryRouter>
    </TestProviders>,
  );

/** Component tests start in Chinese, signed in as the demo trainer. */
export function signInAsTrainer(): void {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '8', username: 'trainer', displayName: '周婷', role: Role.TRAINER, branch: null });
}
