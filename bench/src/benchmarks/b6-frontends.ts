import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '@retention/local/dist/chromium';
import { summarize } from '../stats';
import { CorrectnessError, type Measurement, type PlatformBenchmark, type PlatformContext } from './benchmark';

const BUNDLE_GOAL_KB = 350;
const FCP_GOAL_MS = 1500;

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** Logs in through the login page, as a user would, and counts the JavaScript it took to show the province remote's first page, whole. */
async function loginAndWeighInitialJs(browser: Browser, ctx: PlatformContext): Promise<{ gzipBytes: number; files: number; storage: StorageState }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  let counting = true;
  // Requests in flight and the last time one started or ended: the page is quiet after 500 ms without either.
  let inFlight = 0;
  let lastActivity = Date.now();
  const ended = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  const quiet = async () => {
    const deadline = Date.now() + 60000;
    while (inFlight > 0 || Date.now() - lastActivity < 500) {
      if (Date.now() > deadline) throw new CorrectnessError('B6', `the first page never went quiet (${inFlight} requests in flight)`);
      await page.waitForTimeout(50);
    }
  };
  page.on('response', (response) => {
    if (counting && response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto(ctx.shellUrl);
  await page.getByTestId('login-username').fill('province');
  await page.getByTestId('login-password').fill('demo1234');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('remote-province').waitFor({ timeout: 60000 });
  await page.getByText('成都').first().waitFor({ timeout: 60000 });
  // What the first page loads right after its data (charts, components drawn at once) is part of it too.
  await quiet();
  counting = false;
  const sizes = await Promise.all(scripts);
  const storage = await context.storageState();
  await context.close();
  return { gzipBytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length, storage };
}

/** First contentful paint of a cold load (empty HTTP cache) of the province dashboard, signed in. */
async function dashboardFcp(browser: Browser, ctx: PlatformContext, storage: StorageState): Promise<number> {
  const context = await browser.newContext({ storageState: storage });
  try {
    const page = await context.newPage();
    await page.goto(`${ctx.shellUrl}/province/customers`);
    await page.getByTestId('customer-dashboard').waitFor({ timeout: 60000 });
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    if (fcp === null) throw new CorrectnessError('B6', 'Chromium reported no first-contentful-paint');
    return fcp;
  } finally {
    await context.close();
  }
}

/** B6: what a province user downloads before the first page, and how soon the dashboard paints. */
export const b6Frontends: PlatformBenchmark = {
  id: 'B6',
  title: 'frontends',
  async run(ctx) {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('B6 needs Chromium: apt-get install chromium (or set CHROMIUM_PATH)');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    try {
      const weighed = await loginAndWeighInitialJs(browser, ctx);
      const fcps: number[] = [];
      for (let run = -ctx.warmups; run < ctx.runs; run++) {
        const fcp = await dashboardFcp(browser, ctx, weighed.storage);
        process.stderr.write(`  B6 dashboard FCP: ${run < 0 ? 'warm-up' : `run ${run + 1}/${ctx.runs}`} ${fcp.toFixed(0)} ms\n`);
        if (run >= 0) fcps.push(fcp);
      }
      const kb = weighed.gzipBytes / 1024;
      const fcp = summarize(fcps);
      const bundle: Measurement = {
        id: 'B6', size: null, what: `initial JS of shell + province remote (${weighed.files} files, gzip)`, unit: 'KB',
        value: summarize([kb]), goal: `≤ ${BUNDLE_GOAL_KB} KB`, pass: kb <= BUNDLE_GOAL_KB,
        notes: ['every script the browser fetched from opening the login page until the province remote showed data and the network was quiet for 500 ms, gzip-compressed'],
      };
      const paint: Measurement = {
        id: 'B6', size: null, what: 'first contentful paint of the province dashboard (cold cache, headless Chromium, localhost)', unit: 'ms',
        value: fcp, goal: `≤ ${FCP_GOAL_MS} ms`, pass: fcp.median <= FCP_GOAL_MS, notes: [],
      };
      return [bundle, paint];
    } finally {
      await browser.close();
    }
  },
};
