// Embedding: the example host page sizes the calculator's iframe to its content.
const { test, expect, holdWasm } = require('./calculator.page');

/** The iframe's height in CSS pixels, and whether its document overflows it. */
async function frameMetrics(page) {
  const iframe = page.locator('iframe[data-puljeberegner]');
  const height = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const frame = await (await iframe.elementHandle()).contentFrame();
  const inner = await frame.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
    body: Math.ceil(document.body.getBoundingClientRect().height),
  }));
  return { height, ...inner };
}

test.describe('embed mode', () => {
  test('?embed=1 has no site header and still computes', async ({ calc, page }) => {
    await calc.goto('embed=1&budget=1000000&target=17');
    await calc.waitForResult('unit-price', '58.823 kr.');
    // The page's header, footer and reference part are in its HTML, hidden when embedded.
    await expect(page.locator('[data-testid=site-header]')).toBeHidden();
    await expect(page.locator('footer.site-footer')).toBeHidden();
    await expect(page.getByTestId('reference')).toBeHidden();
    await expect(page.locator('[data-testid=embed-code]')).toBeHidden();
    // The URL keeps embed=1 as the inputs change.
    await calc.type('target', '20');
    await calc.waitForResult('unit-price', '50.000 kr.');
    await expect.poll(() => calc.searchParams().get('embed')).toBe('1');
  });

  test('an embed link hides the site header and footer before the wasm is there', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/?embed=ja&budget=1000000&target=17');
    await expect(page.locator('html')).toHaveClass(/\bembedded\b/);
    await expect(page.locator('[data-testid=site-header]')).toBeHidden();
    await expect(page.locator('footer.site-footer')).toBeHidden();
    await expect(page.getByTestId('reference')).toBeHidden();
    release();
    await expect(page.getByTestId('unit-price')).toHaveText('58.823 kr.');
    await expect(page.locator('[data-testid=site-header]')).toBeHidden();
  });

  test('the full page offers the iframe snippet for the current inputs', async ({ calc, page }) => {
    await calc.goto('budget=1000000&target=17');
    await calc.waitForResult('unit-price', '58.823 kr.');
    const code = page.locator('[data-testid=embed-code]');
    await expect(code).toHaveValue(/<iframe data-puljeberegner src="[^"]*budget=1000000&amp;target=17&amp;embed=1"/);
    await expect(code).toHaveValue(/title="Puljeberegner/);
    await expect(code).toHaveValue(/<script src="[^"]*embed\.js" defer><\/script>/);
  });

  test('the example host page: the iframe fits its content, grows and shrinks, no inner scrollbar', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto('/embed-example.html');
    const frame = page.frameLocator('iframe[data-puljeberegner]');
    await expect(frame.locator('[data-testid=unit-price]')).toHaveText('58.823 kr.');

    // The host script has set the height to the content's height (not the 1200 px default).
    await expect.poll(async () => {
      const m = await frameMetrics(page);
      return Math.abs(m.height - m.body) <= 1 && m.height !== 1200;
    }).toBe(true);
    const before = await frameMetrics(page);
    expect(before.scrollHeight).toBeLessThanOrEqual(before.viewport + 1);

    // The compact embed: the fields, the key figures and the payout, a link to the rest.
    await expect(frame.locator('[data-testid=payout-total]')).toBeVisible();
    await expect(frame.locator('[data-testid=workings]')).toHaveCount(0);
    await expect(page.locator('iframe[data-puljeberegner]')).toHaveAttribute('scrolling', 'no');

    // A problem shown on leaving a field makes the content taller: the iframe follows.
    const budget = frame.locator('[name=budget]');
    await budget.fill('abc');
    await budget.press('Tab');
    await expect(frame.locator('[data-testid=error-summary]')).toBeVisible();
    await expect.poll(async () => (await frameMetrics(page)).height).toBeGreaterThan(before.height + 50);
    const open = await frameMetrics(page);
    expect(open.scrollHeight).toBeLessThanOrEqual(open.viewport + 1);

    // Fixed and left again: the iframe shrinks back.
    await budget.fill('1000000');
    await budget.press('Tab');
    await expect(frame.locator('[data-testid=error-summary]')).toHaveCount(0);
    await expect.poll(async () => (await frameMetrics(page)).height).toBeLessThan(open.height - 50);
    const closed = await frameMetrics(page);
    expect(closed.scrollHeight).toBeLessThanOrEqual(closed.viewport + 1);
    expect(errors).toEqual([]);
  });
});
