import { useTranslation } from 'react-i18next';
import { RemoteBoundary } from '@retention/ui';
import type { HomeApp } from '@retention/domain';
import { loadRemote } from './load-remote';

/** One microfrontend, loaded from its own origin at runtime. */
export function RemoteApp({ app }: { app: Exclude<HomeApp, 'admin'> }) {
  const { t } = useTranslation();
  // Loaded once per page: RemoteBoundary keeps the lazy component by id, outside React.
  return <RemoteBoundary id={app} name={t(`shell:nav.${app}`)} load={() => loadRemote(app)} />;
}
