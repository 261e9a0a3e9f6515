import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Role } from '@retention/domain';
import { setLanguage } from '@retention/ui';
import { mockGraphQLClient, signInForTest, TestProviders } from '@retention/ui/testing';
import { ImportPage } from './import-page';
import '../messages';

beforeEach(() => {
  localStorage.clear();
  setLanguage('zh-CN');
  signInForTest({ id: '2', username: 'analyst', displayName: '李强', role: Role.PROVINCE_ANALYST, branch: null });
});

it('uploads the chosen extract, starts the import and shows progress and the row-numbered error report', async () => {
  const client = mockGraphQLClient({
    BeginUpload: { beginUpload: { id: 'u1' } },
    UploadChunk: { uploadChunk: { received: 10 } },
    StartImport: { startImport: { id: 'job1' } },
    ImportJob: {
      segmentJob: {
        id: 'job1', job: { id: 'job1', status: 'FAILED', phase: 'failed', progress: 0.7, rowsDone: 3, error: '1 error(s): nothing was imported' }, errorCount: 1,
        files: [{ kind: 'usage', file: 'usage.csv', rowsRead: 2, rowsImported: 0, rowsRejected: 1, months: [], ignoredColumns: ['branch_code'] }], refreshedMonths: [],
      },
    },
    ImportErrors: {
      importErrors: [{ file: 'usage.csv', line: 3, column: 'bill_amount', code: 'NEGATIVE', value: '-5.00', message: 'line 3: bill_amount "-5.00" must not be negative' }],
    },
  });
  const { container } = render(<TestProviders client={client}><ImportPage /></TestProviders>);
  const inputs = container.querySelectorAll('input[type=file]');
  fireEvent.change(inputs[1], { target: { files: [new File(['subscriber_id,month\nS1,2026-10\n'], 'usage.csv', { type: 'text/csv' })] } });
  await waitFor(() => expect(screen.getByTestId('start-import')).toBeEnabled());
  fireEvent.click(screen.getByTestId('start-import'));
  expect(await screen.findByTestId('import-job')).toBeInTheDocument();
  expect(screen.getByTestId('import-status')).toHaveTextContent('失败');
  expect(screen.getByText('不能为负数')).toBeInTheDocument();
  expect(screen.getByText('-5.00')).toBeInTheDocument();
  expect(client.calls.slice(0, 3)).toEqual(['BeginUpload', 'UploadChunk', 'StartImport']);
  expect(client.calls).toContain('ImportErrors');
  // Regression (issue 11 item 4): the summary in the user's language, the same row count as
  // the file table (the header is no row), the ignored column named, the report downloadable.
  expect(screen.getByTestId('import-summary')).toHaveTextContent('共 1 个错误，未导入任何数据');
  expect(screen.queryByText(/error\(s\)/)).not.toBeInTheDocument();
  expect(screen.getByTestId('import-rows')).toHaveTextContent('2');
  expect(screen.getByTestId('ignored-columns')).toHaveTextContent('usage.csv 中的列 branch_code 不是本类文件的列');
  expect(screen.getByTestId('import-job').querySelector('.ant-progress-text')).toHaveTextContent('失败');
  expect(screen.getByTestId('import-job')).not.toHaveTextContent('70%');
  expect(screen.getByTestId('download-report')).toBeInTheDocument();
});

it('starts the import with the refresh of its months and shows the months refreshed', async () => {
  const variables: Record<string, unknown>[] = [];
  const client = mockGraphQLClient({
    BeginUpload: { beginUpload: { id: 'u1' } },
    UploadChunk: { uploadChunk: { received: 10 } },
    StartImport: { startImport: { id: 'job2' } },
    ImportJob: {
      segmentJob: {
        id: 'job2', job: { id: 'job2', status: 'SUCCEEDED', phase: 'done', progress: 1, rowsDone: 4, error: null }, errorCount: 0,
        files: [{ kind: 'usage', file: 'usage.csv', rowsRead: 4, rowsImported: 4, rowsRejected: 0, months: ['2026-09', '2026-10'], ignoredColumns: [] }], refreshedMonths: ['2026-09', '2026-10'],
      },
    },
    ImportErrors: { importErrors: [] },
  });
  const executeMutation = client.executeMutation.bind(client);
  client.executeMutation = ((request: { variables: Record<string, unknown> }, ...rest: unknown[]) => {
    variables.push(request.variables);
    return (executeMutation as (...args: unknown[]) => unknown)(request, ...rest);
  }) as typeof client.executeMutation;
  const { container } = render(<TestProviders client={client}><ImportPage /></TestProviders>);
  fireEvent.change(container.querySelectorAll('input[type=file]')[1], { target: { files: [new File(['subscriber_id,month\nS1,2026-10\n'], 'usage.csv', { type: 'text/csv' })] } });
  await waitFor(() => expect(screen.getByTestId('start-import')).toBeEnabled());
  fireEvent.click(screen.getByTestId('start-import'));
  expect(await screen.findByTestId('refreshed-months')).toHaveTextContent('已刷新细分：2026-09, 2026-10');
  expect(variables).toEqual([{ uploadIds: ['u1'], quarantine: false, refresh: true }]);
  expect(client.calls).not.toContain('RefreshAfterImport');
});
