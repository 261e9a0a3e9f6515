import type { ReactNode } from 'react';
import { Alert, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { serverErrorMessage } from './server-error';

/** Only some subgraph did not answer: what came back is real, and the rest is marked as missing. */
function isPartial(error: CombinedError): boolean {
  return !error.networkError && error.graphQLErrors.length > 0 && error.graphQLErrors.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
}

/**
 * Loading, error and empty states of a query, the same everywhere. Errors are shown in the
 * user's language; `emptyText` says what to do when there is nothing to show yet. When a
 * subgraph did not answer but data came back (`empty` false), the panel shows what it has
 * under a warning instead of an error in its place.
 */
export function QueryState({ fetching, error, empty, emptyText, children }: { fetching: boolean; error?: CombinedError; empty?: boolean; emptyText?: ReactNode; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  if (error && empty === false && isPartial(error)) {
    return (
      <>
        <Alert type="warning" showIcon data-testid="query-partial" style={{ marginBottom: 12 }} message={serverErrorMessage(error, i18n.language)} />
        {children}
      </>
    );
  }
  if (error) return <Alert type="error" showIcon data-testid="query-error" message={t('error.generic', { message: serverErrorMessage(error, i18n.language) })} />;
  if (fetching && empty) return <Spin style={{ display: 'block', margin: 40 }} />;
  if (empty) return <Empty description={emptyText ?? t('empty')} />;
  return <>{children}</>;
}
