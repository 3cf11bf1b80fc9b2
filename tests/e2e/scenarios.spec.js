// The scenarios in a real browser: the scenario grid, the "as if" table, the payout chart,
// the cash-flow warnings and the workings, for a prefilled link and as the inputs change.
// Every test also fails on console errors, page errors and CSP violations (the `calc`
// fixture in calculator.page.js). Nothing sleeps: every wait is a retrying assertion.
const { test, expect } = require('./calculator.page');

const MAIN = 'budget=1000000&target=17&hires=12';

/** The grid, its rows, and one row by its hires. */
function grid(calc) {
  return calc.output('scenario-grid');
}
function gridRows(calc) {
  return grid(calc).locator('[data-testid="scenario-row"]');
}
function gridRow(calc, hires) {
  return grid(calc).locator(`[data-testid="scenario-row"][data-hires="${hires}"]`);
}

/** Waits until the grid's rows carry exactly these data-hires, in order. */
async function expectGridHires(calc, hires) {
  await expect
    .poll(() => gridRows(calc).evaluateAll((rows) => rows.map((r) => Number(r.dataset.hires))))
    .toEqual(hires);
}

/** The chart's <desc> (not rendered, but in the accessibility tree through aria-labelledby). */
function chartDesc(calc) {
  return calc.output('payout-chart').locator('desc');
}

/** The chart's polyline points as [[x, y], …]. */
async function polylinePoints(calc) {
  const points = await calc.output('payout-chart').locator('polyline').getAttribute('points');
  return points
    .trim()
    .split(/\s+/)
    .map((p) => p.split(',').map(Number));
}

const DESC_17 =
  'Kurven viser samlet udbetaling fra 0 til 26 verificerede ansættelser. ' +
  'Under 9 ansættelser udbetales 500.000 kr.; ved 9 eller flere springer udbetalingen til 1.000.000 kr. ' +
  'Jeres scenarie: 12 ansættelser giver 1.000.000 kr.';

