const { nodePreset } = require('@retention/jest-config');

/*
 * One platform for every e2e file: src/support/global-setup.ts starts it once (as `pnpm start`
 * does, on ports 23000+) and src/support/global-teardown.ts stops it with Ctrl-C and checks
 * that no port stays in use. Files run one after another (--runInBand) against it.
 *
 * To add a file (e.g. src/campaigns.e2e.test.ts):
 *
 *   import { describeWithPlatform, openBrowser, signIn } from './support/platform';
 *
 *   describeWithPlatform('campaigns', (platform) => {
 *     const browser = openBrowser();               // one Chromium per file, closed after it
 *     it('…', async () => {
 *       const page = await browser.page();         // fails the test on console errors and
 *       await signIn(page, platform(), 'cd.planner'); // on server messages left untranslated
 *       …
 *       await page.close();
 *     });
 *   });
 *
 * The platform's URLs come from platform() (shellUrl, gatewayUrl, subgraphUrls). The data is
 * shared by every file and kept between them: a file that changes data uses its own names
 * (or its own campaign) so the others still find what they expect.
 */
module.exports = nodePreset({
  testTimeout: 240000,
  testMatch: ['<rootDir>/src/**/*.e2e.test.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
});
