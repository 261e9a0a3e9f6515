const KEY = 'retention.token';

/** Seconds since the epoch at which the JWT expires, or null when it cannot be read. */
export function tokenExpiry(token: string): number | null {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp : null;
  } catch {
    return null;
  }
}

export function isExpired(token: string, now = Date.now()): boolean {
  const exp = tokenExpiry(token);
  return exp === null || exp * 1000 <= now;
}

/** The session token lives in localStorage so a reload keeps the user signed in. */
export const tokenStore = {
  get(): string | null {
    const token = localStorage.getItem(KEY);
    if (token && isExpired(token)) {
      localStorage.removeItem(KEY);
      return null;
    }
    return token;
  },
  set(token: string): void {
    localStorage.setItem(KEY, token);
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};
