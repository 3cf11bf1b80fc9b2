// The calculator's default view, pre-rendered into index.html at build time: there to read
// and fill in before the wasm arrives, replaced by the app without losing what was typed;
// for a link with a query the figures module writes its values and figures into it
// (figures.spec.js).
const { test, expect, holdWasm } = require('./calculator.page');

test('before the wasm arrives the calculator is there; what is typed meanwhile is kept', async ({ calc, page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Puljeberegner');
  await expect(page.getByTestId('results-missing')).toBeVisible();
  // Only the app's first drawing, the form, the key figures and the payout (withheld until
  // the inputs are there): the workings and the sections below come with the app.
  await expect(page.locator('#app[data-prerendered] main')).toBeVisible();
  // The header and footer are the page's own, outside the app.
  await expect(page.locator('body > header.site-header')).toBeVisible();
  await expect(page.locator('body > footer.site-footer')).toBeVisible();
  await expect(page.getByTestId('unit-price')).toHaveText('—');
  await expect(page.getByTestId('payout-total')).toHaveText('—');
  await expect(page.getByTestId('workings')).toHaveCount(0);
  await expect(page.getByTestId('round-one-table')).toHaveCount(0);
  // The reference part is a file of its own (reference.html), linked where it goes: the
  // page fetches it and puts it there when the app starts, or 2 s after its load without
  // the app (as here).
  // (The page as served has the link; the fallback may already have replaced it here.)
  const served = await (await page.request.get('/')).text();
  expect(served).toContain('<a href="reference.html">Regler, forudsætninger og kilder</a>');
  expect(served).not.toContain('data-testid="reference"');
  await expect(page.getByTestId('reference')).toHaveCount(1, { timeout: 5000 });
  await expect(page.locator('#reference-src')).toHaveCount(0);
  await expect(page.getByTestId('rules')).toContainText('Tilskudsmodellen for projekterne');
  // The reader starts filling in the form before the app is there.
  await page.locator('[name="budget"]').fill('1.202.550');
  await page.locator('[name="target"]').fill('17');
  await page.locator('[name="approach"][value="course"]').check();
  release();
  await calc.waitForApp();
  await expect(calc.field('budget')).toHaveValue('1.202.550');
  await expect(calc.field('target')).toHaveValue('17');
  await expect(calc.approach('course')).toBeChecked();
  await calc.waitForResult('unit-price', '70.738 kr.');
  await expect(page).toHaveURL(/\?budget=1\.202\.550&target=17&approach=course$/);
  await expect(page.getByTestId('round-one-table')).toBeVisible();
  await expect(page.getByTestId('round-one-caveats')).toBeVisible();
  // One page, not the pre-rendered one and the app's.
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('[name="budget"]')).toHaveCount(1);
});

test('the English page is pre-rendered in English, with an English head', async ({ calc, page }) => {
  const release = await holdWasm(page);
  await page.goto('/en/');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Grant calculator/);
  await expect(page.locator('h1')).toHaveText('Grant calculator');
  await page.locator('[name="budget"]').fill('1,202,550');
  await page.locator('[name="target"]').fill('17');
  release();
  await calc.waitForApp();
  await calc.waitForResult('unit-price', 'DKK 70,738');
  expect(new URL(page.url()).pathname).toBe('/en/');
});

test('a link for the other page goes there, leaving the pre-rendered view alone', async ({ calc, page }) => {
  const release = await holdWasm(page, { figures: true });
  await page.goto('/?lang=en&budget=1000000&target=10');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  release();
  await calc.waitForApp();
  await expect(page.locator('h1')).toHaveText('Grant calculator');
  expect(new URL(page.url()).pathname).toBe('/en/');
  await calc.waitForResult('unit-price', 'DKK 100,000');
});

test('without JavaScript the page shows the calculator and says what it needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Puljeberegner');
  await expect(page.locator('[name="budget"]')).toBeVisible();
  // The message first, above the calculator (Playwright's text search skips <noscript>).
  const text = await page.locator('body').innerText();
  expect(text.indexOf('Puljeberegneren kræver JavaScript og WebAssembly.')).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('Puljeberegneren kræver JavaScript')).toBeLessThan(text.indexOf('Ansøgt beløb'));
  await context.close();
});

// In the page before its own scripts: notes whether the app's unit price was ever in the
// DOM while the rest of the page (from the round-one table to the disclaimer at its end)
// was not yet.
function watchDrawOrder() {
  window.__resultsBeforeRest = false;
  new MutationObserver(() => {
    const app = '#app:not([data-prerendered]) ';
    if (
      document.querySelector(app + '[data-testid="unit-price"]') &&
      !document.querySelector(app + '[data-testid="round-one-table"]') &&
      !document.querySelector(app + '[data-testid="disclaimer"]')
    ) {
      window.__resultsBeforeRest = true;
    }
  }).observe(document, { childList: true, subtree: true });
}

test('the app draws the form and the key figures first, then the rest, with or without a query', async ({ calc, page }) => {
  await page.addInitScript(watchDrawOrder);
  // Prefilled: the unit price comes a task before the rest.
  await page.goto('/?budget=1202550&target=17&approach=course');
  await calc.waitForApp();
  await calc.waitForResult('unit-price', '70.738 kr.');
  await expect(page.getByTestId('round-one-table')).toBeVisible();
  await expect(page.getByTestId('payout-total')).toHaveText('1.202.550 kr.');
  expect(await page.evaluate(() => window.__resultsBeforeRest)).toBe(true);
  // Bare address: the pre-rendered view is the same first drawing; the app takes its place
  // and adds the rest below it.
  await page.goto('/');
  await calc.waitForApp();
  await expect(page.getByTestId('round-one-table')).toBeVisible();
  expect(await page.evaluate(() => window.__resultsBeforeRest)).toBe(true);
});
