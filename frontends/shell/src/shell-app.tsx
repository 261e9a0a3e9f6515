import { Navigate, Route, Routes } from 'react-router-dom';
import { LoginPage, useSession } from '@retention/ui';
import { AdminPage } from './admin/admin-page';
import { appsFor, homePathFor } from './layout/navigation';
import { ShellLayout } from './layout/shell-layout';
import { RemoteApp } from './remotes/remote-app';

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
        {apps.includes('admin') && <Route path="/admin" element={<AdminPage />} />}
        <Route path="*" element={<Navigate to={homePathFor(user.role)} replace />} />
      </Routes>
    </ShellLayout>
  );
}
