// What the page says, in the browser: the caveats sit in the same section as the round-one table (the
// app moves them there from the page's static reference part); the reference part is read
// after the calculator and before the footer, hidden when embedded, and readable without
// JavaScript; round two is beside round one.
const { test, expect } = require('./calculator.page');

test('the caveats sit in the same section as the round-one table', async ({ calc, page }) => {
  await calc.goto('?budget=1202550&target=17&approach=course');
  await calc.waitForResult('unit-price', '70.738 kr.');
  const section = page.locator('section', { has: page.getByTestId('round-one-table') });
  await expect(section).toHaveCount(1);
  const caveats = section.getByTestId('round-one-caveats');
  await expect(caveats).toBeVisible();
  await expect(caveats).toContainText('tabel 6, note *');
  await expect(caveats).toContainText('124 ansættelser mod et resultatmål på 230');
  // Right under the table, and only once on the page.
  await expect(page.getByTestId('round-one-caveats')).toHaveCount(1);
  const follows = await page.evaluate(() => {
    const table = document.getElementById('round-one');
    return table.nextElementSibling && table.nextElementSibling.id;
  });
  expect(follows).toBe('round-one-caveats');
  // They stay when the inputs change.
  await calc.fill('target', '20');
  await calc.waitForResult('unit-price', '60.127 kr.');
  await expect(section.getByTestId('round-one-caveats')).toBeVisible();
  // Round two beside round one: STAR's figure with its date, linked to its section.
  await expect(section.getByTestId('round-two-compare')).toContainText('13.554 kr.');
  await expect(section.getByTestId('round-two-compare')).toContainText('12. april 2023');
});

test('the reference part reads after the calculator, then the embed section, then the footer', async ({ calc, page }) => {
  await calc.goto('?budget=1000000&target=17');
  await calc.waitForResult('unit-price', '58.823 kr.');
  // Fetched and put in place as the app started, not by the fallback 2 s after load.
  await expect(page.locator('#reference-src')).toHaveCount(0, { timeout: 1500 });
  const order = await page.evaluate(() => {
    // The app's root holds <main>; the reference part follows it, then the footer.
    const app = document.getElementById('app');
    const reference = document.getElementById('reference');
    const footer = document.querySelector('footer.site-footer');
    const embed = document.getElementById('embed');
    return [
      app.contains(document.getElementById('main')) && app.nextElementSibling === reference,
      reference.nextElementSibling === embed && embed.nextElementSibling === footer,
    ];
  });
  expect(order).toEqual([true, true]);
  await expect(page.getByTestId('assumptions').getByTestId('assumption')).toHaveCount(5);
  await expect(page.getByTestId('sources').locator('a[href^="https://star.dk/"]')).toHaveCount(3);
  // The lead links to the words explained.
  await page.locator('.lead a[href="#words-heading"]').click();
  await expect(page.locator('#words-heading')).toBeInViewport();
});

test('a link to a heading of the reference part lands on it once the part is there', async ({ calc, page }) => {
  // The browser looks for #words-heading as the page loads, while the reference part is
  // still packed in its <noscript>; the page scrolls to it once it is unpacked.
  await page.goto('/#words-heading');
  await calc.waitForApp();
  await expect(page.getByTestId('round-one-caveats')).toBeVisible();
  await expect(page.locator('#words-heading')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  // In the English page too, and for another heading of the part.
  await page.goto('/en/#round-two-heading');
  await calc.waitForApp();
  await expect(page.locator('#round-two-heading')).toBeInViewport();
  // A fragment that names nothing of the part leaves the page at its top.
  await page.goto('/#nothing-here');
  await calc.waitForApp();
  await expect(page.getByTestId('round-one-caveats')).toBeVisible();
  await expect(page.locator('h1')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('embedded, the reference part is hidden', async ({ calc, page }) => {
  const asked = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await calc.goto('?budget=1000000&target=17&embed=1');
  await calc.waitForResult('unit-price', '58.823 kr.');
  await expect(page.getByTestId('reference')).toBeHidden();
  // Never shown embedded, so never fetched.
  expect(asked).not.toContain('/reference.html');
});

test('a link to a part of the reference lands on it once the part is there', async ({ calc, page }) => {
  await calc.goto('?budget=1000000&target=17#words-heading');
  await calc.waitForResult('unit-price', '58.823 kr.');
  await expect(page.locator('#words-heading')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the rule, the assumptions and the sources are there to read', async ({ page }) => {
    await page.goto('/');
    // The header and footer are there without the app.
    await expect(page.locator('header.site-header')).toBeVisible();
    await expect(page.locator('footer.site-footer')).toBeVisible();
    // A link where the part goes, to its own page.
    await page.locator('#reference-src a').click();
    await expect(page).toHaveURL(/\/reference\.html$/);
    await expect(page).toHaveTitle('Regler, forudsætninger og kilder – Puljeberegner');
    await expect(page.getByTestId('rules')).toContainText('Antagelse:');
    await expect(page.getByTestId('round-one-caveats')).toBeVisible();
    // The caveats' heading once, not again over round one's caveats inside the section.
    await expect(page.getByTestId('caveats').getByText('Det skal I vide om tallene fra første runde', { exact: true }).filter({ visible: true })).toHaveCount(1);
    await expect(page.getByTestId('round-two')).toContainText('13.554 kr.');
    await page.goto('/en/');
    await page.locator('#reference-src a').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('rule-rendering')).toContainText('up to half of the amount applied for');
    await expect(page.getByTestId('round-two')).toContainText('DKK 13,554');
  });
});
