// The calculator in a real browser, driven the way a person uses it: opening a
// link with a query, typing amounts in Danish forms, choosing an approach.
// Every test also fails on any console error or uncaught page error (see the
// `calc` fixture in calculator.page.js).
const { test, expect } = require('./calculator.page');
const crypto = require('crypto');

const RESULTS = [
  'unit-price',
  'threshold-hires',
  'payout-interim',
  'payout-final',
  'payout-total',
  'own-financing',
];

test.describe('link with a query', () => {
  test('Code of Care from the URL: unit price, threshold and payouts', async ({ calc }) => {
    await calc.goto('budget=5649208&target=230&approach=network');
    await expect(calc.approach('network')).toBeChecked();
    await calc.waitForResults({
      'unit-price': '24.561 kr.',
      'threshold-hires': '115',
      'payout-interim': '2.824.604 kr.',
      'payout-final': '2.824.604 kr.',
      'payout-total': '5.649.208 kr.',
      'own-financing': '0 kr.',
    });
  });

  test('Code of Care is placed in the round-one table between SUMAK and Ingerfair', async ({ calc }) => {
    await calc.goto('budget=5649208&target=230&approach=network');
    await calc.waitForResult('unit-price', '24.561 kr.');

    await expect(calc.roundOneTable()).toBeVisible();
    await expect(calc.roundOneRows()).toHaveCount(9);
    await expect(calc.userRow()).toHaveCount(1);
    await expect(calc.allRoundOneRows()).toHaveCount(10);
    await expect(calc.userRow()).toContainText('24.561');

    // The nine projects of round one, in ascending unit-price order.
    const has = (...parts) => new RegExp(parts.map((p) => `(?=[\\s\\S]*${p})`).join(''));
    await expect(calc.roundOneRows()).toHaveText([
      has('Randers', '7\\.976'),
      has('Quick Care', '15\\.982'),
      has('AOF', '17\\.811'),
      has('Marselisborg', '19\\.373'),
      has('SUMAK', '22\\.619'),
      has('Code of Care', '24\\.561'),
      has('Ingerfair', '28\\.600'),
      has('KHRS', '70\\.738'),
      has('ISS', '75\\.380'),
    ]);

    const user = await calc.rowIndex((r) => r.testid === 'round-one-user-row');
    const sumak = await calc.rowIndex((r) => r.testid === 'round-one-row' && r.text.includes('SUMAK'));
    const ingerfair = await calc.rowIndex(
      (r) => r.testid === 'round-one-row' && r.text.includes('Ingerfair'),
    );
    expect(sumak, 'SUMAK row').toBeGreaterThanOrEqual(0);
    expect(ingerfair, 'Ingerfair row').toBeGreaterThanOrEqual(0);
    expect(user, 'user row comes after SUMAK').toBeGreaterThan(sumak);
    expect(user, 'user row comes before Ingerfair').toBeLessThan(ingerfair);
    expect([5, 6], 'user row is the 6th or 7th of 10').toContain(user);
  });

  test('below the threshold: nothing at the interim, half the expenses at the end', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&hires=8&expenses=900000');
    await calc.waitForResults({
      'threshold-hires': '9',
      'payout-interim': '0 kr.',
      'payout-total': '450.000 kr.',
      'payout-final': '450.000 kr.',
      'own-financing': '450.000 kr.',
    });
  });

  test('threshold reached with low expenses: the final payout is a repayment', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&hires=9&expenses=400000');
    await calc.waitForResults({
      'threshold-hires': '9',
      'payout-interim': '500.000 kr.',
      'payout-total': '400.000 kr.',
      'payout-final': '100.000 kr.',
      'own-financing': '0 kr.',
    });
  });

  test('a budget with øre shows øre in the payout and whole kroner in the unit price', async ({ calc }) => {
    await calc.goto('budget=1234567,50&target=10');
    await calc.waitForResults({
      'payout-interim': '617.283,75 kr.',
      'unit-price': '123.456 kr.',
    });
  });

  test('approach=course checks the course radio button', async ({ calc }) => {
    await calc.goto('approach=course');
    await expect(calc.approach('course')).toBeChecked();
    await expect(calc.approach('network')).not.toBeChecked();
    await expect(calc.approach('hybrid')).not.toBeChecked();
  });

  test('a bad budget in the URL appears in its field with its error', async ({ calc }) => {
    await calc.goto('budget=12x&target=10');
    await expect(calc.field('budget')).toHaveValue('12x');
    await calc.expectInvalid('budget');
    await calc.expectValid('target');
    await calc.waitForNoNumber('unit-price');
  });
});

