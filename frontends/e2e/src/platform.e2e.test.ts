import net from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '@retention/local/dist/chromium';
import { startPlatformProcess, type PlatformProcess } from '@retention/local/dist/platform-process';

const executablePath = findChromium();
if (!executablePath) {
  console.log('e2e SKIPPED: no Chromium found (install Debian\'s `chromium` or set CHROMIUM_PATH).');
}
// Skipped only when no browser exists on this machine; the reason is printed above.
const describeWithBrowser = executablePath ? describe : describe.skip;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

describeWithBrowser('the platform in a real browser', () => {
  let platform: PlatformProcess;
  let browser: Browser;
  const remoteEntries: string[] = [];

  beforeAll(async () => {
    platform = await startPlatformProcess(23000);
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (request.url().endsWith('/remoteEntry.js')) remoteEntries.push(request.url());
    });
    return page;
  }

  async function login(page: Page, username: string): Promise<void> {
    await page.goto(platform.shellUrl);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill('demo1234');
    await page.getByTestId('login-submit').click();
  }

  it('logs in as the province planner and shows the province remote, in Chinese, then in English', async () => {
    const page = await newPage();
    await login(page, 'province');
    const remote = page.getByTestId('remote-province');
    await remote.waitFor({ timeout: 30000 });
    await page.getByText('省公司工作台').first().waitFor();
    // Data from two subgraphs in one query: branch names (training) with campaign counts (campaigns).
    await page.getByText('成都').first().waitFor();
    expect(remoteEntries).toContain(`http://localhost:23001/remoteEntry.js`);

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Province workspace').first().waitFor();
    await page.getByText('Chengdu').first().waitFor();
    expect(await page.getByText('省公司工作台').count()).toBe(0);

    // A deep link opens the page inside the remote, with its chart of real counts.
    await page.goto(`${platform.shellUrl}/province/customers`);
    await page.getByTestId('customer-dashboard').waitFor({ timeout: 30000 });
    await page.close();
  });

  it('logs in as the Chengdu planner and shows the branch remote in Chinese', async () => {
    const page = await newPage();
    await login(page, 'cd.planner');
    await page.getByTestId('remote-branch').waitFor({ timeout: 30000 });
    await page.getByText('分公司工作台').first().waitFor();
    await page.getByText('成都生日关怀').first().waitFor();
    expect(remoteEntries).toContain(`http://localhost:23002/remoteEntry.js`);

    // The customer dashboard of the province app, limited by the API to Chengdu.
    await page.getByRole('menuitem', { name: '客户洞察' }).click();
    const dashboard = page.getByTestId('customer-dashboard');
    await dashboard.waitFor({ timeout: 30000 });
    await dashboard.getByText('中高端客户月度趋势（本分公司）').waitFor();
    expect(await dashboard.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(1);
    expect(await dashboard.locator('.ant-table-tbody').textContent()).toContain('成都');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    await page.close();
  });

  it('rejects a wrong password with the generic message', async () => {
    const page = await newPage();
    await page.goto(platform.shellUrl);
    await page.getByTestId('login-username').fill('province');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await page.getByText('用户名或密码错误').first().waitFor();
    await page.close();
  });

  it('stops every process on Ctrl-C, leaving no port in use', async () => {
    expect(await platform.stop()).toBe(0);
    for (const port of platform.ports) expect(await portIsFree(port)).toBe(true);
  });
});