test.describe('a prefilled link', () => {
  test('the grid shows every hire level, the threshold rows and the own scenario', async ({ calc }) => {
    await calc.goto(MAIN);
    await expect(grid(calc)).toBeVisible();
    await expectGridHires(calc, [0, 4, 8, 9, 12, 17, 25]);

    // The threshold rows (one under, and ceil(17/2) = 9) are marked, and drawn so: a
    // 4 px bar before the row's heading.
    await expect(grid(calc).locator('tr[data-threshold]')).toHaveCount(2);
    await expect(gridRow(calc, 8)).toHaveAttribute('data-threshold');
    await expect(gridRow(calc, 9)).toHaveAttribute('data-threshold');
    await expect(gridRow(calc, 9).locator('th')).toHaveCSS('border-left-width', '4px');
    await expect(gridRow(calc, 12).locator('th')).toHaveCSS('border-left-width', '0px');

    // The user's 12 hires: the one current row, said in words too, and highlighted.
    await expect(grid(calc).locator('[aria-current="true"]')).toHaveCount(1);
    await expect(gridRow(calc, 12)).toHaveAttribute('aria-current', 'true');
    await expect(gridRow(calc, 12).locator('th')).toHaveCSS('font-weight', '600');
    await expect(gridRow(calc, 9).locator('th')).not.toHaveCSS('font-weight', '600');
    await expect(gridRow(calc, 12)).toContainText('jeres scenarie');

    // The cliff: 8 hires at 100 % expenses get half, 9 get everything.
    await expect(gridRow(calc, 8).locator('td').nth(0)).toHaveText('500.000 kr.');
    await expect(gridRow(calc, 9).locator('td')).toHaveText([
      '1.000.000 kr.', '0 kr.', '111.111,11 kr.',
      '900.000 kr.', '0 kr.', '100.000 kr.',
      '750.000 kr.', '0 kr.', '83.333,33 kr.',
    ]);
    await expect(grid(calc).locator('th[scope="colgroup"]')).toHaveText([
      /100 % \(1\.000\.000 kr\.\)/,
      /90 % \(900\.000 kr\.\)/,
      /75 % \(750\.000 kr\.\)/,
    ]);
  });

  test('the as-if table applies each round-one achievement to the target', async ({ calc }) => {
    await calc.goto(MAIN);
    const table = calc.output('as-if-table');
    await expect(table).toBeVisible();
    await expect(table.locator('[data-testid="as-if-row"]')).toHaveCount(8);
    // floor(17 × h / t): Code of Care 376/230 → 27, KHRS 12/17 → 12, SUMAK 10/21 → 8,
    // Marselisborg 60/120 → 8, Randers 63/100 → 10, Ingerfair 1/10 → 1,
    // network 500/460 → 18, course 22/38 → 9.
    await expect(table.locator('[data-testid="as-if-hires"]')).toHaveText([
      '27', '12', '8', '8', '10', '1', '18', '9',
    ]);
    const marselisborg = table.locator('[data-testid="as-if-row"]', { hasText: 'Marselisborg' });
    await expect(marselisborg.locator('td')).toHaveText([
      '50 % (60 / 120)', '8', 'Ikke nået', '500.000 kr.', '500.000 kr.',
    ]);
    // Ingerfair's one hire is reported, not verified, and says so next to the figures.
    const ingerfair = table.locator('[data-testid="as-if-row"]').nth(5);
    await expect(ingerfair.locator('th')).toContainText(/^Ingerfair/);
    await expect(ingerfair).toContainText('ikke verificeret');
    await expect(calc.page.locator('.as-if')).toContainText('foreløbige');
  });

  test('the chart is drawn with a title, a description and the stepped curve', async ({ calc }) => {
    await calc.goto(MAIN);
    const chart = calc.output('payout-chart');
    await expect(chart).toBeVisible();
    await expect(chart.locator('title')).toHaveText('Samlet udbetaling efter antal verificerede ansættelser');
    await expect(chartDesc(calc)).toHaveText(DESC_17);
    // What a screen reader gets for the image: its title and its description.
    await expect(chart).toHaveAccessibleName(/Samlet udbetaling efter antal verificerede ansættelser/);
    const pts = await polylinePoints(calc);
    expect(pts).toHaveLength(4);
    expect(pts.flat().every(Number.isFinite)).toBe(true);
    expect(pts[1][0]).toBe(pts[2][0]); // the jump at the threshold is vertical
    expect(pts[2][1]).toBeLessThan(pts[1][1]); // and goes up
    await expect(chart.locator('.achievement-label')).toHaveCount(6);
    await expect(chart.locator('.scenario-marker')).toContainText('Jeres scenarie: 12 ansættelser, 1.000.000 kr.');
  });
});

