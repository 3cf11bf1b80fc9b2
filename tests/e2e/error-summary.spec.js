// The error summary ("Der er problemer") and the polite announcements.
const { test, expect } = require('./calculator.page');

test.describe('error summary and announcements', () => {
  test('invalid fields are listed above the heading; a link moves focus to its field', async ({ calc, page }) => {
    await calc.goto('budget=12x&target=0&hires=abc&level2=900');
    const summary = page.locator('[data-testid=error-summary]');
    await expect(summary).toBeVisible();
    await expect(summary.locator('h2')).toHaveText('Der er problemer');
    const links = summary.locator('a');
    await expect(links).toHaveCount(4);
    // It stands before the page heading.
    const before = await page.evaluate(() => {
      const s = document.querySelector('[data-testid=error-summary]');
      const h = document.querySelector('h1');
      return !!(s.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    await links.nth(1).click();
    await expect(calc.field('target')).toBeFocused();
    await links.nth(3).click();
    await expect(page.locator('[name=level2]')).toBeFocused();
    // Fixing the fields empties the summary.
    await calc.type('budget', '1.000.000');
    await calc.type('target', '10');
    await calc.type('hires', '5');
    await page.locator('[name=level2]').fill('90');
    // The summary changes when focus leaves a control, so nothing above the field in use moves.
    await expect(summary.locator('a')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(summary).toHaveCount(0);
  });

  test('results are announced politely once typing pauses, not on every keystroke', async ({ calc, page }) => {
    await calc.goto('');
    const live = page.locator('[data-testid=live-region]');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await calc.type('budget', '1.202.550');
    await calc.type('target', '17');
    await expect(live).toHaveText('Enhedspris 70.738 kr. Samlet udbetaling 1.202.550 kr.');
    // Keystrokes in quick succession produce one announcement, not one per key.
    const texts = [];
    await page.exposeFunction('__recordLive', (t) => texts.push(t));
    await page.evaluate(() => {
      const el = document.querySelector('[data-testid=live-region]');
      new MutationObserver(() => window.__recordLive(el.textContent)).observe(el, { childList: true, subtree: true, characterData: true });
    });
    await calc.field('target').press('End');
    await calc.field('target').pressSequentially('00', { delay: 30 });
    await calc.waitForResult('unit-price', '707 kr.');
    await expect(live).toHaveText('Enhedspris 707 kr. Samlet udbetaling 1.202.550 kr.');
    expect(texts.length).toBeLessThanOrEqual(2);
  });
});
