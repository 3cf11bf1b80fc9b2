// Accessibility (WCAG 2.1 AA): axe-core reports zero violations in every state
// of the calculator, and the whole form can be used by keyboard alone with a
// visible focus.
//
// How axe gets into the page: the page's Content-Security-Policy allows only
// `script-src 'self' 'wasm-unsafe-eval'`, so `page.addScriptTag({ path })`, which
// inserts the file's text as an inline <script>, is blocked (and would count as
// a CSP violation). Instead the axe source is run with `frame.evaluate(source)`:
// DevTools-protocol evaluation is not subject to the page's CSP, and axe-core
// itself needs no eval, so the policy stays on (no bypassCSP) and the `calc`
// fixture still fails the test on any securitypolicyviolation event.
const fs = require('fs');
const { test, expect } = require('./calculator.page');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Loads axe-core into every frame of the page (axe reaches into iframes through its copy there). */
async function injectAxe(page) {
  for (const frame of page.frames()) {
    // eslint-disable-next-line no-await-in-loop
    await frame.evaluate(`${AXE_SOURCE}\n;void 0;`);
  }
}

/** Readable lines for each violation: rule, impact, help, and every offending node. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${JSON.stringify(n.target)}\n      ${n.html}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.id}] (${v.impact}) ${v.help}\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/** Runs axe on the whole page (iframes included) and asserts zero WCAG 2.1 A/AA violations. */
async function expectNoAxeViolations(page, label) {
  await injectAxe(page);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: true }),
    WCAG_TAGS,
  );
  const report = describeViolations(results.violations);
  if (results.violations.length) console.log(`axe violations — ${label}:\n${report}`);
  expect(results.violations.map((v) => v.id), `axe violations — ${label}:\n${report}`).toEqual([]);
}