test.describe('changing the inputs', () => {
  test('a new target changes the grid rows, the as-if hires and the chart', async ({ calc }) => {
    await calc.goto(MAIN);
    await expectGridHires(calc, [0, 4, 8, 9, 12, 17, 25]);
    await expect(chartDesc(calc)).toHaveText(DESC_17);

    await calc.type('target', '20');
    // 25 % → 5, one under → 9, threshold → 10, the user's 12 (no level has it),
    // 75 % → 15, 100 % → 20, 150 % → 30.
    await expectGridHires(calc, [0, 5, 9, 10, 12, 15, 20, 30]);
    await expect(gridRow(calc, 12)).toHaveAttribute('aria-current', 'true');
    await expect(gridRow(calc, 12)).not.toHaveAttribute('data-threshold');
    await expect(gridRow(calc, 9)).toHaveAttribute('data-threshold');
    await expect(gridRow(calc, 10)).toHaveAttribute('data-threshold');
    await expect(calc.output('as-if-hires')).toHaveText([
      '32', '14', '9', '10', '12', '2', '21', '11',
    ]);
    await expect(chartDesc(calc)).toHaveText(
      'Kurven viser samlet udbetaling fra 0 til 30 verificerede ansættelser. ' +
        'Under 10 ansættelser udbetales 500.000 kr.; ved 10 eller flere springer udbetalingen til 1.000.000 kr. ' +
        'Jeres scenarie: 12 ansættelser giver 1.000.000 kr.',
    );
    await expect.poll(() => calc.searchParams().get('target')).toBe('20');
  });

  test('typing 8 hires moves the own row and warns about the own financing', async ({ calc }) => {
    await calc.goto(MAIN);
    await expect(gridRow(calc, 12)).toHaveAttribute('aria-current', 'true');
    await expect(calc.output('own-financing-warning')).toHaveCount(0);

    await calc.type('hires', '8');
    await expect(gridRow(calc, 8)).toHaveAttribute('aria-current', 'true');
    await expect(grid(calc).locator('[aria-current="true"]')).toHaveCount(1);
    await expect(gridRow(calc, 12)).not.toHaveAttribute('aria-current', /.*/);

    const warning = calc.output('own-financing-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveText(
      'Bemærk: I skal selv finansiere 500.000 kr. af udgifterne på 1.000.000 kr. ' +
        'Tjek, at I har råd til det, hvis det går sådan.',
    );
    await expect(calc.output('repayment-warning')).toHaveCount(0);
    await expect(chartDesc(calc)).toContainText('Jeres scenarie: 8 ansættelser giver 500.000 kr.');
  });

  test('low expenses after the threshold warn about a repayment', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&hires=9&expenses=400000');
    const warning = calc.output('repayment-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('Hvis I har fået fuld første rate');
    await expect(warning).toContainText('betale 100.000 kr. tilbage');
    await calc.type('expenses', '600.000');
    await expect(warning).toHaveCount(0);
  });

  test('editing an expense level changes its column and the address', async ({ calc, page }) => {
    await calc.goto(MAIN);
    const level2 = calc.field('level2');
    await expect(level2).toHaveValue('90');
    const header = grid(calc).locator('th[scope="colgroup"]').nth(1);
    await expect(header).toContainText('90 % (900.000 kr.)');

    await calc.type('level2', '80');
    await expect(header).toContainText('80 % (800.000 kr.)');
    await expect(gridRow(calc, 9).locator('td').nth(3)).toHaveText('800.000 kr.');
    await expect(gridRow(calc, 8).locator('td').nth(3)).toHaveText('400.000 kr.');
    await expect(gridRow(calc, 8).locator('td').nth(5)).toHaveText('50.000 kr.');
    await expect.poll(() => calc.searchParams().get('level2')).toBe('80');
    await calc.expectValid('level2');

    // The address reproduces the view.
    await calc.goto(calc.searchParams().toString());
    await expect(calc.field('level2')).toHaveValue('80');
    await expect(header).toContainText('80 % (800.000 kr.)');
    await expect(page).toHaveURL(/level2=80/);
  });

  test('a bad expense level is explained and the rest of the grid stays', async ({ calc }) => {
    await calc.goto(MAIN);
    await calc.type('level1', 'abc');
    const message = await calc.expectInvalid('level1');
    expect(message).toContain('procent');
    await expectGridHires(calc, [0, 4, 8, 9, 12, 17, 25]);
    await calc.type('level1', '100');
    await calc.expectValid('level1');
  });
});

