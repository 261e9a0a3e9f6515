import type { Page } from 'playwright-core';
import { describeWithPlatform, openBrowser, settle, signIn, switchLanguage } from './support/platform';

type App = 'province' | 'branch' | 'training' | 'admin';

const NAV: Record<App, { 'zh-CN': string; en: string; testId: string }> = {
  province: { 'zh-CN': '省公司工作台', en: 'Province workspace', testId: 'remote-province' },
  branch: { 'zh-CN': '分公司工作台', en: 'Branch workspace', testId: 'remote-branch' },
  training: { 'zh-CN': '培训管理', en: 'Training', testId: 'remote-training' },
  admin: { 'zh-CN': '用户与机构', en: 'Users & branches', testId: 'admin-page' },
};

/** Every demo role and the apps its top navigation offers (frontends/shell navigation.ts). */
const ROLES: { username: string; apps: App[] }[] = [
  { username: 'province', apps: ['province', 'training'] },
  { username: 'cd.planner', apps: ['branch'] },
  { username: 'cd.phone1', apps: ['branch'] },
  { username: 'trainer', apps: ['training'] },
  { username: 'admin', apps: ['admin'] },
];

/** Opens `app` from the top navigation and then every page of its own menu, checking each. */
async function visitApp(page: Page, app: App, language: 'zh-CN' | 'en', who: string): Promise<void> {
  const nav = NAV[app];
  const header = page.locator('.ant-layout-header');
  await header.getByRole('menuitem', { name: nav[language] }).click();
  // The hang of issue 11: the URL changed, the remote's code arrived, the old app stayed.
  await page.getByTestId(nav.testId).waitFor({ timeout: 20000 });
  for (const other of Object.values(NAV)) if (other.testId !== nav.testId) expect(await page.getByTestId(other.testId).count()).toBe(0);
  await settle(page, `${who} ${language} ${app}`);
  const menu = page.getByTestId(nav.testId).locator('.ant-menu-horizontal').first().getByRole('menuitem');
  const pages = await menu.count();
  for (let i = 0; i < pages; i++) {
    const item = menu.nth(i);
    const label = (await item.innerText()).trim();
    await item.click();
    await settle(page, `${who} ${language} ${app} › ${label}`);
  }
}

describeWithPlatform('moving between apps after one sign-in', (platform) => {
  const browser = openBrowser();

  it.each(ROLES)('$username opens each of its apps and pages, in Chinese and in English', async ({ username, apps }) => {
    const page = await browser.page();
    await signIn(page, platform(), username);
    await page.getByTestId('logout').waitFor({ timeout: 30000 });
    for (const language of ['zh-CN', 'en'] as const) {
      await switchLanguage(page, language);
      // Every app twice (there and back), so a switch in each direction is tried.
      for (const app of [...apps, ...apps]) await visitApp(page, app, language, username);
    }
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
  });
});
