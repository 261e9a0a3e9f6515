import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { tokenExpiry, tokenStore } from '@retention/client';
import type { Role } from '@retention/domain';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  branch: { code: string; name: string; nameEn: string } | null;
}

export interface Session {
  token: string | null;
  user: SessionUser | null;
  /** Why the last session ended, shown on the login page. */
  endedBecause: 'expired' | null;
  signIn: (token: string, user: SessionUser) => void;
  signOut: (reason?: 'expired') => void;
}

const USER_KEY = 'retention.user';
const SessionContext = createContext<Session | null>(null);

function storedUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

/** Holds the signed-in user; signs out by itself when the token's expiry passes. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => tokenStore.get());
  const [user, setUser] = useState<SessionUser | null>(() => (tokenStore.get() ? storedUser() : null));
  useEffect(() => {
    if (!tokenStore.get()) localStorage.removeItem(USER_KEY);
  }, []);
  // A user kept from an earlier visit whose token has expired meanwhile: say so on the login page.
  const [endedBecause, setEndedBecause] = useState<'expired' | null>(() => (!tokenStore.get() && storedUser() ? 'expired' : null));

  const signOut = useCallback((reason?: 'expired') => {
    tokenStore.clear();
    localStorage.removeItem(USER_KEY);
    setToken(null);
    setUser(null);
    setEndedBecause(reason ?? null);
  }, []);

  const signIn = useCallback((newToken: string, newUser: SessionUser) => {
    tokenStore.set(newToken);
    localStorage.setItem(USER_KEY, JSON.stringify(newUser));
    setToken(newToken);
    setUser(newUser);
    setEndedBecause(null);
  }, []);

  useEffect(() => {
    const exp = token ? tokenExpiry(token) : null;
    if (exp === null) return undefined;
    const timer = setTimeout(() => signOut('expired'), Math.max(0, exp * 1000 - Date.now()));
    return () => clearTimeout(timer);
  }, [token, signOut]);

  const value = useMemo(() => ({ token, user, endedBecause, signIn, signOut }), [token, user, endedBecause, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs <SessionProvider> (use <AppProviders>)');
  return session;
}