test.describe('workings and the chart data', () => {
  test('the workings open and show the formulas with the user\u2019s numbers', async ({ calc, page }) => {
    await calc.goto(MAIN);
    const workings = calc.output('workings');
    const formula = workings.getByText('1.000.000 kr. / 17 = 58.823 kr.');
    await expect(workings).toBeAttached();
    await expect(formula).toBeHidden();

    await workings.locator('summary', { hasText: 'Sådan er det regnet ud' }).click();
    await expect(workings).toHaveJSProperty('open', true);
    await expect(formula).toBeVisible();
    await expect(workings.getByText('17 / 2 = 8,5 → rundet op: 9')).toBeVisible();
    await expect(workings.getByText('1.000.000 kr. / 12 = 83.333,33 kr.')).toBeVisible();
    // The report's sentence is in the reference part; the workings link to it.
    await expect(workings.getByTestId('workings-rules-link')).toHaveAttribute('href', '#rules-heading');

    // The workings follow the inputs while open.
    await calc.fill('target', '20');
    await expect(workings.getByText('1.000.000 kr. / 20 = 50.000 kr.')).toBeVisible();
    await expect(workings.getByText('20 / 2 = 10', { exact: true })).toBeVisible();
    await expect(page.getByText('17 / 2 = 8,5')).toHaveCount(0);
  });

  test('the open workings stay open while the target is retyped', async ({ calc }) => {
    // A person deletes the target and types a new one; for a moment the field is empty.
    await calc.goto(MAIN);
    const workings = calc.output('workings');
    await workings.locator('summary', { hasText: 'Sådan er det regnet ud' }).click();
    await expect(workings.getByText('17 / 2 = 8,5 → rundet op: 9')).toBeVisible();
    await calc.type('target', '20');
    await expect(calc.output('unit-price')).toHaveText('50.000 kr.');
    await expect(workings.getByText('20 / 2 = 10', { exact: true })).toBeVisible();
  });

  test('the chart\u2019s numbers are in a table behind "Se tallene bag grafen"', async ({ calc, page }) => {
    await calc.goto(MAIN);
    const table = page.getByRole('table', { name: 'Punkterne på kurven' });
    await expect(table).toBeHidden();
    await page.locator('summary', { hasText: 'Se tallene bag grafen' }).click();
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveText([
      /^0\s*500\.000 kr\.$/,
      /^9\s*500\.000 kr\.$/,
      /^9\s*1\.000\.000 kr\.$/,
      /^26\s*1\.000\.000 kr\.$/,
    ]);
    const achievements = page.getByRole('table', {
      name: 'Første rundes resultatopnåelse overført til jeres resultatmål',
    });
    await expect(achievements).toBeVisible();
    await expect(achievements.locator('tbody tr')).toHaveCount(6);
  });
});

test.describe('the chart on a phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('at 320 px the chart is no wider than the viewport', async ({ calc, page }) => {
    await calc.goto(MAIN);
    const chart = calc.output('payout-chart');
    await chart.scrollIntoViewIfNeeded();
    await expect(chart).toBeVisible();
    const box = await chart.boundingBox();
    expect(box).not.toBeNull();
    expect(box.width).toBeGreaterThan(100);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    // It keeps its proportions (viewBox 640 × 400) rather than being squeezed.
    expect(Math.abs(box.height / box.width - 400 / 640)).toBeLessThan(0.02);
  });

  test('at 320 px the chart\u2019s data table does not push the page sideways', async ({ calc, page }) => {
    await calc.goto(MAIN);
    await expect(calc.output('payout-chart')).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('summary', { hasText: 'Se tallene bag grafen' }).click();
    await expect(page.getByRole('table', { name: 'Punkterne på kurven' })).toBeVisible();
    // Wide tables belong in a scrollable region (as the grid and the as-if table are),
    // not on the page, which would then scroll sideways as a whole.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});

test.describe('chart labels', () => {
  // Text in the outer <svg> is clipped at its edges; every label must lie inside.
  for (const query of [MAIN, 'budget=1000000000&target=100000&hires=8', 'budget=1000000&target=17&hires=0']) {
    test(`every label is inside the chart (${query})`, async ({ calc }) => {
      await calc.goto(query);
      const chart = calc.output('payout-chart');
      await expect(chart).toBeVisible();
      const outside = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const tol = 0.5;
        return [...svg.querySelectorAll('text')]
          .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
          .filter(
            ({ r }) =>
              r.left < box.left - tol ||
              r.right > box.right + tol ||
              r.top < box.top - tol ||
              r.bottom > box.bottom + tol,
          )
          .map(({ text, r }) => `${text} (top ${Math.round(r.top - box.top)}, left ${Math.round(r.left - box.left)}, right ${Math.round(box.right - r.right)})`);
      });
      expect(outside, 'labels sticking out of the chart').toEqual([]);
    });
  }
});
