import type { ReactNode } from 'react';
import { Alert, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

/** Loading, error and empty states of a query, the same everywhere. */
export function QueryState({ fetching, error, empty, children }: { fetching: boolean; error?: CombinedError; empty?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error" showIcon message={t('error.generic', { message: error.graphQLErrors[0]?.message ?? error.message })} />;
  if (fetching && empty) return <Spin style={{ display: 'block', margin: 40 }} />;
  if (empty) return <Empty description={t('empty')} />;
  return <>{children}</>;
}
