import type { ReactNode } from 'react';
import { Alert, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { serverErrorMessage } from './server-error';

/**
 * Loading, error and empty states of a query, the same everywhere. Errors are shown in the
 * user's language; `emptyText` says what to do when there is nothing to show yet.
 */
export function QueryState({ fetching, error, empty, emptyText, children }: { fetching: boolean; error?: CombinedError; empty?: boolean; emptyText?: ReactNode; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  if (error) return <Alert type="error" showIcon data-testid="query-error" message={t('error.generic', { message: serverErrorMessage(error, i18n.language) })} />;
  if (fetching && empty) return <Spin style={{ display: 'block', margin: 40 }} />;
  if (empty) return <Empty description={emptyText ?? t('empty')} />;
  return <>{children}</>;
}
