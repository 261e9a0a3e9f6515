import type { ComponentType } from 'react';
import { readEnv } from '@retention/client';

declare const __webpack_init_sharing__: (scope: string) => Promise<void>;
declare const __webpack_share_scopes__: { default: unknown };

interface Container {
  init(shareScope: unknown): Promise<void>;
  get(module: string): Promise<() => { default: ComponentType }>;
}

const initialised = new Set<string>();

function injectScript(url: string, scope: string): Promise<void> {
  // A failed earlier attempt leaves its script tag behind: start clean.
  document.querySelectorAll(`script[data-remote="${scope}"]`).forEach((old) => old.remove());
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.async = true;
    script.dataset.remote = scope;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${url}`));
    document.head.appendChild(script);
  });
}

/**
 * Loads `module` of the remote `scope` from the URL in /env.js (dynamic remotes: no
 * URL is built into the shell), sharing the shell's singletons with it.
 */
export async function loadRemote(scope: string, module = './App'): Promise<{ default: ComponentType }> {
  const url = readEnv().remotes[scope];
  if (!url) throw new Error(`no URL for remote "${scope}" in /env.js`);
  const global = window as unknown as Record<string, Container | undefined>;
  if (!global[scope]) await injectScript(url, scope);
  const container = global[scope];
  if (!container) throw new Error(`${url} did not define the remote "${scope}"`);
  await __webpack_init_sharing__('default');
  if (!initialised.has(scope)) {
    await container.init(__webpack_share_scopes__.default);
    initialised.add(scope);
  }
  const factory = await container.get(module);
  return factory();
}