test.describe('axe-core: zero WCAG 2.1 A/AA violations', () => {
  test('empty page', async ({ calc, page }) => {
    await calc.goto('/');
    await expect(calc.output('results-missing')).toBeVisible();
    await expectNoAxeViolations(page, 'empty page');
  });

  test('valid inputs with results', async ({ calc, page }) => {
    await calc.goto('budget=1000000&target=17&approach=course&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await expectNoAxeViolations(page, 'valid inputs');
  });

  test('invalid inputs with errors', async ({ calc, page }) => {
    await calc.goto('budget=12x&target=0&hires=abc&expenses=-5&level1=x');
    await calc.expectInvalid('budget');
    await calc.expectInvalid('target');
    await calc.expectInvalid('hires');
    await calc.expectInvalid('expenses');
    await expectNoAxeViolations(page, 'invalid inputs');
  });

  test('scenarios open: the workings and the chart data', async ({ calc, page }) => {
    await calc.goto('budget=1000000&target=17&approach=course&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await page.getByText('Sådan er det regnet ud', { exact: true }).click();
    await expect(page.locator('[data-testid=workings]')).toHaveAttribute('open', '');
    await page.getByText('Se tallene bag grafen', { exact: true }).click();
    await expect(page.locator('details.chart-data')).toHaveAttribute('open', '');
    await expectNoAxeViolations(page, 'scenarios open');
  });

  test('batch view with results and errors', async ({ calc, page }) => {
    await page.goto('/?view=batch');
    const batch = page.locator('[name="batch"]');
    await expect(batch).toBeEditable();
    await batch.fill('Projekt;Ansøgt beløb;Resultatmål;Tilgang\nA;1.000.000;10;netværk\nB;12x;0;foo\n');
    await expect(page.locator('[data-testid=batch-summary]')).toBeVisible();
    await expect(page.locator('[data-testid=batch-error]')).toHaveCount(1);
    await expectNoAxeViolations(page, 'batch view');
    expect(calc.pageErrors).toEqual([]);
  });

  test('batch view with a column to choose, then chosen', async ({ calc, page }) => {
    await page.goto('/?view=batch');
    const batch = page.locator('[name="batch"]');
    await expect(batch).toBeEditable();
    await batch.fill('Projekt;Kroner i alt;Antal;Tilgang\nA;1.000.000;10;netværk\nB;12x;0;foo\n');
    await expect(page.locator('[data-testid=error-summary]')).toBeVisible();
    await page.locator('#column-budget').selectOption('1');
    await page.locator('#column-target').selectOption('1');
    await expect(page.locator('#column-target')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'batch view, columns to choose');
    await page.locator('#column-target').selectOption('2');
    await expect(page.locator('[data-testid=batch-error]')).toHaveCount(1);
    await expect(page.locator('[data-testid=column-choice]')).toBeVisible();
    await expectNoAxeViolations(page, 'batch view, columns chosen');
    expect(calc.pageErrors).toEqual([]);
  });

  test('embed mode', async ({ calc, page }) => {
    await calc.goto('embed=1&budget=1000000&target=17');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await expect(page.locator('[data-testid=site-header]')).toBeHidden();
    await expect(page.locator('footer.site-footer')).toBeHidden();
    await expectNoAxeViolations(page, 'embed mode');
  });

  test('the example host page with the calculator in its iframe', async ({ calc, page }) => {
    await page.goto('/embed-example.html');
    const frame = page.frameLocator('iframe[data-puljeberegner]');
    await expect(frame.locator('[data-testid=unit-price]')).toHaveText('58.823 kr.');
    await expectNoAxeViolations(page, 'embed-example.html');
    expect(calc.pageErrors).toEqual([]);
  });

  test.describe('320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('valid inputs with the scenarios open at 320 px', async ({ calc, page }) => {
      await calc.goto('budget=1000000&target=17&approach=course&hires=12');
      await calc.waitForResult('unit-price', '58.823 kr.');
      await page.getByText('Sådan er det regnet ud', { exact: true }).click();
      await page.getByText('Se tallene bag grafen', { exact: true }).click();
      await expect(page.locator('details.chart-data')).toHaveAttribute('open', '');
      await expectNoAxeViolations(page, '320 px');
      // Reflow (WCAG 1.4.10): no horizontal scrolling of the page itself.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    });

    test('batch view at 320 px', async ({ calc, page }) => {
      await page.goto('/?view=batch');
      const batch = page.locator('[name="batch"]');
      await expect(batch).toBeEditable();
      await batch.fill('Projekt;Ansøgt beløb;Resultatmål;Tilgang\nA;1.000.000;10;netværk\nB;12x;0;foo\n');
      await expect(page.locator('[data-testid=batch-error]')).toHaveCount(1);
      await expectNoAxeViolations(page, 'batch view at 320 px');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
      expect(calc.pageErrors).toEqual([]);
    });
  });

  test('English', async ({ calc, page }) => {
    await calc.goto('lang=en&budget=1000000&target=17&approach=course&hires=12');
    const lang = await page.evaluate(() => document.documentElement.lang);
    test.fixme(lang !== 'en', '?lang=en does not render English yet (<html lang> is not "en")');
    await expect(calc.output('unit-price')).toHaveText(/\d/);
    await expectNoAxeViolations(page, 'English');
  });
});

/**
 * What the focused element is and whether its focus is visible: a computed outline
 * or box-shadow, and (WCAG 1.4.11) one of their colours at least 3:1 against the
 * background the element sits on.
 */
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const cs = getComputedStyle(el);
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  const shadow = cs.boxShadow && cs.boxShadow !== 'none';
  const rgb = (c) => (c.match(/rgba?\(([^)]+)\)/) || [null, ''])[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  const luminance = ([r, g, b]) => [r, g, b]
    .map((v) => v / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  // The background behind the element: the nearest opaque background among its ancestors.
  let background = [255, 255, 255];
  for (let p = el.parentElement; p; p = p.parentElement) {
    const c = rgb(getComputedStyle(p).backgroundColor);
    if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { background = c.slice(0, 3); break; }
  }
  const colours = [];
  if (outline) colours.push(cs.outlineStyle === 'auto' ? [16, 16, 16] : rgb(cs.outlineColor));
  if (shadow) for (const m of cs.boxShadow.matchAll(/rgba?\([^)]+\)/g)) colours.push(rgb(m[0]));
  const contrast = Math.max(0, ...colours.filter((c) => c.length >= 3).map((c) => ratio(c.slice(0, 3), background)));
  return {
    contrast: Math.round(contrast * 100) / 100,
    tag: el.tagName.toLowerCase(),
    type: el.getAttribute('type'),
    name: el.getAttribute('name'),
    id: el.id,
    value: el.getAttribute('value'),
    text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
    visible: (outline || shadow) && contrast >= 3,
    focusVisible: el.matches(':focus-visible'),
    style: `outline: ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}; box-shadow: ${cs.boxShadow}; best contrast ${Math.round(contrast * 100) / 100}:1 on rgb(${background})`,
  };
}

const describeEl = (s) => `<${s.tag}${s.name ? ` name=${s.name}` : ''}${s.id ? ` #${s.id}` : ''}${s.value ? ` value=${s.value}` : ''}> "${s.text}"`;

