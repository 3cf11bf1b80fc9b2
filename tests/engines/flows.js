// The flows a person uses, in the words of a person's actions, run by tests/engines/run.js
// in Firefox and in WebKit through the drivers of drivers.js (one interface: open, click,
// typeInto, press, chooseFile, download, enterFrame, js). Chromium runs the full
// Playwright suite (tests/e2e/*.spec.js); these are the same expectations, fewer of them.
// Every wait polls the page until what it waits for is there, or fails after 20 s saying
// what it saw last.
const fs = require('fs');
const path = require('path');
const { poll } = require('./drivers');

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const TIMEOUT_MS = 20_000;

// ---- waiting and reading ------------------------------------------------------------

/** Polls fn(...args) in the page until it returns something truthy; returns that. */
function until(d, what, fn, ...args) {
  return poll(() => d.js(fn, ...args), Boolean, TIMEOUT_MS,
    (last) => new Error(`${what}: not so after ${TIMEOUT_MS / 1000} s (last seen: ${JSON.stringify(last)})`));
}

/** Polls fn(...args) until its value equals expected (compared as JSON). */
function untilEqual(d, what, expected, fn, ...args) {
  const json = JSON.stringify(expected);
  return poll(() => d.js(fn, ...args), (value) => JSON.stringify(value) === json, TIMEOUT_MS,
    (last) => new Error(`${what}: expected ${json}, got ${JSON.stringify(last)}`));
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// In-page functions (they run in the browser: no closures over Node variables).
function textOf(testid) {
  const el = document.querySelector(`[data-testid="${testid}"]`);
  return el ? el.textContent.trim() : null;
}
function textsOf(css) {
  return [...document.querySelectorAll(css)].map((el) => el.textContent.trim());
}
function countOf(css) {
  return document.querySelectorAll(css).length;
}
function valueOf(css) {
  const el = document.querySelector(css);
  return el ? el.value : null;
}
function shown(css) {
  const el = document.querySelector(css);
  return !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}
function focusedName() {
  return document.activeElement ? document.activeElement.getAttribute('name') : null;
}
function appReady() {
  // The app has replaced the view pre-rendered at build time and drawn its whole page.
  const budget = document.querySelector('[name="budget"]');
  return !document.querySelector('#app[data-prerendered]')
    && !!document.querySelector('[data-testid="disclaimer"]')
    && !!budget && !budget.disabled && !budget.readOnly;
}
function batchReady() {
  const area = document.querySelector('textarea[name="batch"]');
  return !document.querySelector('#app[data-prerendered]') && !!area && !area.disabled;
}

/** Waits until every result { testid: text } shows its text. */
async function results(d, expected) {
  for (const [testid, text] of Object.entries(expected)) {
    // eslint-disable-next-line no-await-in-loop
    await untilEqual(d, `[data-testid=${testid}]`, text, textOf, testid);
  }
}

// The print stylesheet applied to the screen, for a layout check in engines a test
// cannot switch to print media: the page's print style sheet (media="print") and every
// `@media print` rule of its own styles become `all` (and back). The engine lays the page out with its own CSS engine;
// only the paper (@page) is not there.
function printMedia(on) {
  const sheets = document.querySelectorAll('link[rel="stylesheet"][data-print], link[rel="stylesheet"][media="print"]');
  for (const link of sheets) {
    link.setAttribute('data-print', '');
    link.media = on ? 'all' : 'print';
  }
  if (on) {
    window.__printRules = [];
    for (const sheet of document.styleSheets) {
      let rules = [];
      try { rules = [...sheet.cssRules]; } catch (e) { /* another origin's sheet */ }
      for (const rule of rules) {
        if (rule.media && rule.media.mediaText.trim().toLowerCase() === 'print') {
          rule.media.mediaText = 'all';
          window.__printRules.push(rule);
        }
      }
    }
    return window.__printRules.length + sheets.length;
  }
  for (const rule of window.__printRules || []) rule.media.mediaText = 'print';
  return 0;
}

/** Polls the tab's URL as the browser reports it until ok(its query) holds; returns it. */
function untilUrl(d, what, ok) {
  return poll(() => d.url(), (url) => ok(new URL(url).searchParams), TIMEOUT_MS,
    (last) => new Error(`${what}: not so after ${TIMEOUT_MS / 1000} s (the address: ${last})`));
}

/** The embed iframe's height (CSS px) and its document's, as the host page has them. */
function frameMetrics() {
  const frame = document.querySelector('iframe[data-puljeberegner]');
  const doc = frame.contentDocument;
  return {
    height: Math.round(frame.getBoundingClientRect().height),
    body: doc && doc.body ? Math.ceil(doc.body.getBoundingClientRect().height) : -1,
    scrollHeight: doc ? doc.documentElement.scrollHeight : -1,
    viewport: frame.contentWindow.innerHeight,
    scrolling: frame.getAttribute('scrolling'),
  };
}

/** Polls frameMetrics() until ok(metrics) holds; returns the metrics. */
function untilFrame(d, what, ok) {
  return poll(() => d.js(frameMetrics), ok, TIMEOUT_MS,
    (last) => new Error(`${what}: not so after ${TIMEOUT_MS / 1000} s (last seen: ${JSON.stringify(last)})`));
}

// ---- the flows ----------------------------------------------------------------------

const FLOWS = [
  {
    name: 'a prefilled link shows its calculation',
    async run(d) {
      await d.open('/?budget=5649208&target=230&approach=network');
      await until(d, 'the app has started', appReady);
      check(await d.js(() => document.querySelector('[name="approach"][value="network"]').checked), 'approach=network does not check "netværk"');
      // The reference part, a file of its own, is fetched and put in place as the app
      // starts, and the round-one caveats go under the table.
      await until(d, 'the reference part in place', () => !!document.getElementById('reference') && !document.getElementById('reference-src'));
      await until(d, 'the caveats under the round-one table', () => !!document.querySelector('#round-one + #round-one-caveats'));
      await results(d, {
        'unit-price': '24.561 kr.',
        'threshold-hires': '115',
        'payout-interim': '2.824.604 kr.',
        'payout-final': '2.824.604 kr.',
        'payout-total': '5.649.208 kr.',
        'own-financing': '0 kr.',
      });
      // A bad value in a link stands in its field with its message.
      await d.open('/?budget=12x&target=17');
      await until(d, 'the app has started', appReady);
      await untilEqual(d, 'the budget field keeps "12x"', '12x', valueOf, '[name="budget"]');
      await untilEqual(d, 'the budget is marked invalid', 'true', () => document.querySelector('[name="budget"]').getAttribute('aria-invalid'));
      await until(d, 'the budget\'s message', () => {
        const ids = (document.querySelector('[name="budget"]').getAttribute('aria-describedby') || '').split(/\s+/);
        return ids.map((id) => document.getElementById(id)).some((el) => el && el.classList.contains('field-error') && /\S/.test(el.textContent));
      });
      await untilEqual(d, 'no unit price without a budget', false, (id) => /\d/.test(document.querySelector(`[data-testid="${id}"]`).textContent), 'unit-price');
    },
  },

  {
    name: 'the figures module: a shared link is calculated before the app, follows typing, and the app keeps it',
    async run(d) {
      await d.open('/');
      await until(d, 'the app has started', appReady);
      // The server holds the app's wasm back (tests/e2e/serve.py --test-hooks); the figures
      // module's loads. Navigating from the page itself: a driver's own navigation would
      // wait for the page's load, which waits for the held wasm's preload.
      await fetch(new URL('/__test/hold', d.baseUrl));
      try {
        await d.js((url) => { setTimeout(() => location.assign(url), 0); return true; }, '/?budget=5649208&target=230&approach=network');
        await untilEqual(d, 'the unit price written by the figures module', '24.561 kr.', () => {
          const el = document.querySelector('#app[data-prerendered] [data-testid="unit-price"]');
          return el && el.textContent.trim();
        });
        await results(d, { 'threshold-hires': '115', 'payout-total': '5.649.208 kr.' });
        check(await d.js(() => document.querySelector('[name="approach"][value="network"]').checked), 'approach=network is not checked before the app');
        await d.typeInto('[name="target"]', '200');
        await results(d, { 'unit-price': '28.246 kr.', 'threshold-hires': '100' });
        await d.typeInto('[name="budget"]', '12x');
        await d.press('Tab');
        await until(d, 'the budget\'s message before the app', () => {
          const el = document.getElementById('field-budget-error');
          return !!el && /\S/.test(el.textContent) && !!document.querySelector('#app[data-prerendered]');
        });
        check(await d.js(() => !!document.querySelector('#app[data-prerendered]')), 'the app started while its wasm was held back');
      } finally {
        await fetch(new URL('/__test/release', d.baseUrl));
      }
      await until(d, 'the app has started', appReady);
      await untilEqual(d, 'the app keeps the typed budget', '12x', valueOf, '[name="budget"]');
      await untilEqual(d, 'the app keeps the typed target', '200', valueOf, '[name="target"]');
      await until(d, 'the app shows the budget\'s message', () => /\S/.test((document.getElementById('field-budget-error') || {}).textContent || ''));
    },
  },

  {
    name: 'typing a calculation keeps the address bar in step, and the address restores it',
    async run(d) {
      await d.open('/');
      await until(d, 'the app has started', appReady);
      await d.typeInto('[name="budget"]', '1.202.550');
      await d.typeInto('[name="target"]', '17');
      await d.click('[name="approach"][value="course"]');
      await results(d, { 'unit-price': '70.738 kr.', 'threshold-hires': '9' });
      // The address bar (the browser's URL of the tab, as the driver reads it) follows once
      // typing pauses (history.replaceState).
      const address = await untilUrl(d, 'the address carries budget, target and approach', (q) =>
        q.get('target') === '17' && /^1\.?202\.?550$/.test(q.get('budget') || '') && q.get('approach') === 'course');
      // A person copies the address and opens it again.
      await d.open(address);
      await until(d, 'the app has started', appReady);
      await untilEqual(d, 'the fields from the address', ['1.202.550', '17', true],
        () => [document.querySelector('[name="budget"]').value, document.querySelector('[name="target"]').value,
          document.querySelector('[name="approach"][value="course"]').checked]);
      await results(d, { 'unit-price': '70.738 kr.' });
      // Typing changes it again.
      await d.typeInto('[name="target"]', '18');
      await results(d, { 'unit-price': '66.808 kr.' });
      await untilUrl(d, 'the address follows the new target', (q) => q.get('target') === '18');
    },
  },

  {
    name: 'the English page reads and writes English numbers, and the switch keeps the calculation',
    async run(d) {
      await d.open('/?lang=en&budget=1.200.000&target=30');
      await until(d, 'the app has started', appReady);
      const where = new URL(await d.url()).pathname;
      check(where === '/en/', `lang=en did not lead to /en/ but to ${where}`);
      await untilEqual(d, '<html lang>', 'en', () => document.documentElement.lang);
      await untilEqual(d, 'the heading', 'Grant calculator', () => document.querySelector('h1').textContent.trim());
      await results(d, { 'unit-price': 'DKK 40,000' });
      await d.typeInto('[name="budget"]', '1,234,567.50');
      await d.typeInto('[name="target"]', '10');
      await results(d, { 'unit-price': 'DKK 123,456', 'payout-interim': 'DKK 617,283.75' });
      await d.click('[data-testid="lang-switch"]');
      await until(d, 'the Danish page', () => location.pathname === '/' && document.documentElement.lang === 'da');
      await until(d, 'the app has started', appReady);
      await results(d, { 'payout-interim': '617.283,75 kr.' });
      await untilEqual(d, 'the budget written the Danish way', '1.234.567,50', valueOf, '[name="budget"]');
    },
  },

  {
    name: 'the error summary lists the problems, leads to each field, and goes when they are fixed',
    async run(d) {
      await d.open('/?budget=12x&target=0&hires=abc&level2=900');
      await until(d, 'the app has started', appReady);
      await until(d, 'the error summary is shown', shown, '[data-testid="error-summary"]');
      await untilEqual(d, 'its heading', 'Der er problemer', () => document.querySelector('[data-testid="error-summary"] h2').textContent.trim());
      await untilEqual(d, 'its links', 4, countOf, '[data-testid="error-summary"] a');
      check(await d.js(() => !!(document.querySelector('[data-testid="error-summary"]').compareDocumentPosition(document.querySelector('h1')) & Node.DOCUMENT_POSITION_FOLLOWING)),
        'the error summary is not above the heading');
      await d.click('[data-testid="error-summary"] li:nth-child(2) a');
      await untilEqual(d, 'the second link moves focus to its field', 'target', focusedName);
      await d.click('[data-testid="error-summary"] li:nth-child(4) a');
      await untilEqual(d, 'the fourth link moves focus to its field', 'level2', focusedName);
      await d.typeInto('[name="budget"]', '1.000.000');
      await d.typeInto('[name="target"]', '10');
      await d.typeInto('[name="hires"]', '5');
      await d.typeInto('[name="level2"]', '90');
      await d.press('Tab');
      await untilEqual(d, 'the summary is gone once all is fixed', 0, countOf, '[data-testid="error-summary"]');
      await results(d, { 'unit-price': '100.000 kr.' });
      // An unfinished amount: said after a pause, and the summary comes on leaving the field.
      await d.open('/?target=30');
      await until(d, 'the app has started', appReady);
      await d.typeInto('[name="budget"]', '1.2');
      await untilEqual(d, 'the budget is marked invalid after a pause', 'true', () => document.querySelector('[name="budget"]').getAttribute('aria-invalid'));
      await d.press('Tab');
      await until(d, 'the summary on leaving the field', shown, '[data-testid="error-summary"]');
      await untilEqual(d, 'the live region names the field', 'Der er et problem i feltet Ansøgt beløb.', textOf, 'live-region');
    },
  },

  {
    name: 'the batch check: a chosen Excel file is checked, its CSV downloads and reads back',
    async run(d) {
      const names = ['Nørre Netværk', 'Åbyhøj Forløb', 'Café “Nord” – €'];
      await d.open('/batch/');
      await until(d, 'the batch page has started', batchReady);
      await d.chooseFile('#batch-file', path.join(FIXTURES, 'excel-semikolon.windows-1252.csv'));
      await untilEqual(d, 'the rows of the Windows-1252 file', names, textsOf, '[data-testid="batch-row"] th[scope="row"]');
      await untilEqual(d, 'no rejected rows', 0, countOf, '[data-testid="batch-error"]');
      await until(d, 'the summary says the file was Windows-1252', (id) => /^Windows-1252/.test((document.querySelector(`[data-testid="${id}"]`) || {}).textContent || ''), 'summary-encoding');
      await untilEqual(d, 'the unit prices', ['19.373 kr.', '22.619 kr.', '10.000 kr.'], textsOf, '[data-testid="batch-unit-price"]');

      await d.click('[data-testid="download-csv"]');
      const bytes = await d.download('puljeberegner-tjek.csv');
      check(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, 'the CSV does not start with a UTF-8 byte order mark');
      const text = bytes.toString('utf8').slice(1);
      check(text.endsWith('\r\n'), 'the CSV does not end its lines with CRLF');
      const lines = text.split('\r\n').slice(0, -1);
      check(lines.length === 1 + names.length, `the CSV has ${lines.length} lines, not ${1 + names.length}`);
      check(lines[0].startsWith('"Projekt";"Ansøgt beløb (kr.)";"Resultatmål";"Tilgang";"Enhedspris (kr.)"'), `the CSV's header: ${lines[0]}`);
      check(/^"Nørre Netværk";"2324850";"120";"Netværk";"19373";/.test(lines[1]), `the CSV's first row: ${lines[1]}`);
      check(lines[3].startsWith('"Café “Nord” – €";'), `the CSV's third row: ${lines[3]}`);

      // The file the page wrote, chosen again, gives the same rows.
      const again = path.join(fs.mkdtempSync(path.join(require('os').tmpdir(), 'engines-csv-')), 'puljeberegner-tjek.csv');
      fs.writeFileSync(again, bytes);
      await d.typeInto('textarea[name="batch"]', 'X;100.000;10;netværk');
      await untilEqual(d, 'the typed row', ['X'], textsOf, '[data-testid="batch-row"] th[scope="row"]');
      await d.chooseFile('#batch-file', again);
      await untilEqual(d, 'the rows read back from the download', names, textsOf, '[data-testid="batch-row"] th[scope="row"]');
      await untilEqual(d, 'no rejected rows read back', 0, countOf, '[data-testid="batch-error"]');
      await until(d, 'the download read as UTF-8', (id) => /^UTF-8/.test((document.querySelector(`[data-testid="${id}"]`) || {}).textContent || ''), 'summary-encoding');
      fs.rmSync(path.dirname(again), { recursive: true, force: true });
    },
  },

  {
    name: 'the embed host page: the frame grows with its content and shrinks back',
    async run(d) {
      await d.open('/embed-example.html');
      await d.enterFrame('iframe[data-puljeberegner]');
      await until(d, 'the embedded calculator has started', appReady);
      await results(d, { 'unit-price': '58.823 kr.' });
      await untilEqual(d, 'no site header shown when embedded', false, shown, '[data-testid="site-header"]');
      await d.leaveFrame();
      const before = await untilFrame(d, 'the frame is as tall as its content',
        (m) => Math.abs(m.height - m.body) <= 1 && m.height !== 1200 && m.scrolling === 'no');
      check(before.scrollHeight <= before.viewport + 1, `the frame scrolls inside: ${JSON.stringify(before)}`);

      // A problem shown on leaving a field makes the content taller: the frame follows.
      await d.enterFrame('iframe[data-puljeberegner]');
      await d.typeInto('[name="budget"]', 'abc');
      await d.press('Tab');
      await until(d, 'the error summary in the frame', shown, '[data-testid="error-summary"]');
      await d.leaveFrame();
      const open = await untilFrame(d, `the frame grows by the summary (from ${before.height} px)`,
        (m) => m.height > before.height + 50 && m.scrollHeight <= m.viewport + 1);

      // Fixed and left again: the frame shrinks back.
      await d.enterFrame('iframe[data-puljeberegner]');
      await d.typeInto('[name="budget"]', '1000000');
      await d.press('Tab');
      await untilEqual(d, 'the summary is gone', 0, countOf, '[data-testid="error-summary"]');
      await d.leaveFrame();
      await untilFrame(d, `the frame shrinks back (from ${open.height} px)`,
        (m) => m.height < open.height - 50 && m.scrollHeight <= m.viewport + 1);
    },
  },

  {
    name: 'on a phone: one tap from the result to each further answer and back; the scenario beside its payout',
    async run(d) {
      await d.setViewport(390, 844);
      await d.open('/?budget=1202550&target=17&approach=course&hires=12');
      await until(d, 'the app has started', appReady);
      await results(d, { 'unit-price': '70.738 kr.' });
      await until(d, 'the reference part unpacked', () => !!document.getElementById('hire-fact'));
      const inView = (css) => {
        const r = document.querySelector(css).getBoundingClientRect();
        return r.top >= -1 && r.bottom <= innerHeight + 1;
      };
      for (const href of ['#cash-heading', '#compare-heading', '#hire-fact', '#rules-heading']) {
        const link = `[data-testid="answer-links"] a[href="${href}"]`;
        // eslint-disable-next-line no-await-in-loop
        const apart = await d.js((l, p) => document.querySelector(l).getBoundingClientRect().top + scrollY - (document.querySelector(p).getBoundingClientRect().top + scrollY), link, '[data-testid="unit-price"]');
        check(apart <= 2 * 844, `the link to ${href} is ${Math.round(apart)} px below the unit price`);
        // eslint-disable-next-line no-await-in-loop
        await d.click(link);
        // eslint-disable-next-line no-await-in-loop
        await until(d, `${href} on screen after its link`, inView, href);
        // eslint-disable-next-line no-await-in-loop
        const back = await d.js((h) => {
          const a = document.querySelector(h).closest('section').querySelector('[data-testid="back-to-result"]');
          a.setAttribute('data-flow-back', '');
          return !!a;
        }, href);
        check(back, `no way back from ${href}`);
        // eslint-disable-next-line no-await-in-loop
        await d.click('[data-flow-back]');
        // eslint-disable-next-line no-await-in-loop
        await d.js(() => document.querySelector('[data-flow-back]').removeAttribute('data-flow-back'));
        // eslint-disable-next-line no-await-in-loop
        await until(d, `the unit price on screen after the way back from ${href}`, inView, '[data-testid="unit-price"]');
      }
      // The verified hires, clicked (the driver brings the field into view, as a tap on
      // a scrolled page does): the payout they change is on screen with them, and stays
      // while they are typed. (Tab to the field and the distance between the two are
      // pinned in Chromium, tests/e2e/long-page.spec.js; WebKit's MiniBrowser does not
      // scroll a field reached by Tab into view under its driver, and Firefox's fonts set
      // the two further apart than Chromium's, both still on one screen.)
      await d.click('[name="hires"]');
      await until(d, 'the hires field on screen', inView, '[name="hires"]');
      await until(d, 'the total payout on screen with the hires field', inView, '[data-testid="payout-total"]');
      await d.typeInto('[name="hires"]', '8');
      await results(d, { 'payout-total': '601.275 kr.' });
      check(await d.js(inView, '[name="hires"]'), 'the hires field is not on screen while typed in');
      check(await d.js(inView, '[data-testid="payout-total"]'), 'the total payout is not on screen beside the hires field');
    },
  },

  {
    name: 'print: no buttons, the date and the link on paper, tables within A4, one page',
    async run(d) {
      await d.open('/?budget=1000000&target=17&approach=course&hires=12');
      await until(d, 'the app has started', appReady);
      await results(d, { 'unit-price': '58.823 kr.' });
      await until(d, 'the flags', (id) => !!document.querySelector(`[data-testid="${id}"]`), 'flags');
      check(!(await d.js(shown, '[data-testid="print-link"]')), 'the printed link shows on screen');
      const url = await d.url();
      const rules = await d.js(printMedia, true);
      check(rules > 0, 'the page has no print stylesheet');
      const paper = await d.js(() => ({
        buttons: [...document.querySelectorAll('button')]
          .filter((b) => getComputedStyle(b).display !== 'none' && b.getClientRects().length > 0)
          .map((b) => b.dataset.testid || b.textContent.trim()),
        link: (document.querySelector('[data-testid="print-link"]') || {}).textContent || '',
      }));
      check(paper.buttons.length === 0, `buttons on paper: ${paper.buttons.join(', ')}`);
      check(/Udskrevet \d{1,2}\.\d{1,2}\.\d{4}\./.test(paper.link), `no date on paper: ${paper.link}`);
      check(paper.link.includes(url), `the link on paper is not the address ${url}: ${paper.link}`);
      for (const testid of ['print-link', 'unit-price', 'flags', 'round-one-table']) {
        // eslint-disable-next-line no-await-in-loop
        check(await d.js(shown, `[data-testid="${testid}"]`), `${testid} is not on paper`);
      }
      check(!(await d.js(shown, '[data-testid="share-link"]')), 'the share field is on paper');
      // At the printable width of A4 (186 mm = 703 CSS px) no table runs off the right edge.
      await d.setViewport(703, 1000);
      const overflows = await d.js(() => [...document.querySelectorAll('table')]
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => t.getBoundingClientRect().right - document.documentElement.clientWidth)
        .filter((px) => px > 0));
      check(overflows.length === 0, `tables wider than A4's printable width by ${overflows.join(', ')} px`);
      // And no taller than its printable height (273 mm = 1032 CSS px): one page. This is
      // the engine's own layout of the print stylesheet; Firefox prints for real as well.
      // Polled: WebKit lays the page out again a moment after the window is resized with the
      // print style sheet (a file of its own) switched on.
      await untilEqual(d, 'the printed calculator within one A4 page (1032 px)', true, () => {
        const height = Math.ceil(document.body.getBoundingClientRect().bottom + scrollY);
        return height <= 1032 || `${height} px tall`;
      });
      await d.js(printMedia, false);
      if (d.canPrint) {
        const pages = await d.printedPages();
        check(pages === 1, `the calculator prints on ${pages} A4 pages, not 1`);
      }
    },
  },
];

module.exports = { FLOWS };
