import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

interface BoundaryProps {
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

class ErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

export interface RemoteBoundaryProps {
  /** Shown in the error panel, e.g. 省公司 / province. */
  name: string;
  load: () => Promise<{ default: ComponentType }>;
}

/**
 * Renders a microfrontend with React.lazy inside Suspense and an error boundary. A remote
 * that fails to load shows an error panel whose retry button loads it afresh.
 */
export function RemoteBoundary({ name, load }: RemoteBoundaryProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  // A new lazy component per attempt: React.lazy remembers a failed import forever.
  const Remote = useMemo(() => lazy(load), [load, attempt]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <ErrorBoundary
      key={attempt}
      fallback={(error) => (
        <div data-testid="remote-error">
        <Result
          status="error"
          title={t('remote.failed')}
          subTitle={t('remote.failedDetail', { name, message: error.message })}
          extra={
            <Button type="primary" data-testid="remote-retry" onClick={() => setAttempt((a) => a + 1)}>
              {t('remote.retry')}
            </Button>
          }
        />
        </div>
      )}
    >
      <Suspense fallback={<Spin tip={t('remote.loading')} style={{ display: 'block', marginTop: 80 }}><div /></Spin>}>
        <Remote />
      </Suspense>
    </ErrorBoundary>
  );
}
