import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Navigate, Route, Routes } from 'react-router-dom';
import { LoginPage, useSession } from '@retention/ui';
import { appsFor, homePathFor } from './layout/navigation';
import { ShellLayout } from './layout/shell-layout';
import { RemoteApp } from './remotes/remote-app';

// Only admins open it: its tables and forms load with it, not with every sign-in.
const AdminPage = lazy(() => import('./admin/admin-page').then((m) => ({ default: m.AdminPage })));

/** Login when signed out; otherwise the role's apps, each remote under its own path. */
export function ShellApp() {
  const { user } = useSession();
  if (!user) return <LoginPage />;
  const apps = appsFor(user.role);
  return (
    <ShellLayout>
      <Routes>
        {apps.includes('province') && <Route path="/province/*" element={<RemoteApp app="province" />} />}
        {apps.includes('branch') && <Route path="/branch/*" element={<RemoteApp app="branch" />} />}
        {apps.includes('training') && <Route path="/training/*" element={<RemoteApp app="training" />} />}
        {apps.includes('admin') && <Route path="/admin" element={<Suspense fallback={<Spin style={{ display: 'block', marginTop: 80 }} />}><AdminPage /></Suspense>} />}
        <Route path="*" element={<Navigate to={homePathFor(user.role)} replace />} />
      </Routes>
    </ShellLayout>
  );
}
