// Takes the README's screenshot of the built site: `make screenshot` (needs dist/).
const { chromium } = require('@playwright/test');
const { spawn } = require('child_process');
const { CHROMIUM_LAUNCH } = require('./chromium');

(async () => {
  const port = 8766;
  const server = spawn('python3', ['tests/e2e/serve.py', '--port', String(port), '--dir', 'dist'], { stdio: 'ignore' });
  try {
    const browser = await chromium.launch(CHROMIUM_LAUNCH);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1250 } });
    const url = `http://127.0.0.1:${port}/?budget=1.202.550&target=17&approach=course&hires=12`;
    for (let i = 0; i < 50; i++) {
      try { await page.goto(url); break; } catch { await new Promise(r => setTimeout(r, 100)); }
    }
    await page.locator('[data-testid=unit-price]').filter({ hasText: /\d/ }).waitFor();
    await page.screenshot({ path: process.argv[2] || 'docs/screenshot.png', fullPage: false });
    await browser.close();
  } finally {
    server.kill();
  }
})();
