import { describeWithPlatform, openBrowser, signIn } from './support/platform';

describeWithPlatform('the platform in a real browser', (platform) => {
  const browser = openBrowser();
  const remoteEntries: string[] = [];

  async function newPage(options?: Parameters<typeof browser.page>[0]) {
    const page = await browser.page(options);
    page.on('request', (request) => {
      if (request.url().endsWith('/remoteEntry.js')) remoteEntries.push(request.url());
    });
    return page;
  }

  it('logs in as the province planner and shows the province remote, in Chinese, then in English', async () => {
    const page = await newPage();
    await signIn(page, platform(), 'province');
    const remote = page.getByTestId('remote-province');
    await remote.waitFor({ timeout: 30000 });
    await page.getByText('省公司工作台').first().waitFor();
    // Home is the overview. Data from three subgraphs in one query: branch names (training) with customer counts (segments) and campaign counts (campaigns).
    await page.getByTestId('province-home').waitFor({ timeout: 30000 });
    await page.getByTestId('home-branches').getByText('成都').waitFor();
    expect(remoteEntries).toContain(platform().remotes.province);

    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Province workspace').first().waitFor();
    await page.getByText('Chengdu').first().waitFor();
    expect(await page.getByText('省公司工作台').count()).toBe(0);

    // Deep links open pages inside the remote: the policy desk, and the dashboard with its chart of real counts.
    await page.goto(`${platform().shellUrl}/province/policy`);
    await page.getByTestId('new-campaign').waitFor({ timeout: 30000 });
    await page.getByText('Chengdu').first().waitFor();
    await page.goto(`${platform().shellUrl}/province/customers`);
    await page.getByTestId('customer-dashboard').waitFor({ timeout: 30000 });
  });

  it('logs in as the Chengdu planner and shows the branch remote in Chinese', async () => {
    const page = await newPage();
    await signIn(page, platform(), 'cd.planner');
    await page.getByTestId('remote-branch').waitFor({ timeout: 30000 });
    await page.getByText('分公司工作台').first().waitFor();
    await page.getByText('成都生日关怀').first().waitFor();
    expect(remoteEntries).toContain(platform().remotes.branch);

    // The portrait opens in a drawer: Table, Drawer and Descriptions come in antd's deferred chunk, in the app's locale.
    await page.getByTestId('customer-search-input').fill('S0');
    await page.getByTestId('customer-search-input').press('Enter');
    await page.getByTestId('customer-search').locator('.ant-table-row').first().click({ timeout: 30000 });
    const drawer = page.getByTestId('customer-drawer');
    await drawer.getByText('入网日期').waitFor({ timeout: 30000 });
    await drawer.getByText('近13个月账单').waitFor();
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });

    // The customer dashboard of the province app, limited by the API to Chengdu.
    await page.getByRole('menuitem', { name: '客户洞察' }).click();
    const dashboard = page.getByTestId('customer-dashboard');
    await dashboard.waitFor({ timeout: 30000 });
    await dashboard.getByText('中高端客户月度趋势（本分公司）').waitFor();
    expect(await dashboard.getByTestId('dashboard-table').locator('tbody tr').count()).toBe(1);
    expect(await dashboard.getByTestId('dashboard-table').locator('tbody').textContent()).toContain('成都');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
  });

  it('rejects a wrong password with the generic message', async () => {
    // The refused login answers with an HTTP error status, which Chromium logs.
    const page = await newPage({ allowConsole: [/Failed to load resource/] });
    await signIn(page, platform(), 'province', 'wrong-password');
    await page.getByText('用户名或密码错误').first().waitFor();
  });

  // Stopping with Ctrl-C and leaving no port in use is checked once for the whole run, in
  // src/support/global-teardown.ts, after every file has used the platform.
});
