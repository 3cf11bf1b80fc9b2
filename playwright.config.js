// Browser tests for puljeberegner: Playwright drives Debian's Chromium
// against the release site that `trunk build --release` puts in dist/.
// No browser is downloaded (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 in the Makefile;
// `npx playwright install` cannot work on these machines).
const { defineConfig } = require('@playwright/test');

const PORT = Number(process.env.PW_PORT || 8765);
const { CHROMIUM_LAUNCH } = require('./tests/e2e/chromium');

module.exports = defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.js',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    locale: 'da-DK',
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `python3 tests/e2e/serve.py --port ${PORT} --dir dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
