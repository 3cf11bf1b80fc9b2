// Page object for the puljeberegner calculator.
//
// Selectors follow the app's contract only: form controls by `name`, results
// and the round-one table by `data-testid`, and error messages through the
// field's `aria-describedby` (the referenced element with class `field-error`).
// Nothing here sleeps: every wait is a web-first assertion that retries.
const base = require('@playwright/test');

const { expect } = base;

class CalculatorPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    /** console messages of type 'error', as "text (url:line)" */
    this.consoleErrors = [];
    /** uncaught exceptions in the page (a Rust panic, a trap of the wasm, surfaces here) */
    this.pageErrors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        const loc = msg.location();
        // Chromium asks for /favicon.ico by itself; a 404 there is not the app's error.
        if (loc && /\/favicon\.ico$/.test(loc.url || '')) return;
        const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
        this.consoleErrors.push(`${msg.text()}${where}`);
      }
    });
    // Content-Security-Policy violations, collected in the page from its first script on.
    page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('pageerror', (err) => {
      this.pageErrors.push(err && err.stack ? err.stack : String(err));
    });
  }

  /**
   * Opens the calculator, optionally with a query: a string ('/', 'budget=1&target=2',
   * '?budget=1…' or '/?budget=1…') or an object ({ budget: '1', target: '2' }), and waits
   * until the app has rendered its form.
   */
  async goto(query = '') {
    let q = query;
    if (q && typeof q === 'object') q = new URLSearchParams(q).toString();
    q = String(q || '').replace(/^\/?\??/, '');
    await this.page.goto(q ? `/?${q}` : '/');
    await this.waitForApp();
  }

  /**
   * Waits until the WebAssembly app has mounted (it replaces the view pre-rendered into
   * the page at build time, whose form takes input before the app is there) and its form
   * takes input.
   */
  async waitForApp() {
    await expect(this.page.locator('#app[data-prerendered]')).toHaveCount(0);
    // The app draws the form and the key figures first and the rest of the page a task later.
    await expect(this.page.locator('[data-testid="disclaimer"]')).toHaveCount(1);
    await expect(this.field('budget')).toBeEditable();
    await expect(this.field('target')).toBeEditable();
  }

  /** The form control with this name: budget, target, hires, expenses. */
  field(name) {
    return this.page.locator(`[name="${name}"]`);
  }

  /** The approach radio button: network, course or hybrid. */
  approach(value) {
    return this.page.locator(`[name="approach"][value="${value}"]`);
  }

  /** Chooses an approach by clicking its radio button. */
  async chooseApproach(value) {
    await this.approach(value).check();
    await expect(this.approach(value)).toBeChecked();
  }

  /** Replaces a field's text at once (Playwright's fill: one input event). */
  async fill(name, value) {
    const field = this.field(name);
    await field.fill(value);
    await expect(field).toHaveValue(value);
  }

  /** Clears a field, then types the value key by key, as a person does. */
  async type(name, value) {
    const field = this.field(name);
    await field.click();
    await field.clear();
    await expect(field).toHaveValue('');
    await field.pressSequentially(value);
    await expect(field).toHaveValue(value);
  }

  /** Empties a field (an empty hires means the target, empty expenses the budget). */
  async clear(name) {
    const field = this.field(name);
    await field.clear();
    await expect(field).toHaveValue('');
  }

  /** The result element with this data-testid, e.g. 'unit-price'. */
  output(testid) {
    return this.page.locator(`[data-testid="${testid}"]`);
  }

  /** The current text of a result, whitespace-trimmed (read it once; prefer waitForResult). */
  async result(testid) {
    return ((await this.output(testid).textContent()) || '').trim();
  }

  /** Waits until the result shows exactly this text (e.g. "24.561 kr."). */
  async waitForResult(testid, expectedText) {
    await expect(this.output(testid)).toHaveText(expectedText);
  }

  /** Waits until every result in { testid: text } shows its text. */
  async waitForResults(expected) {
    for (const [testid, text] of Object.entries(expected)) {
      await this.waitForResult(testid, text);
    }
  }

  /** Waits until the result is present and holds no digit at all (inputs invalid). */
  async waitForNoNumber(testid) {
    await expect(this.output(testid)).toBeAttached();
    await expect(this.output(testid)).not.toHaveText(/\d/);
  }

  /**
   * The error message element of a field: among the ids listed in its
   * aria-describedby (there may be several, e.g. a hint and the error), the
   * element with class field-error. Waits until the field references one.
   */
  async errorFor(name) {
    const field = this.field(name);
    let ids = [];
    await expect(async () => {
      const described = (await field.getAttribute('aria-describedby')) || '';
      ids = described.trim().split(/\s+/).filter(Boolean);
      expect(ids, `[name=${name}] has no aria-describedby`).not.toHaveLength(0);
      const count = await this.errorLocator(ids).count();
      expect(count, `no .field-error among #${ids.join(', #')}`).toBe(1);
    }).toPass({ timeout: 10_000 });
    return this.errorLocator(ids);
  }

  errorLocator(ids) {
    const byId = ids.map((id) => `[id="${id.replace(/(["\\])/g, '\\$1')}"]`).join(', ');
    return this.page.locator(byId).and(this.page.locator('.field-error'));
  }

  /**
   * Asserts the field is marked invalid and its error message, referenced by
   * aria-describedby, is visible and says something. Returns the message.
   */
  async expectInvalid(name) {
    const field = this.field(name);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const error = await this.errorFor(name);
    await expect(error).toBeVisible();
    await expect(error).toHaveText(/\S/);
    const message = ((await error.textContent()) || '').trim();
    // What a screen reader announces for the field includes the message.
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
    return message;
  }

  /** Asserts the field is not marked invalid (aria-invalid absent or "false"). */
  async expectValid(name) {
    await expect(this.field(name)).not.toHaveAttribute('aria-invalid', 'true');
  }

  /** The round-one table, its nine project rows, and the user's application row. */
  roundOneTable() {
    return this.output('round-one-table');
  }

  roundOneRows() {
    return this.roundOneTable().locator('[data-testid="round-one-row"]');
  }

  userRow() {
    return this.roundOneTable().locator('[data-testid="round-one-user-row"]');
  }

  /** The project rows and the user row together, in document order. */
  allRoundOneRows() {
    return this.roundOneTable().locator(
      '[data-testid="round-one-row"], [data-testid="round-one-user-row"]',
    );
  }

  /** Index (0-based, document order) of the first row matching the predicate on its testid and text. */
  async rowIndex(predicate) {
    const rows = this.allRoundOneRows();
    const n = await rows.count();
    for (let i = 0; i < n; i += 1) {
      const row = rows.nth(i);
      const testid = await row.getAttribute('data-testid');
      const text = ((await row.textContent()) || '').replace(/\s+/g, ' ').trim();
      if (predicate({ testid, text })) return i;
    }
    return -1;
  }

  /** The page's current query parameters. */
  searchParams() {
    return new URL(this.page.url()).searchParams;
  }

  /** Asserts the page has had no securitypolicyviolation event. */
  async expectNoCspViolations() {
    if (this.page.isClosed() || this.page.url() === 'about:blank') return;
    const violations = await this.page.evaluate(() => window.__cspViolations || []);
    expect(violations, 'securitypolicyviolation events').toEqual([]);
  }

  /** Asserts no console error and no uncaught page error happened so far. */
  expectNoErrors() {
    expect(
      { pageErrors: this.pageErrors, consoleErrors: this.consoleErrors },
      'uncaught page errors and console errors',
    ).toEqual({ pageErrors: [], consoleErrors: [] });
  }
}

/** Holds the requests whose URL matches `pattern` back until the returned function is called. */
async function holdRequests(page, pattern) {
  let release;
  const gate = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}

/**
 * Holds the app's wasm back until the returned function is called. The figures module's
 * wasm (`figures-…_bg.wasm`, on the page's critical path) still loads, as it does ahead
 * of the app on a slow line; `{ figures: true }` holds it back too.
 */
function holdWasm(page, { figures = false } = {}) {
  return holdRequests(page, figures ? /\.wasm$/ : /\/(?!figures-)[^/]*\.wasm$/);
}

/** Holds the figures module's wasm back until the returned function is called. */
function holdFigures(page) {
  return holdRequests(page, /\/figures-[^/]*\.wasm$/);
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// `calc` fixture: a CalculatorPage on a fresh page; after each test it checks
// that no console error and no page error occurred.
const test = base.test.extend({
  calc: async ({ page }, use) => {
    const calc = new CalculatorPage(page);
    await use(calc);
    calc.expectNoErrors();
    await calc.expectNoCspViolations();
  },
});

module.exports = { CalculatorPage, test, expect, holdWasm, holdFigures };
