import { Component, lazy, Suspense, useState, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
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

/**
 * One lazy component per remote, kept outside React. A `lazy()` made during render (in
 * `useMemo`, `useState` or `useCallback`) is thrown away with the render when that render
 * suspends before it ever commits — which is what a router navigation inside
 * `startTransition` does: every retry made a new lazy, started a new import and suspended
 * again, so the new app never showed and the old one stayed on screen.
 */
const remotes = new Map<string, LazyExoticComponent<ComponentType>>();

function remoteComponent(id: string, load: () => Promise<{ default: ComponentType }>): LazyExoticComponent<ComponentType> {
  let remote = remotes.get(id);
  if (!remote) {
    remote = lazy(load);
    remotes.set(id, remote);
  }
  return remote;
}

/** Forgets the loaded (or failed) component of `id`: the next render loads it afresh. */
export function forgetRemote(id: string): void {
  remotes.delete(id);
}

export interface RemoteBoundaryProps {
  /** Which remote this is (province, branch, training): its component is loaded once per page. */
  id: string;
  /** Shown in the error panel, e.g. 省公司 / province. */
  name: string;
  load: () => Promise<{ default: ComponentType }>;
}

/**
 * Renders a microfrontend with React.lazy inside Suspense and an error boundary. A remote
 * that fails to load shows an error panel whose retry button loads it afresh.
 */
export function RemoteBoundary({ id, name, load }: RemoteBoundaryProps) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const Remote = remoteComponent(id, load);
  return (
    <ErrorBoundary
      key={attempt}
      fallback={(error) => (
        <div data-testid="remote-error">
          {/* An Alert, not antd's Result: Result's illustrations would weigh on every first page (B6). */}
          <Alert
            type="error"
            showIcon
            style={{ margin: '48px auto', maxWidth: 640 }}
            message={t('remote.failed')}
            description={t('remote.failedDetail', { name, message: error.message })}
            action={
              <Button
                type="primary"
                data-testid="remote-retry"
                onClick={() => {
                  // React.lazy remembers a failed import forever: a new one for the retry.
                  forgetRemote(id);
                  setAttempt((a) => a + 1);
                }}
              >
                {t('remote.retry')}
              </Button>
            }
          />
        </div>
      )}
    >
      <Suspense fallback={<Spin tip={t('remote.loading')} style={{ display: 'block', marginTop: 80 }} data-testid="remote-loading"><div /></Spin>}>
        <Remote />
      </Suspense>
    </ErrorBoundary>
  );
}
