// Robustness in a real browser: the fuzz corpus's interesting cases typed into
// every field, pasted into the batch check, and given as every URL parameter, must never
// produce a console error, a page error (a Rust panic traps the wasm, which surfaces as one) or a CSP
// violation — the `calc` fixture in calculator.page.js fails the test on any of them —
// and the page must stay alive: the result is still there, and still answers.
// Nothing sleeps: every wait is a retrying assertion.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('./calculator.page');

/** Fails on any error so far, and on the failure message ("Noget gik galt …"). */
async function expectAlive(calc) {
  calc.expectNoErrors();
  await expect(calc.page.locator('.panic-message')).toHaveCount(0);
}

/** The hand-written seeds of a fuzz target's corpus (fuzz/corpus/<target>/seed_*). */
function seeds(target) {
  const dir = path.join(__dirname, '..', '..', 'fuzz', 'corpus', target);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('seed_'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

// What a person (or a hostile link) may put in a field. Lone surrogates cannot be typed
// (a JS string typed into a field is well-formed text), so they are not here; neither are
// line breaks or tabs, which a one-line field does not take (Tab leaves the field).
const CASES = [
  '999999999999999999999999999999', // beyond every integer type
  '1.000.000.000.000.000',
  '1.000.000.000,01', // just over the largest amount
  '9'.repeat(45), // beyond the 40-character cap
  '1 234 567 890 123 456 789 012 345 678 kr.',
  'x'.repeat(41),
  '1e309', // Infinity as a float
  '1e-7',
  'NaN',
  'Infinity',
  '-0',
  '-1',
  '\u22125.000', // minus sign
  '+1',
  '0',
  '0,00',
  '0.00',
  ',-',
  '.-',
  '5.649.208,-',
  'kr.',
  'DKK',
  'kr. DKK',
  '1\u00a0234\u00a0567', // no-break space groups
  '1\u202f234\u202f567', // narrow no-break space groups
  '1.234,5678',
  '1,234,567.50',
  '5.64.208',
  '0x10',
  '1_000',
  '½',
  '①②③',
  '\u0661\u0662\u0663', // Arabic-Indic digits
  '\u06f1\u06f2\u06f3', // Persian digits
  '\u0967\u0968\u0969', // Devanagari digits
  '\uff11\uff12\uff13', // full-width digits
  '\u200f123\u200e', // right-to-left and left-to-right marks
  '\u202e1.000', // right-to-left override
  '\u200b1\u200d000', // zero-width space and joiner
  '\ufeff100', // a byte order mark
  '💶💶',
  '1😀000',
  '👨\u200d👩\u200d👧',
  '%00',
  '%',
  '%%',
  '%FF%FE',
  '%C3%A6',
  '&budget=1',
  '=',
  '"',
  "';--",
  '<script>alert(1)</script>',
  '${1}',
  '\\',
  'null',
  'undefined',
  'æøåÆØÅ',
  ' ',
];

// The amount seeds of the fuzz corpus, typed too; the 41-digit one is there already.
const FIELD_CASES = [...new Set([...CASES, ...seeds('amount_parser')])];

/** A prefilled calculator whose result, scenario grid and expense levels are shown. */
const PREFILLED = 'budget=1000000&target=17&hires=12&expenses=900000';

test.describe('typed into a field, no input leaves an error or a dead page', () => {
  for (const name of ['budget', 'target', 'hires', 'expenses', 'level1']) {
    test(`the ${name} field`, async ({ calc }) => {
      test.setTimeout(180_000);
      await calc.goto(PREFILLED);
      await expect(calc.output('unit-price')).toHaveText(/\d/);
      for (const value of FIELD_CASES) {
        await calc.type(name, value);
        await expect(calc.output('unit-price'), `after ${JSON.stringify(value)}`).toBeAttached();
        await expectAlive(calc);
      }
      // Still alive: a valid value gives a result again.
      const valid = { budget: '1.000.000', target: '17', hires: '12', expenses: '900.000', level1: '100' };
      await calc.type(name, valid[name]);
      await calc.waitForResult('unit-price', '58.823 kr.');
    });
  }
});

test('pasted into the batch check, no text leaves an error or a dead page', async ({ calc }) => {
  test.setTimeout(120_000);
  const { page } = calc;
  await page.goto('/?view=batch');
  const area = page.locator('textarea[name="batch"]');
  await expect(area).toBeEditable();
  const texts = [
    ...CASES,
    ...CASES.map((c) => `Projekt;Ansøgt beløb;Resultatmål;Tilgang\n${c};${c};${c};${c}\n`),
    ...CASES.map((c) => `"${c}",${c},"${c}"\r\n${c}\t${c}`),
    ...seeds('batch_csv'),
    ...seeds('amount_parser'),
    '"'.repeat(1001),
    `${'a;1;1;network\n'.repeat(300)}"unclosed;1;1;course\r\n`,
  ];
  for (const text of texts) {
    await area.fill(text);
    await expect(area, `after ${JSON.stringify(text).slice(0, 80)}`).toHaveValue(text.replace(/\r\n?/g, '\n'));
    await expectAlive(calc);
  }
  // Still alive: a valid batch is checked.
  await area.fill('Job A/S;1.000.000;17;network');
  await expect(calc.output('batch-row')).toHaveCount(1);
  await expect(calc.output('batch-row')).toContainText('58.823 kr.');
});

const PARAMS = ['budget', 'target', 'approach', 'hires', 'expenses', 'level1', 'level2', 'level3', 'view', 'embed', 'lang'];

/** The cases split in `parts` chunks, so the URL tests run in parallel. */
function chunks(list, parts) {
  const size = Math.ceil(list.length / parts);
  return Array.from({ length: parts }, (_, i) => list.slice(i * size, (i + 1) * size));
}

test.describe('opened from a URL, no query leaves an error or a dead page', () => {
  const urlCases = [...new Set([...CASES, ...seeds('url_state')])];
  // The result of the app, not of the view pre-rendered into the page (which is there
  // before the wasm, and while a link for another page is being sent on).
  const result = '#app:not([data-prerendered]) [data-testid="unit-price"]';
  /** The calculator's result, or the batch check's text area (a seed opens it). */
  const alive = (calc) => calc.page.locator(`${result}, textarea[name="batch"]`).first();

  chunks(urlCases, 3).forEach((cases, part) => {
    test(`cases, part ${part + 1}: as the whole query, and as every parameter`, async ({ calc }) => {
      test.setTimeout(180_000);
      for (const c of cases) {
        // As it is, unencoded (the browser escapes what a URL cannot hold)…
        await calc.page.goto(`/?${c}`);
        await expect(alive(calc), `/?${c}`).toBeAttached();
        // …and as the value of every parameter at once, encoded and not (a whole-query
        // seed is long: eleven times it would pass the test server's line limit).
        const values = c.length > 300 ? [] : [encodeURIComponent(c), c.replace(/[#&]/g, encodeURIComponent)];
        for (const value of values) {
          const query = PARAMS.map((p) => `${p}=${value}`).join('&');
          await calc.page.goto(`/?${query}`);
          await expect(calc.page.locator(result), `/?${query}`).toBeAttached();
        }
        await expectAlive(calc);
      }
      // Still alive: a valid link gives a result.
      await calc.goto('budget=1000000&target=17');
      await calc.waitForResult('unit-price', '58.823 kr.');
    });
  });

  test('a query over the length cap is read up to the cap', async ({ calc }) => {
    await calc.goto(`budget=1000000&target=17&expenses=${'9'.repeat(5000)}`);
    await calc.waitForResult('unit-price', '58.823 kr.');
  });
});

// When the wasm dies anyway (a panic aborts, memory runs out, the stack overflows), the
// page says so instead of going silently dead: static/failure.js answers the trap. The
// trap here is a real one: an allocation no wasm32 memory can give, asked of the app's
// own allocator export from a task of its own, as a panic in an event handler would be.
test.describe('a dead app says so', () => {
  for (const [name, url] of [['the calculator', '/?budget=1000000&target=17'], ['the batch check', '/batch/'], ['the English calculator', '/en/']]) {
    test(`${name}: a wasm trap shows the reload message`, async ({ page }) => {
      const pageErrors = [];
      page.on('pageerror', (err) => pageErrors.push(String(err)));
      await page.addInitScript(() => {
        addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
      });
      await page.goto(url);
      await page.waitForFunction(() => window.__wasm);
      await expect(page.locator('.panic-message')).toHaveCount(0);
      await page.evaluate(() => setTimeout(() => window.__wasm.__wbindgen_malloc(0xfffffff0, 8)));
      const message = page.locator('.panic-message');
      await expect(message).toHaveText('Noget gik galt — genindlæs siden. (Something went wrong — reload the page.)');
      await expect(message).toHaveAttribute('role', 'alert');
      // First on the page, above the app; once, however many traps follow.
      await page.evaluate(() => setTimeout(() => window.__wasm.__wbindgen_malloc(0xfffffff0, 8)));
      await expect.poll(() => pageErrors.length).toBe(2);
      await expect(message).toHaveCount(1);
      expect(await page.evaluate(() => document.body.firstElementChild.className)).toBe('panic-message');
      expect(pageErrors[0]).toMatch(/RuntimeError/);
    });
  }
});
