// Markup and javascript: URLs from links, pastes and names are shown as text; nothing
// runs and no request leaves the page.
const { test, expect } = require('./calculator.page');

const EVIL = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '"><svg onload=window.__pwned=1>',
];

/** Fails the test on any dialog and records every request that leaves 127.0.0.1. */
function guard(page) {
  const outside = [];
  page.on('dialog', async (d) => { outside.push(`dialog: ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== '127.0.0.1') outside.push(r.url());
  });
  return outside;
}

test.describe('hostile input is text', () => {
  for (const evil of EVIL) {
    test(`URL parameters: ${evil}`, async ({ calc, page }) => {
      const outside = guard(page);
      const q = new URLSearchParams({ budget: evil, target: evil, approach: evil, hires: evil, expenses: evil, level1: evil, lang: evil });
      await calc.goto(q.toString());
      await calc.expectInvalid('budget');
      await expect(calc.field('budget')).toHaveValue(evil.slice(0, 200));
      // The unknown approach is quoted as text in its message.
      await expect(page.locator('#field-approach-error')).toContainText(evil.slice(0, 20));
      expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
      // No script element came in with the input: the page's own two inline scripts,
      // hashed into its CSP, are all there is: the app's loader in <head>, the page's guard
      // (embedded or not, the reference part) at the end of <body>; and three files, the
      // figures module, the failure message and the copy buttons' script.
      expect(await page.locator('head script:not([src])').count()).toBe(1);
      const files = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
      expect(files).toHaveLength(3);
      expect(files[0]).toMatch(/^\.\/figures-[0-9a-f]{16}\.js$/);
      expect(files.slice(1)).toEqual(['failure.js', 'copy.js']);
      const body = await page.locator('body script').evaluateAll((els) => els.map((e) => e.textContent));
      expect(body).toHaveLength(1);
      expect(body[0]).toContain("fetch('reference.html')");
      expect(outside).toEqual([]);
    });
  }

  test('a pasted batch with markup in names and values', async ({ page }) => {
    const outside = guard(page);
    await page.goto('/?view=batch');
    const lines = ['Projekt;Ansøgt beløb;Resultatmål;Tilgang']
      .concat(EVIL.map((e) => `"${e.replace(/"/g, '""')}";1.000.000;10;netværk`))
      .concat([`Ok;${EVIL[0]};10;${EVIL[2]}`]);
    await page.locator('[name=batch]').fill(lines.join('\n'));
    await expect(page.locator('[data-testid=batch-row]')).toHaveCount(EVIL.length);
    for (const evil of EVIL) {
      await expect(page.locator('[data-testid=batch-table]')).toContainText(evil);
    }
    await expect(page.locator('[data-testid=batch-error]')).toHaveCount(1);
    // The rows' links go to the calculator on this site, never to javascript:.
    const hrefs = await page.locator('[data-testid=batch-row] a').evaluateAll((as) => as.map((a) => a.href));
    for (const href of hrefs) expect(href.startsWith('http://127.0.0.1')).toBe(true);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(outside).toEqual([]);
  });

  test('an over-long link is cut with a clear message, and a long field says so', async ({ calc, page }) => {
    await calc.goto(`budget=${'1'.repeat(50)}&target=10&x=${'y'.repeat(33000)}`);
    await expect(page.locator('[data-testid=query-cut]')).toBeVisible();
    const message = await calc.expectInvalid('budget');
    expect(message).toMatch(/40 tegn/);
  });
});