test.describe('typing into the empty page', () => {
  // Table 3 of the report: each project's budget and target, typed as a person
  // might write the amount, gives its unit price.
  const TABLE_3 = [
    { project: 'Code of Care', budget: '5.649.208', target: '230', unit: '24.561 kr.' },
    { project: 'Marselisborg', budget: '2324850', target: '120', unit: '19.373 kr.' },
    { project: 'ISS', budget: '1 658 378 kr.', target: '22', unit: '75.380 kr.' },
    { project: 'AOF Midt', budget: 'kr. 1.424.930,-', target: '80', unit: '17.811 kr.' },
    { project: 'KHRS', budget: '1.202.550', target: '17', unit: '70.738 kr.' },
    { project: 'Randers HK og DISCUS', budget: '797600', target: '100', unit: '7.976 kr.' },
    { project: 'Quick Care', budget: '479 482 kr.', target: '30', unit: '15.982 kr.' },
    { project: 'SUMAK', budget: 'kr. 475.000,-', target: '21', unit: '22.619 kr.' },
    { project: 'Ingerfair', budget: '286.000', target: '10', unit: '28.600 kr.' },
    { project: 'all nine projects', budget: '14297998', target: '630', unit: '22.695 kr.' },
  ];

  for (const row of TABLE_3) {
    test(`Table 3: ${row.project} — "${row.budget}" / ${row.target} gives ${row.unit}`, async ({ calc }) => {
      await calc.goto('/');
      await calc.type('budget', row.budget);
      await calc.type('target', row.target);
      await calc.waitForResult('unit-price', row.unit);
      await calc.expectValid('budget');
      await calc.expectValid('target');
    });
  }

  test('the URL follows what is typed, and opening it again restores the calculation', async ({ calc, page }) => {
    // The page's timers run on Playwright's clock: in step with real time, and run on at
    // once below to show that a write the app may have timed has had its turn.
    await page.clock.install();
    await calc.goto('/');
    await calc.type('budget', '1.202.550');
    await calc.type('target', '17');
    await calc.waitForResult('unit-price', '70.738 kr.');

    await expect(page).toHaveURL((url) => {
      const budget = url.searchParams.get('budget');
      return url.searchParams.get('target') === '17' && budget !== null && /^1\.?202\.?550(,00)?$/.test(budget);
    });

    // A person copies the link and opens it again: the address is left as it is (no
    // history call), since it already says what the page shows.
    const link = calc.searchParams().toString();
    await page.addInitScript(() => {
      window.__replaced = 0;
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        window.__replaced += 1;
        return replace(...args);
      };
    });
    await calc.goto(link);
    await expect(calc.field('target')).toHaveValue('17');
    await calc.waitForResult('unit-price', '70.738 kr.');
    // The address is written once the query has stopped changing for 250 ms: every timer
    // the app has set is run (a minute on, past each of its delays), and none wrote it.
    await page.clock.runFor(60_000);
    expect(await page.evaluate(() => window.__replaced)).toBe(0);
    expect(new URL(page.url()).search).toBe(`?${link}`);
    // Typing changes it again: once the typing pauses, not at every key (each write costs
    // the browser milliseconds, and Chrome ignores more than 200 in 10 s).
    await calc.type('target', '18');
    await expect(page).toHaveURL(/target=18/);
    expect(await page.evaluate(() => window.__replaced)).toBeGreaterThan(0);
    const before = await page.evaluate(() => window.__replaced);
    await calc.type('budget', '12345678');
    await calc.waitForResult('unit-price', '685.871 kr.');
    await expect(page).toHaveURL(/budget=12345678&/);
    // Nine changes of the query (the field emptied, eight digits), typed without pauses.
    expect(await page.evaluate(() => window.__replaced)).toBeLessThanOrEqual(before + 3);
  });

  test('choosing an approach is kept in the URL', async ({ calc, page }) => {
    await calc.goto('/');
    await calc.chooseApproach('hybrid');
    await expect(page).toHaveURL((url) => url.searchParams.get('approach') === 'hybrid');
    await calc.chooseApproach('course');
    await expect(page).toHaveURL((url) => url.searchParams.get('approach') === 'course');
    await expect(calc.approach('hybrid')).not.toBeChecked();
  });

  test('hires and expenses: typed, then emptied to fall back on the target and the budget', async ({ calc }) => {
    await calc.goto('/');
    await calc.type('budget', '1.000.000');
    await calc.type('target', '17');
    await calc.type('hires', '8');
    await calc.type('expenses', '900.000');
    await calc.waitForResults({
      'threshold-hires': '9',
      'payout-interim': '0 kr.',
      'payout-total': '450.000 kr.',
      'payout-final': '450.000 kr.',
      'own-financing': '450.000 kr.',
    });

    // Empty hires means the target (17), which reaches the threshold.
    await calc.clear('hires');
    await calc.waitForResults({
      'payout-interim': '500.000 kr.',
      'payout-total': '900.000 kr.',
      'payout-final': '400.000 kr.',
      'own-financing': '0 kr.',
    });

    // Empty expenses means the budget.
    await calc.clear('expenses');
    await calc.waitForResults({
      'payout-interim': '500.000 kr.',
      'payout-total': '1.000.000 kr.',
      'payout-final': '500.000 kr.',
      'own-financing': '0 kr.',
    });
  });
});