test.describe('keyboard', () => {
  test('Tab reaches every control in order, each with a visible focus, and leaves the page', async ({ calc, page }) => {
    await calc.goto('budget=1000000&target=17&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');

    const seen = [];
    const invisible = [];
    let left = false;
    for (let i = 0; i < 200; i += 1) {
      // eslint-disable-next-line no-await-in-loop
      await page.keyboard.press('Tab');
      // eslint-disable-next-line no-await-in-loop
      const s = await page.evaluate(focusState);
      if (!s) {
        // Focus went back to the document (past the last control): no trap.
        if (seen.length) { left = true; break; }
        continue;
      }
      if (seen.length && describeEl(seen[0]) === describeEl(s) && seen.length > 1) { left = true; break; }
      seen.push(s);
      if (!s.visible) invisible.push(`${describeEl(s)} — ${s.style}`);

      // The approach radios are one Tab stop; arrow keys move between them.
      if (s.name === 'approach') {
        // eslint-disable-next-line no-await-in-loop
        await page.keyboard.press('ArrowDown');
        // eslint-disable-next-line no-await-in-loop
        const next = await page.evaluate(focusState);
        expect(next && next.name, 'ArrowDown stays in the approach group').toBe('approach');
        expect(next.value).not.toBe(s.value);
        expect(next.visible, `visible focus on ${describeEl(next)}: ${next.style}`).toBe(true);
        // eslint-disable-next-line no-await-in-loop
        await expect(page.locator(`[name=approach][value="${next.value}"]`)).toBeChecked();
        // eslint-disable-next-line no-await-in-loop
        await page.keyboard.press('ArrowUp');
        // eslint-disable-next-line no-await-in-loop
        const back = await page.evaluate(focusState);
        expect(back.value).toBe(s.value);
        // eslint-disable-next-line no-await-in-loop
        await expect(page.locator(`[name=approach][value="${s.value}"]`)).toBeChecked();
      }
    }

    const order = seen.map((s) => `${describeEl(s)}  focus ${s.contrast}:1`);
    console.log(`Tab order (${order.length} stops):\n  ${order.join('\n  ')}`);
    expect(left, `focus never left the page after ${seen.length} Tab presses (focus trap?)`).toBe(true);
    expect(invisible, 'focused elements without a visible focus indicator').toEqual([]);

    // The calculator's controls, in this order.
    const names = seen.map((s) => s.name);
    const at = (n) => names.indexOf(n);
    for (const n of ['budget', 'target', 'approach', 'hires', 'expenses']) {
      expect(at(n), `Tab reaches [name=${n}]`).toBeGreaterThanOrEqual(0);
    }
    // The approach first, then the two numbers, so the result follows the last one typed.
    expect(at('approach')).toBeLessThan(at('budget'));
    expect(at('budget')).toBeLessThan(at('target'));
    expect(at('target')).toBeLessThan(at('hires'));
    expect(at('hires')).toBeLessThan(at('expenses'));
    // Only one Tab stop for the radio group.
    expect(names.filter((n) => n === 'approach')).toHaveLength(1);
    // Links, buttons and disclosure summaries are reached too.
    const tags = new Set(seen.map((s) => s.tag));
    expect([...tags]).toEqual(expect.arrayContaining(['a', 'button', 'summary']));

    // Shift+Tab walks back from the end too (no trap going backwards).
    await page.keyboard.press('Shift+Tab');
    const last = await page.evaluate(focusState);
    expect(last, 'Shift+Tab from outside the page lands on the last control').not.toBeNull();
  });

  test('the batch view by keyboard: text area, file input, buttons, with visible focus', async ({ calc, page }) => {
    await page.goto('/?view=batch');
    await expect(page.locator('[name="batch"]')).toBeEditable();
    const seen = [];
    for (let i = 0; i < 40; i += 1) {
      // eslint-disable-next-line no-await-in-loop
      await page.keyboard.press('Tab');
      // eslint-disable-next-line no-await-in-loop
      const s = await page.evaluate(focusState);
      if (!s) { if (seen.length) break; continue; }
      seen.push(s);
      expect(s.visible, `visible focus on ${describeEl(s)}: ${s.style}`).toBe(true);
    }
    const names = seen.map((s) => s.name || s.id);
    expect(names).toEqual(expect.arrayContaining(['batch', 'batch-file']));
    expect(seen.some((s) => s.tag === 'button')).toBe(true);
    expect(calc.pageErrors).toEqual([]);
  });
});
