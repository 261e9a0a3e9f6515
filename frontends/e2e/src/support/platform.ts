import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '@retention/local/dist/chromium';
import { platformFilePath, type PlatformUrls } from './platform-file';

export type { PlatformUrls } from './platform-file';

const executablePath = findChromium();

/** The platform global-setup started for this run (read once, after global-setup wrote it). */
let urls: PlatformUrls | undefined;
export function platform(): PlatformUrls {
  urls ??= JSON.parse(fs.readFileSync(platformFilePath(), 'utf8')) as PlatformUrls;
  return urls;
}

/**
 * `describe` against the shared platform; skipped (with the reason printed by global-setup)
 * only when this machine has no Chromium.
 */
export function describeWithPlatform(name: string, body: (platform: () => PlatformUrls) => void): void {
  (executablePath ? describe : describe.skip)(name, () => body(platform));
}

export interface WatchOptions {
  /** Console errors a test provokes on purpose (e.g. the 4xx of a refused login). */
  allowConsole?: RegExp[];
}

/** What went wrong on a page that the user would see or the developer console would show. */
export interface PageIssues {
  consoleErrors: string[];
  /** Server errors without messages in both languages (extensions.messages). */
  untranslated: string[];
  /** The English `message` of every server error this page received. */
  serverMessages: Set<string>;
  /** GraphQL requests in flight. */
  inFlight: number;
}

const issuesOf = new WeakMap<Page, PageIssues>();

export function issues(page: Page): PageIssues {
  return issuesOf.get(page)!;
}

interface GraphQLErrorBody {
  message?: string;
  extensions?: { code?: string; messages?: { 'zh-CN'?: string; en?: string } };
}

function watch(page: Page, options: WatchOptions): void {
  const found: PageIssues = { consoleErrors: [], untranslated: [], serverMessages: new Set(), inFlight: 0 };
  issuesOf.set(page, found);
  const allowed = (text: string) => (options.allowConsole ?? []).some((re) => re.test(text));
  page.on('console', (message) => {
    if (message.type() === 'error' && !allowed(message.text())) found.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => found.consoleErrors.push(`uncaught: ${error.message}`));
  const isGateway = (url: string) => url.startsWith(platform().gatewayUrl);
  page.on('request', (request) => {
    if (isGateway(request.url()) && request.method() === 'POST') found.inFlight++;
  });
  page.on('requestfailed', (request) => {
    if (isGateway(request.url()) && request.method() === 'POST') found.inFlight--;
  });
  page.on('requestfinished', (request) => {
    if (isGateway(request.url()) && request.method() === 'POST') found.inFlight--;
  });
  page.on('response', async (response) => {
    if (!response.url().startsWith(platform().gatewayUrl) || response.request().method() !== 'POST') return;
    try {
      const body = (await response.json()) as { errors?: GraphQLErrorBody[] };
      for (const error of body.errors ?? []) {
        if (error.message) found.serverMessages.add(error.message);
        const messages = error.extensions?.messages;
        if (!messages?.['zh-CN'] || !messages.en) found.untranslated.push(`${error.extensions?.code ?? '?'}: ${error.message}`);
      }
    } catch {
      // Not JSON (a preflight, an aborted request): nothing to check.
    }
  });
}

/**
 * Fails when the page showed a console error, got a server error without its two
 * translations, or shows a server's English message while the UI is in Chinese.
 */
export async function expectCleanPage(page: Page, where: string): Promise<void> {
  const found = issues(page);
  const language = await page.evaluate(() => localStorage.getItem('retention.language') ?? 'zh-CN');
  const text = await page.evaluate(() => document.body.innerText);
  const englishShown = language === 'zh-CN' ? [...found.serverMessages].filter((m) => /[A-Za-z]{3}/.test(m) && text.includes(m)) : [];
  const problems = [
    ...found.consoleErrors.map((e) => `console: ${e}`),
    ...found.untranslated.map((e) => `server error without zh-CN/en messages: ${e}`),
    ...englishShown.map((m) => `English server message in the Chinese UI: ${m}`),
  ];
  found.consoleErrors.length = 0;
  found.untranslated.length = 0;
  if (problems.length) throw new Error(`${where}:\n  ${problems.join('\n  ')}`);
}

/**
 * Waits until the page is done: no GraphQL request in flight and no spinner for 500 ms.
 * Then fails when it shows an error panel (a query or remote error) — a page must ask only
 * for what the role may read.
 */
export async function settle(page: Page, where: string): Promise<void> {
  const found = issues(page);
  const deadline = Date.now() + 45000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const spinning = await page.locator('.ant-spin-spinning').count();
    if (found.inFlight <= 0 && spinning === 0) {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= 500) break;
    } else {
      quietSince = 0;
    }
    await page.waitForTimeout(100);
  }
  if (Date.now() >= deadline) throw new Error(`${where}: still loading after 45 s`);
  const alerts = await page.locator('.ant-alert-error, [data-testid=remote-error]').allInnerTexts();
  if (alerts.length) throw new Error(`${where}: shows an error: ${alerts.join(' | ')}`);
  await expectCleanPage(page, where);
}

/** One Chromium per test file; every page it opens is checked after each test. */
export function openBrowser(): { page: (options?: WatchOptions) => Promise<Page> } {
  let browser: Browser | undefined;
  const open: Page[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    const pages = open.splice(0);
    for (const page of pages) if (!page.isClosed()) await page.close();
    const problems = pages.flatMap((page) => {
      const found = issues(page);
      return [...found.consoleErrors.map((e) => `console: ${e}`), ...found.untranslated.map((e) => `server error without zh-CN/en messages: ${e}`)];
    });
    if (problems.length) throw new Error(`after the test:\n  ${problems.join('\n  ')}`);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    page: async (options = {}) => {
      const page = await browser!.newPage({ viewport: { width: 1440, height: 900 } });
      watch(page, options);
      open.push(page);
      return page;
    },
  };
}

export const DEMO_PASSWORD = 'demo1234';

/** Signs in through the login page, as a user would, and waits for the home app. */
export async function signIn(page: Page, urls: PlatformUrls, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(urls.shellUrl);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Switches the language with the header's switch and waits until the page says `marker`. */
export async function switchLanguage(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  await page.getByTestId('language-switch').getByText(language === 'en' ? 'English' : '简体中文').first().click();
  await page.waitForFunction((lng) => (localStorage.getItem('retention.language') ?? 'zh-CN') === lng, language);
}