test.describe('bad input', () => {
  test('letters in the budget: marked invalid with a message, no figures; fixing it brings them back', async ({ calc, page }) => {
    await calc.goto('/');
    await calc.type('budget', 'abc');
    await calc.type('target', '10');

    const message = await calc.expectInvalid('budget');
    expect(message.length).toBeGreaterThan(0);
    await expect(calc.field('budget')).toHaveValue('abc');
    // "Fejl:" first for screen readers, visually hidden (DKFDS); the message in the error
    // colour, DKFDS #CC0000 (the style sheet, shipped minified, still applies).
    const error = await calc.errorFor('budget');
    await expect(error.locator('.visually-hidden')).toHaveText('Fejl:');
    expect(message).toMatch(/^Fejl: \S/);
    await expect(error).toHaveCSS('color', 'rgb(204, 0, 0)');
    // The field itself is marked too, by its message in it: a red bar and a red border,
    // which take no room (the field does not move when they come).
    const field = page.locator('.field').filter({ has: calc.field('budget') });
    const bar = () => field.evaluate((el) => getComputedStyle(el, '::before').borderLeftColor);
    expect(await bar()).toBe('rgb(204, 0, 0)');
    await expect(calc.field('budget')).toHaveCSS('border-top-color', 'rgb(204, 0, 0)');
    for (const testid of RESULTS) await calc.waitForNoNumber(testid);

    await calc.type('budget', '500.000');
    await calc.waitForResult('unit-price', '50.000 kr.');
    await calc.expectValid('budget');
    await calc.expectValid('target');
    await expect.poll(() => field.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
    // Quoted text in the minified style sheet keeps its space: the marker of the user's row.
    const userRow = page.locator('.user-row th').first();
    expect(await userRow.evaluate((e) => getComputedStyle(e, '::before').content)).toBe('"▶ "');
  });

  const BAD = [
    { field: 'target', value: '0', other: ['budget', '1.000.000'], why: 'no hires' },
    { field: 'target', value: '2,5', other: ['budget', '1.000.000'], why: 'not a whole number' },
    { field: 'budget', value: '1.000.000.001', other: ['target', '10'], why: 'above 1.000.000.000 kr.' },
    { field: 'budget', value: '12,345', other: ['target', '10'], why: 'more than two decimals' },
  ];

  for (const bad of BAD) {
    test(`${bad.field} "${bad.value}" is rejected (${bad.why})`, async ({ calc }) => {
      await calc.goto('/');
      await calc.type(bad.other[0], bad.other[1]);
      await calc.type(bad.field, bad.value);
      await calc.expectInvalid(bad.field);
      await calc.expectValid(bad.other[0]);
      await expect(calc.field(bad.field)).toHaveValue(bad.value);
      await calc.waitForNoNumber('unit-price');
    });
  }

  test('the largest budget, 1.000.000.000 kr., and two decimals are accepted', async ({ calc }) => {
    await calc.goto('/');
    await calc.type('target', '10');
    await calc.type('budget', '1.000.000.000');
    await calc.waitForResult('unit-price', '100.000.000 kr.');
    await calc.expectValid('budget');

    await calc.type('budget', '12,34');
    await calc.type('target', '1');
    await calc.waitForResult('unit-price', '12 kr.');
    await calc.expectValid('budget');
  });
});

test.describe('security policy', () => {
  test('the page carries a CSP without unsafe-inline or unsafe-eval; its inline scripts and style are hashed into it', async ({ calc, page }) => {
    await calc.goto('budget=1000000&target=10');
    await calc.waitForResult('unit-price', '100.000 kr.');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // Exactly the inline scripts the page has (the page's guard, Trunk's loader) are
    // allowed, each by the sha256 of its text; any other inline script would be refused.
    // (The figures module, the failure message and the copy buttons' script are files.)
    const texts = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent));
    expect(texts).toHaveLength(2);
    const hashes = texts.map((t) => `'sha256-${crypto.createHash('sha256').update(t, 'utf8').digest('base64')}'`);
    const allowed = csp.match(/script-src ([^;]*)/)[1].split(' ').filter((s) => s.startsWith("'sha256-"));
    expect(allowed.sort()).toEqual(hashes.sort());
    // The same for the style sheet, inline as one <style>.
    const styles = await page.locator('style').evaluateAll((els) => els.map((e) => e.textContent));
    expect(styles).toHaveLength(1);
    const styleHash = `'sha256-${crypto.createHash('sha256').update(styles[0], 'utf8').digest('base64')}'`;
    expect(csp.match(/style-src ([^;]*)/)[1].split(' ')).toEqual(["'self'", styleHash]);
    await calc.expectNoCspViolations();
    // Typing still works under the policy.
    await calc.type('target', '20');
    await calc.waitForResult('unit-price', '50.000 kr.');
  });
});
