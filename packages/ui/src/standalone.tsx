import type { ReactNode } from 'react';
import { AppProviders } from './app-providers';
import { LanguageSwitch } from './language-switch';
import { LoginPage } from './login-page';
import { useSession } from './session';

function LoginGate({ children }: { children: ReactNode }) {
  const { user, signOut } = useSession();
  if (!user) return <LoginPage />;
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, padding: '8px 24px', background: '#fafafa' }}>
        <span>{user.displayName}</span>
        <LanguageSwitch />
        <button type="button" data-testid="logout" onClick={() => signOut()}>
          ⎋
        </button>
      </div>
      {children}
    </>
  );
}

/** A remote on its own (`pnpm --filter <app> dev`): the same providers, with its own sign-in. */
export function StandaloneRoot({ children }: { children: ReactNode }) {
  return (
    <AppProviders>
      <LoginGate>{children}</LoginGate>
    </AppProviders>
  );
}
