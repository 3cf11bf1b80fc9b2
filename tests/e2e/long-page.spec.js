// The long calculator page as a reader goes through it: from the result one tap to each
// further answer and one tap back; on a phone the scenario's fields beside the payout
// they change; nothing cut off at the right edge; the chart's amounts on its axis;
// embedded, every link leads to something the frame shows or opens the whole page.
// Positions are measured in CSS px and logged, for the issue's before/after.
const { test, expect } = require('./calculator.page');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const QUERY = 'budget=1202550&target=17&approach=course&hires=12';

/** The element's top and bottom in the document (CSS px from the page's top). */
async function pageY(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
}

/** Opens the page and waits for the app and for the reference part it unpacks. */
async function open(calc, page, query = QUERY) {
  await calc.goto(query);
  await expect(calc.output('unit-price')).toHaveText(/\d/);
  await expect(page.locator('#hire-fact')).toBeAttached();
}

const ANSWERS = [
  ['#cash-heading', /Hvornår kommer pengene/],
  ['#compare-heading', /Sammenlignet med første runde/],
  ['#hire-fact', /Hvad tæller som en ansættelse/],
  ['#rules-heading', /Rapportens ordlyd/],
];

for (const viewport of [PHONE, DESKTOP]) {
  test.describe(`${viewport.width} × ${viewport.height}`, () => {
    test.use({ viewport });

    test('the result leads to each further answer in one tap, and each answer back', async ({ calc, page }) => {
      await open(calc, page);
      const price = await pageY(calc.output('unit-price'));
      const nav = page.getByRole('navigation', { name: /Læs videre/ });
      await expect(nav).toBeVisible();
      const lines = [];
      for (const [href, name] of ANSWERS) {
        const link = nav.getByRole('link', { name });
        await expect(link).toHaveAttribute('href', href);
        const at = await pageY(link);
        const answer = await pageY(page.locator(href));
        // Within two screens of the unit price (below it, or beside it on a wide screen).
        expect(at.bottom - price.top, `${href}: link ${Math.round(at.top)}, unit price ${Math.round(price.top)}`)
          .toBeLessThanOrEqual(2 * viewport.height);
        lines.push(`${href}: the answer ${Math.round(answer.top - price.top)} px below the unit price, its link ${Math.round(at.top - price.top)} px`);
        // One tap there, one tap back.
        await link.click();
        await expect(page.locator(href)).toBeInViewport();
        const section = page.locator(href).locator('xpath=ancestor::*[self::section][1]');
        const back = section.getByRole('link', { name: /Tilbage til resultatet/ });
        await expect(back).toHaveCount(1);
        await back.click();
        await expect(calc.output('unit-price')).toBeInViewport();
        await expect(page.locator('#results-heading')).toBeInViewport();
      }
      console.log(`${viewport.width}×${viewport.height}:\n  ${lines.join('\n  ')}`);
    });

    test('the top of the page leads to the embed code', async ({ calc, page }) => {
      await open(calc, page);
      const link = page.locator('.lead').getByRole('link', { name: 'Indlejr beregneren' });
      await expect(link).toHaveAttribute('href', '#embed-heading');
      await expect(link).toBeInViewport();
      await link.click();
      await expect(page.locator('#embed-heading')).toBeInViewport();
      await expect(page.getByTestId('embed-code')).toBeVisible();
    });

    test('nothing is cut off at the right edge, the details open', async ({ calc, page }) => {
      await open(calc, page);
      await page.getByText('Sådan er det regnet ud', { exact: true }).click();
      await page.getByText('Se tallene bag grafen', { exact: true }).click();
      await expect(page.locator('details.chart-data')).toHaveAttribute('open', '');
      const cut = await page.evaluate(() => {
        const found = [];
        const vw = document.documentElement.clientWidth;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          // A table's cells and column headings scroll in its box; its caption must not.
          if (!node.textContent.trim() || el.closest('svg, .visually-hidden, td, th')) continue;
          // The right edge the text may reach: the viewport's, or a scrolling box's inside it.
          let limit = vw;
          for (let a = el.parentElement; a; a = a.parentElement) {
            if (getComputedStyle(a).overflowX !== 'visible') {
              const r = a.getBoundingClientRect();
              limit = Math.min(limit, r.left + a.clientWidth);
            }
          }
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const r of range.getClientRects()) {
            if (r.width > 0 && r.right > limit + 0.5) {
              found.push(`"${node.textContent.trim().slice(0, 50)}" <${el.tagName.toLowerCase()}> to ${Math.round(r.right)} px, the edge at ${Math.round(limit)}`);
              break;
            }
          }
        }
        return found;
      });
      expect(cut).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    });

    test('the chart shows its amounts on the y axis, 12 px or more, inside the chart', async ({ calc, page }) => {
      for (const [query, top] of [[QUERY, '1,5 mio.'], ['budget=475000&target=21&hires=10', '0,6 mio.'], ['lang=en&budget=1202550&target=17', '1.5m']]) {
        await calc.goto(query);
        const chart = page.locator('[data-testid=payout-chart]');
        await expect(chart).toBeVisible();
        const ticks = await chart.evaluate((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll('text[text-anchor=end]')]
            .filter((t) => t.closest('.tick') && t.checkVisibility())
            .map((t) => {
              const r = t.getBoundingClientRect();
              return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale, inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
            });
        });
        console.log(`${viewport.width}: ${query} y axis ${ticks.map((t) => `${t.text} (${t.px.toFixed(1)} px)`).join(', ')}`);
        expect(ticks.length, query).toBeGreaterThanOrEqual(3);
        expect(ticks[ticks.length - 1].text, query).toBe(top);
        for (const t of ticks) {
          expect(t.px, t.text).toBeGreaterThanOrEqual(12);
          expect(t.inside, `${t.text} inside the chart`).toBe(true);
        }
      }
    });

    test('embedded, every link leads to something the frame shows, or opens the whole page', async ({ calc, page }) => {
      await calc.goto(`${QUERY}&embed=1`);
      await expect(calc.output('unit-price')).toHaveText(/\d/);
      // With a problem too: the error summary's links.
      await calc.fill('budget', 'abc');
      await calc.field('budget').press('Tab');
      await expect(page.getByTestId('error-summary')).toBeVisible();
      const links = await page.evaluate(() => [...document.querySelectorAll('a')]
        .filter((a) => a.checkVisibility())
        .map((a) => {
          const url = new URL(a.href, location.href);
          const here = url.origin === location.origin && url.pathname === location.pathname
            && url.search === location.search && url.hash;
          const target = here && document.getElementById(decodeURIComponent(url.hash.slice(1)));
          return {
            text: a.textContent.trim(),
            href: a.getAttribute('href'),
            in_frame: !!here,
            shown: !!target && target.checkVisibility(),
            leaves: ['_top', '_blank'].includes(a.target),
            embed: url.searchParams.get('embed'),
          };
        }));
      console.log(`${viewport.width}, embedded: ${links.map((l) => `${l.text} → ${l.href}`).join('; ')}`);
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const l of links) {
        const ok = (l.in_frame && l.shown)
          || (l.leaves && l.embed === null)
          // The language switch: this frame in the other language.
          || (!l.in_frame && !l.leaves && l.embed === '1');
        expect(ok, JSON.stringify(l)).toBe(true);
      }
    });
  });
}

test.describe('on a phone (390 × 844): the scenario beside its payout', () => {
  test.use({ viewport: PHONE });

  test('the verified hires and the actual expenses are on the screen with the payout they change', async ({ calc, page }) => {
    await open(calc, page);
    const total = calc.output('payout-total');
    // By Tab from the last link under the result, as a keyboard reaches them; the page
    // scrolls only where focus takes it.
    await page.locator('[data-testid=answer-links] a').last().focus();
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const [name, value] of [['hires', '8'], ['expenses', '900000']]) {
      const field = calc.field(name);
      await page.keyboard.press('Tab');
      await expect(field).toBeFocused();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(value);
      await expect(field).toBeInViewport({ ratio: 1 });
      await expect(total).toBeInViewport({ ratio: 1 });
      const f = await pageY(field);
      const t = await pageY(total);
      console.log(`390×844: [name=${name}] at ${Math.round(f.top)}, the total payout at ${Math.round(t.top)}: ${Math.round(t.top - f.top)} px apart`);
      expect(t.bottom - f.top).toBeLessThan(PHONE.height);
    }
    await calc.waitForResult('payout-total', '450.000 kr.');
  });
});
