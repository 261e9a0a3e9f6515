import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteBoundary } from '@retention/ui';
import type { HomeApp } from '@retention/domain';
import { loadRemote } from './load-remote';

/** One microfrontend, loaded from its own origin at runtime. */
export function RemoteApp({ app }: { app: Exclude<HomeApp, 'admin'> }) {
  const { t } = useTranslation();
  const load = useCallback(() => loadRemote(app), [app]);
  return <RemoteBoundary name={t(`shell:nav.${app}`)} load={load} />;
}
