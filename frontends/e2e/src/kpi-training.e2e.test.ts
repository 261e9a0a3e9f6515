import { describeWithPlatform, openBrowser, settle, signIn } from './support/platform';

/**
 * Issue 14's users in the browser: the trainer opens this quarter's calendar and coverage by
 * branch; the province sees all 21 branches ranked with real actuals; cd.planner sees CD's
 * scorecard and rank. Read-only: other files' data stay as they are.
 */
describeWithPlatform('training and KPI', (platform) => {
  const browser = openBrowser();

  it('the trainer sees this quarter’s sessions and coverage by branch', async () => {
    const page = await browser.page();
    await signIn(page, platform(), 'trainer');
    await page.getByTestId('remote-training').waitFor({ timeout: 30000 });
    await page.getByRole('tab', { name: '季度日历' }).waitFor();
    await settle(page, 'the calendar');
    await page.getByRole('tab', { name: '覆盖率' }).click();
    await page.getByText('成都').first().waitFor({ timeout: 30000 });
    await settle(page, 'coverage');
    expect(await page.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(21);
  });

  it('the province sees all 21 branches ranked, and cd.planner sees CD’s scorecard and rank', async () => {
    const page = await browser.page();
    await signIn(page, platform(), 'province');
    await page.getByTestId('remote-province').waitFor({ timeout: 30000 });
    await page.goto(`${platform().shellUrl}/province/kpi`);
    await page.getByTestId('kpi-scoreboard').waitFor({ timeout: 30000 });
    await settle(page, 'the scoreboard');
    const board = page.getByTestId('kpi-scoreboard');
    await board.getByText('成都').first().waitFor();
    expect(await board.locator('.ant-table-tbody > tr.ant-table-row').count()).toBeGreaterThanOrEqual(21);

    const branch = await browser.page();
    await signIn(branch, platform(), 'cd.planner');
    await branch.getByTestId('remote-branch').waitFor({ timeout: 30000 });
    await branch.goto(`${platform().shellUrl}/branch/kpi`);
    await branch.getByTestId('branch-scorecard').waitFor({ timeout: 30000 });
    await settle(branch, 'the scorecard');
    await branch.getByTestId('branch-scorecard').getByText('成都').first().waitFor();
  });
});
