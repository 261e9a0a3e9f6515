import type { Page } from 'playwright-core';
import { describeWithPlatform, openBrowser, settle, signIn } from './support/platform';

/** The demo's finished campaign: built from June 2026 (clock set to 1 July), contacted in July, closed; Aug–Oct loaded after it. */
const CAMPAIGN = '存费送费：中高端稳定';

/** Picks an option of an antd Select by typing part of its label. */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active').first().waitFor();
  await page.keyboard.press('Enter');
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** settle(), except that the complaint alert (an error alert on purpose, when the data has it) is not a failure. */
async function settleAllowingComplaintAlert(page: Page, where: string): Promise<void> {
  try {
    await settle(page, where);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/shows an error: (有效投诉率超过4‰\s*\|?\s*)+$/.test(message)) throw error;
  }
}

/** The branch planner's evaluation page with the campaign chosen and the report form shown. */
async function openBranchReport(page: Page, shellUrl: string): Promise<void> {
  await page.goto(`${shellUrl}/branch/evaluation`);
  await page.getByTestId('branch-eval-campaign').waitFor({ timeout: 30000 });
  await choose(page, 'branch-eval-campaign', CAMPAIGN);
  await page.getByTestId('report-form').waitFor({ timeout: 60000 });
  await page.getByTestId('branch-results').waitFor({ timeout: 60000 });
}

/** The province's evaluation page at one tab. */
async function openProvinceTab(page: Page, shellUrl: string, tab: string): Promise<void> {
  await page.goto(`${shellUrl}/province/evaluation`);
  await page.getByRole('tab', { name: tab }).click();
}

/**
 * Issue 13's "Done when", walked in the browser on the demo data: the seeded finished
 * campaign shows computed results with CI and p-value to the province; cd.planner submits
 * CD's report, the province returns it with a comment, CD resubmits, the province accepts
 * and shares it, and ga.planner finds it among the shared practices. Each role signs in
 * once and moves between the pages (and apps) of its session.
 */
describeWithPlatform('evaluation: results → report → review → shared practice', (platform) => {
  const browser = openBrowser();

  it('walks the post-evaluation loop', async () => {
    const { shellUrl } = platform();
    const province = await browser.page();
    const cd = await browser.page();
    const ga = await browser.page();
    await signIn(province, platform(), 'province');
    await province.getByTestId('remote-province').waitFor({ timeout: 30000 });
    await signIn(cd, platform(), 'cd.planner');
    await cd.getByTestId('remote-branch').waitFor({ timeout: 30000 });
    await signIn(ga, platform(), 'ga.planner');
    await ga.getByTestId('remote-branch').waitFor({ timeout: 30000 });

    // 1. The province: computed results of the finished campaign, with CI and p-value.
    await openProvinceTab(province, shellUrl, '活动效果');
    await choose(province, 'campaign-select', CAMPAIGN);
    const table = province.getByTestId('results-table');
    await table.waitFor({ timeout: 120000 });
    await settleAllowingComplaintAlert(province, 'the campaign results');
    const header = (await table.locator('thead th').allInnerTexts()).map(flat);
    const rows = (await table.locator('tbody tr').allInnerTexts()).map(flat);
    console.log(`results of ${CAMPAIGN}:\n  ${header.join(' | ')}\n  ${rows.join('\n  ')}`);
    const pool = rows.find((r) => r.startsWith('全省合计'));
    expect(pool).toBeDefined();
    // Churn reduction with its interval ([low, high] in pp) and a p-value (a number, not a dash).
    expect(pool).toMatch(/[+-]\d+\.\dpp \[[+-]\d+\.\dpp, [+-]\d+\.\dpp\]/);
    const cells = await table.locator('tbody tr', { hasText: '全省合计' }).locator('td').allInnerTexts();
    const pValue = cells[header.indexOf('p值')];
    expect(pValue).toMatch(/^\d\.\d{3}$/);
    expect(rows.filter((r) => /^(成都|绵阳|德阳|广安)/.test(r))).toHaveLength(4);

    // 2. cd.planner submits CD's report.
    await openBranchReport(cd, shellUrl);
    await cd.getByTestId('report-status').getByText('草稿').waitFor({ timeout: 30000 });
    await cd.getByTestId('report-whatWorked').fill('电话经理按话术外呼，存费送费对网龄1-3年客户接受度高（e2e）');
    await cd.getByTestId('report-submit').click();
    await cd.getByTestId('report-status').getByText('已提交').waitFor({ timeout: 30000 });
    await settleAllowingComplaintAlert(cd, 'the submitted report');

    // 3. The province returns it with a comment.
    await openProvinceTab(province, shellUrl, '审核队列');
    const queue = province.getByTestId('review-queue');
    const cdRow = queue.locator('tbody tr', { hasText: '成都' });
    await cdRow.waitFor({ timeout: 30000 });
    await cdRow.getByTestId('review-return').click();
    await province.getByTestId('review-comment').fill('请补充客户反馈的具体数据');
    await province.getByTestId('review-ok').click();
    await cdRow.waitFor({ state: 'detached', timeout: 30000 });
    await settleAllowingComplaintAlert(province, 'the returned report');

    // 4. CD sees the comment, edits and resubmits.
    await openBranchReport(cd, shellUrl);
    await cd.getByTestId('report-status').getByText('已退回').waitFor({ timeout: 30000 });
    await cd.getByText('请补充客户反馈的具体数据').first().waitFor();
    await cd.getByTestId('report-customerFeedback').fill('回访120位客户，82%关注赠费到账时间，9%反映来电过频');
    await cd.getByTestId('report-submit').click();
    await cd.getByTestId('report-status').getByText('已提交').waitFor({ timeout: 30000 });
    await settleAllowingComplaintAlert(cd, 'the resubmitted report');

    // 5. The province accepts it, then shares it as good practice.
    await openProvinceTab(province, shellUrl, '审核队列');
    await cdRow.waitFor({ timeout: 30000 });
    await cdRow.getByTestId('review-accept').click();
    await province.getByTestId('review-ok').click();
    await cdRow.waitFor({ state: 'detached', timeout: 30000 });
    await openProvinceTab(province, shellUrl, '全部报告');
    const reportRow = province.getByTestId('all-reports').locator('tbody tr', { hasText: '成都' }).filter({ hasText: CAMPAIGN });
    await reportRow.getByText('已通过').waitFor({ timeout: 30000 });
    await reportRow.getByTestId('review-share').click();
    await province.getByTestId('review-tags').fill('外呼, 话术, e2e共享');
    await province.getByTestId('review-ok').click();
    await reportRow.getByTestId('review-unshare').waitFor({ timeout: 30000 });
    await settleAllowingComplaintAlert(province, 'the shared report');

    // 6. ga.planner finds it among the shared practices (by tag).
    await ga.goto(`${shellUrl}/branch/evaluation`);
    await ga.getByRole('tab', { name: '经验共享' }).click();
    await ga.getByRole('textbox', { name: '标签', exact: true }).fill('e2e共享');
    await ga.getByRole('button', { name: /^搜\s?索$/ }).click();
    const shared = ga.locator('.ant-list-item', { hasText: CAMPAIGN }).filter({ hasText: 'CD' });
    await shared.first().waitFor({ timeout: 30000 });
    console.log(`ga.planner finds: ${flat(await shared.first().innerText())}`);
    await settle(ga, 'the shared practices');
  }, 600000);
});
