// English: ?lang=en, the language switch, English number formats in and out.
const { test, expect } = require('./calculator.page');

test.describe('English', () => {
  test('?lang=en shows English, DKK amounts and <html lang="en">', async ({ calc, page }) => {
    await calc.goto('lang=en&budget=5649208&target=230&approach=network');
    await calc.waitForResults({
      'unit-price': 'DKK 24,561',
      'threshold-hires': '115',
      'payout-interim': 'DKK 2,824,604',
      'payout-total': 'DKK 5,649,208',
      'own-financing': 'DKK 0',
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText('Grant calculator');
    await expect(page).toHaveTitle(/Grant calculator/);
    await expect(page.getByRole('heading', { name: 'Compared with round one' })).toBeVisible();
  });

  test('no placeholder, and the chart axis is written the English way', async ({ calc, page }) => {
    await calc.goto('lang=en&budget=2000000&target=1500&approach=course');
    await calc.waitForResult('unit-price', 'DKK 1,333');
    // No grey example value in the field; the hint says what an empty field means.
    await expect(page.locator('input[name=expenses]')).not.toHaveAttribute('placeholder', /./);
    const chart = page.locator('[data-testid=payout-chart]');
    // The x tick labels (they hang from under the axis; the scenario's label is centred too).
    await expect(chart.locator('text[dominant-baseline=text-before-edge]')).toHaveText(['0', '750', '1,500', '2,250']);
  });

  test('English input: 1,234,567.50 is accepted; a point starts the øre', async ({ calc }) => {
    await calc.goto('lang=en');
    await calc.type('budget', '1,234,567.50');
    await calc.type('target', '10');
    await calc.waitForResult('unit-price', 'DKK 123,456');
    await calc.waitForResult('payout-interim', 'DKK 617,283.75');
    await calc.type('budget', '12.34');
    await calc.waitForResult('unit-price', 'DKK 1');
    await calc.type('budget', '12.345');
    expect(await calc.expectInvalid('budget')).toMatch(/two decimals/);
    // The prefix screen readers hear first is English too ("Fejl:" in Danish).
    const error = await calc.errorFor('budget');
    await expect(error.locator('.visually-hidden')).toHaveText('Error:');
    await calc.type('budget', '12.345.6');
    const message = await calc.expectInvalid('budget');
    expect(message).toMatch(/point/);
    await calc.waitForNoNumber('unit-price');
  });

  test('the language switch keeps the calculation and rewrites the numbers', async ({ calc, page }) => {
    await calc.goto('budget=1.234.567,50&target=10&hires=7&expenses=1.000.000');
    await calc.waitForResult('payout-interim', '617.283,75 kr.');
    await page.locator('[data-testid=lang-switch]').click();
    await calc.waitForApp();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await calc.waitForResult('payout-interim', 'DKK 617,283.75');
    await expect(calc.field('budget')).toHaveValue('1,234,567.50');
    await expect(calc.field('expenses')).toHaveValue('1,000,000');
    expect(calc.searchParams().get('lang')).toBe('en');
    // The English page is its own, with its own wasm (only English texts).
    expect(new URL(page.url()).pathname).toBe('/en/');
    // And back to Danish.
    await page.locator('[data-testid=lang-switch]').click();
    await calc.waitForApp();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await calc.waitForResult('payout-interim', '617.283,75 kr.');
    await expect(calc.field('budget')).toHaveValue('1.234.567,50');
    expect(calc.searchParams().get('lang')).toBeNull();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  test('each page in each language: links lead to the right page, wrong-language links are sent on', async ({ calc, page }) => {
    // /en/ without a lang parameter is English; ?lang=en on a Danish page goes to /en/.
    await page.goto('/en/?budget=1000000&target=10');
    await calc.waitForApp();
    await calc.waitForResult('unit-price', 'DKK 100,000');
    await page.goto('/?lang=en&budget=1000000&target=10');
    await calc.waitForApp();
    expect(new URL(page.url()).pathname).toBe('/en/');
    await calc.waitForResult('unit-price', 'DKK 100,000');
    // From the English calculator to the English batch page and back, inputs kept.
    await page.getByTestId('nav-batch').click();
    await expect(page.locator('h1')).toHaveText('Check many applications');
    expect(new URL(page.url()).pathname).toBe('/en/batch/');
    await page.getByRole('link', { name: 'Calculator' }).click();
    await calc.waitForApp();
    expect(new URL(page.url()).pathname).toBe('/en/');
    await expect(calc.field('budget')).toHaveValue('1000000');
    // The Danish batch page opened with lang=en goes to the English one, and its switch back.
    await page.goto('/batch/?lang=en');
    await expect(page.locator('h1')).toHaveText('Check many applications');
    expect(new URL(page.url()).pathname).toBe('/en/batch/');
    await page.getByTestId('lang-switch').click();
    await expect(page.locator('h1')).toHaveText('Tjek mange ansøgninger');
    expect(new URL(page.url()).pathname).toBe('/batch/');
  });

  test('each page has its own language and title from the first byte, and keeps them', async ({ page }) => {
    const pages = [
      ['/batch/', 'da', 'Tjek mange ansøgninger – Puljeberegner', 'Tjek mange ansøgninger'],
      ['/en/batch/', 'en', 'Check many applications – Grant calculator', 'Check many applications'],
      ['/en/', 'en', /^Grant calculator – /, 'Grant calculator'],
      ['/', 'da', /^Puljeberegner – /, 'Puljeberegner'],
    ];
    for (const [url, lang, title, h1] of pages) {
      // As the server sends it, before any script has run.
      const html = await (await page.request.get(url)).text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toMatch(typeof title === 'string' ? `<title>${title}</title>` : new RegExp(`<title>${title.source.slice(1)}`));
      // And once the app runs.
      await page.goto(url);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page.locator('#app[data-prerendered]')).toHaveCount(0);
      // A frame and a task later, when the app's effects have run.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(title);
    }
  });

  test('the batch view and embed mode in English', async ({ calc, page }) => {
    await page.goto('/?view=batch&lang=en');
    await expect(page.locator('h1')).toHaveText('Check many applications');
    await page.locator('[name=batch]').fill('Project;Budget;Target;Approach\nA;1.000.000;10;network\nB;12x;0;foo\n');
    await expect(page.locator('[data-testid=batch-unit-price]')).toHaveText(['DKK 100,000']);
    await expect(page.locator('[data-testid=batch-error]')).toHaveCount(1);
    // The English page reads amounts as the English calculator does, and says what to type
    // in English (tests/e2e/batch-english.spec.js).
    await expect(page.locator('[data-testid=batch-error]')).toContainText('The amount may only hold digits');
    await calc.goto('embed=1&lang=en&budget=1000000&target=17');
    await calc.waitForResult('unit-price', 'DKK 58,823');
    await expect(page.locator('[data-testid=lang-switch]')).toHaveText('Dansk');
  });
});
