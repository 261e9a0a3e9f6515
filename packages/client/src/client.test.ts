import { isExpired, tokenExpiry, tokenStore } from './token';

function jwt(payload: object): string {
  return ['x', btoa(JSON.stringify(payload)), 'sig'].join('.');
}

describe('tokens in the browser', () => {
  it('reads the expiry of a JWT', () => {
    expect(tokenExpiry(jwt({ exp: 1700000000 }))).toBe(1700000000);
    expect(tokenExpiry('garbage')).toBeNull();
  });

  it('treats an expired or unreadable token as expired', () => {
    const now = 1700000000 * 1000;
    expect(isExpired(jwt({ exp: 1700000001 }), now)).toBe(false);
    expect(isExpired(jwt({ exp: 1699999999 }), now)).toBe(true);
    expect(isExpired('garbage', now)).toBe(true);
  });

  it('forgets an expired token instead of handing it out', () => {
    tokenStore.set(jwt({ exp: Math.floor(Date.now() / 1000) - 10 }));
    expect(tokenStore.get()).toBeNull();
    const fresh = jwt({ exp: Math.floor(Date.now() / 1000) + 3600 });
    tokenStore.set(fresh);
    expect(tokenStore.get()).toBe(fresh);
    tokenStore.clear();
    expect(tokenStore.get()).toBeNull();
  });
});
