/** What /env.js (served beside every app) tells the browser: no URL is baked into a bundle. */
export interface BrowserEnv {
  gatewayUrl: string;
  remotes: Record<string, string>;
}

declare global {
  interface Window {
    __RETENTION_ENV__?: BrowserEnv;
  }
}

export function readEnv(): BrowserEnv {
  const env = window.__RETENTION_ENV__;
  if (!env) throw new Error('window.__RETENTION_ENV__ is missing: /env.js did not load');
  return env;
}
