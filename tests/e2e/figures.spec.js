// The figures module (crates/figures, static/figures.js): with the app's wasm held back, a
// shared link's figures come from the small module alone, follow typing, show a field's
// message as the app would, and the app, once it starts, keeps what was typed.
const { test, expect, holdWasm, holdFigures } = require('./calculator.page');

const SHARED = '/?budget=5649208&target=230&approach=network';

test('a shared link shows its figures before the app, follows typing, and the app keeps it', async ({ calc, page }) => {
  const release = await holdWasm(page);
  await page.goto(SHARED);
  // Still the pre-rendered view: the app has not started.
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await expect(page.getByTestId('unit-price')).toHaveText('24.561 kr.');
  await expect(page.getByTestId('threshold-hires')).toHaveText('115');
  await expect(page.getByTestId('payout-total')).toHaveText('5.649.208 kr.');
  await expect(page.getByTestId('payout-interim')).toHaveText('2.824.604 kr.');
  await expect(page.getByTestId('results-missing')).toHaveCount(0);
  await expect(page.getByTestId('threshold-status')).toContainText('115');
  // The link's values are in the form.
  await expect(calc.field('budget')).toHaveValue('5649208');
  await expect(calc.field('target')).toHaveValue('230');
  await expect(calc.approach('network')).toBeChecked();

  // Typing changes the figures at once.
  await calc.field('target').fill('200');
  await expect(page.getByTestId('unit-price')).toHaveText('28.246 kr.');
  await expect(page.getByTestId('threshold-hires')).toHaveText('100');
  // Fewer verified hires than the threshold: no first payment, half the expenses covered,
  // and the status says so.
  await calc.field('hires').fill('50');
  await expect(page.getByTestId('payout-interim')).toHaveText('0 kr.');
  await expect(page.getByTestId('payout-total')).toHaveText('2.824.604 kr.');
  await expect(page.getByTestId('threshold-status')).toContainText('ikke nået');
  await calc.field('hires').fill('');

  // A budget the page cannot read: no figure, and once the reader leaves the field, the
  // message under it.
  await calc.field('budget').fill('12x');
  await expect(page.getByTestId('unit-price')).toHaveText('—');
  await expect(page.locator('#field-budget-error')).toHaveCount(0);
  await calc.field('target').focus();
  const error = page.locator('#field-budget-error');
  await expect(error).toBeVisible();
  await expect(calc.field('budget')).toHaveAttribute('aria-invalid', 'true');
  await expect(calc.field('budget')).toHaveAttribute('aria-describedby', 'field-budget-hint field-budget-error');
  const before = (await error.textContent()).trim();
  expect(before).toMatch(/^Fejl: \S/);

  // The app starts: it takes the view over and keeps what was typed, with the same message.
  release();
  await calc.waitForApp();
  await expect(calc.field('budget')).toHaveValue('12x');
  await expect(calc.field('target')).toHaveValue('200');
  await expect(calc.approach('network')).toBeChecked();
  await expect(page.locator('#field-budget-error')).toHaveText(before);
  await calc.field('budget').fill('5649208');
  await calc.waitForResult('unit-price', '28.246 kr.');
  await expect(page.getByTestId('round-one-table')).toBeVisible();
  // One calculator on the page.
  await expect(page.locator('[name="budget"]')).toHaveCount(1);
});

test('a repayment and a bad value in the link read as the app draws them', async ({ calc, page }) => {
  const release = await holdWasm(page);
  // The first payment reached (10 of 17 hires) but only 300.000 kr. spent: the final
  // settlement is a repayment, under its own label.
  await page.goto('/?budget=1000000&target=17&hires=10&expenses=300000&approach=walking');
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await expect(page.getByTestId('unit-price')).toHaveText('58.823 kr.');
  // A link's bad value shows its message at once.
  await expect(page.locator('#field-approach-error')).toContainText('walking');
  const message = (await page.locator('#field-approach-error').textContent()).trim();
  const figures = {};
  for (const id of ['payout-interim', 'payout-final', 'payout-total', 'own-financing', 'payout-per-hire']) {
    figures[id] = (await page.getByTestId(id).textContent()).trim();
  }
  const label = (await page.getByTestId('payout-final').locator('xpath=preceding-sibling::dt').textContent()).trim();
  await expect(page.getByTestId('payout-final').locator('xpath=..')).toHaveAttribute('data-repayment', '');
  release();
  await calc.waitForApp();
  await expect(page.locator('#field-approach-error')).toHaveText(message);
  for (const [id, text] of Object.entries(figures)) await expect(page.getByTestId(id)).toHaveText(text);
  await expect(page.getByTestId('payout-final').locator('xpath=preceding-sibling::dt')).toHaveText(label);
});

test('the English page: the figures module writes English', async ({ calc, page }) => {
  const release = await holdWasm(page);
  await page.goto(`/en${SHARED}`);
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  await expect(page.getByTestId('unit-price')).toHaveText('DKK 24,561');
  await expect(page.getByTestId('threshold-hires')).toHaveText('115');
  await calc.field('budget').fill('1,202,550');
  await calc.field('target').fill('17');
  await expect(page.getByTestId('unit-price')).toHaveText('DKK 70,738');
  release();
  await calc.waitForApp();
  await calc.waitForResult('unit-price', 'DKK 70,738');
});

test('the figures module is asked for first, and the page runs nothing the policy does not allow', async ({ calc, page }) => {
  await page.goto(SHARED);
  const first = await page.evaluate(() => {
    const csp = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const a = csp.nextElementSibling;
    const b = a.nextElementSibling;
    return [a, b].map((e) => `${e.tagName} ${e.getAttribute('type') || e.getAttribute('rel')} ${e.getAttribute('src') || e.getAttribute('href')} ${e.getAttribute('fetchpriority')}`);
  });
  // The figures module (its glue and page script in one file) and its wasm, right after
  // the page's policy, at high priority.
  expect(first[0]).toMatch(/^SCRIPT module \.\/figures-[0-9a-f]{16}\.js high$/);
  expect(first[1]).toMatch(/^LINK application\/wasm \.\/figures-[0-9a-f]{16}_bg\.wasm high$/);
  expect(await page.evaluate(() => document.head.querySelector('link[href$="_bg.wasm"][fetchpriority]').rel)).toBe('preload');
  await calc.waitForApp();
  await calc.waitForResult('unit-price', '24.561 kr.');
});

test('what is typed before the figures module starts wins over the link, and the app keeps it', async ({ calc, page }) => {
  const releaseApp = await holdWasm(page);
  const releaseFigures = await holdFigures(page);
  await page.goto(SHARED);
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  // Nothing computed yet: the pre-rendered view, empty.
  await expect(page.getByTestId('unit-price')).toHaveText('—');
  await calc.field('target').fill('17');
  await calc.approach('course').check();
  releaseFigures();
  // The link's budget, the reader's target and approach.
  await expect(page.getByTestId('unit-price')).toHaveText('332.306 kr.');
  await expect(calc.field('budget')).toHaveValue('5649208');
  await expect(calc.field('target')).toHaveValue('17');
  await expect(calc.approach('course')).toBeChecked();
  await expect(page.locator('#app[data-prerendered]')).toHaveCount(1);
  releaseApp();
  await calc.waitForApp();
  await calc.waitForResult('unit-price', '332.306 kr.');
  await expect(calc.approach('course')).toBeChecked();
  await expect(page).toHaveURL(/\?budget=5649208&target=17&approach=course$/);
});
