// The caseworkers' batch check in a real browser (paste, file, summary, sortable
// table, errors, caps, CSV download and reading it back), the plausibility flags of the
// single calculator, "Kopiér link", and the printed page.
// Every test also fails on console errors, page errors and CSP violations (the `calc`
// fixture in calculator.page.js), and on any dialog the page opens. Nothing sleeps:
// every wait is a retrying assertion.
const fs = require('fs');

// The session storage's keys that hold the caseworker's batch or column choice (the
// table's sort and scroll position, kept beside them, hold none of it).
function keptBatchData() {
  return Object.keys(sessionStorage).filter((key) => !/^puljeberegner:batch-(sort|scroll)$/.test(key));
}
const os = require('os');
const path = require('path');
const { test, expect } = require('./calculator.page');

// ---- the batch view as a page object ------------------------------------------------

/**
 * Fails the test on any alert/confirm/prompt (markup in a name must never run), and lets
 * the page use the clipboard: the batch is pasted as a person pastes, with Ctrl+V.
 */
let dialogs = [];
test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
});
test.afterEach(() => {
  expect(dialogs, 'dialogs the page opened').toEqual([]);
});

/** Opens the batch view and waits until the app has mounted its text area. */
async function openBatch(calc) {
  await calc.page.goto('/?view=batch');
  await expect(textarea(calc)).toBeEditable();
}

function textarea(calc) {
  return calc.page.locator('textarea[name="batch"]');
}
function rows(calc) {
  return calc.output('batch-row');
}
function errors(calc) {
  return calc.output('batch-error');
}
function flags(calc) {
  return calc.output('batch-flag');
}
/** Waits until the table's rows carry exactly these names, in order. */
async function expectRowNames(calc, names) {
  await expect(rows(calc).locator('th[scope="row"]')).toHaveText(names);
}
/** The header cell (th) of a sort button. */
function headerOf(calc, key) {
  return calc.page.locator('th', { has: calc.output(`sort-${key}`) });
}
/**
 * Pastes text into the batch text area as a person does: the text on the clipboard, then
 * Ctrl+A and Ctrl+V in the text area (one input event, "insertFromPaste"). Playwright's
 * fill() would insert a multi-line text line by line, one input event per line.
 * Waits until the text area holds the text (line ends as the browser normalises them).
 */
async function paste(calc, text) {
  const { page } = calc;
  const area = textarea(calc);
  await area.focus();
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') {
    await page.keyboard.press('Delete');
  } else {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('ControlOrMeta+V');
  }
  await expect(area).toHaveValue(normalised(text), { timeout: 20_000 });
}

/** A text as a text area's value holds it: CRLF and lone CR become LF. */
function normalised(text) {
  return text.replace(/\r\n?/g, '\n');
}

// A mixed batch as caseworkers paste it: a Danish header with its columns in another order,
// `;`, Danish amounts, a quoted name with `;` and doubled quotes, an unknown approach,
// a bad amount, a target 0, an empty line, and a hybrid after it.
const MIXED = [
  'Tilgang;Projekt;Resultatmål;Ansøgt beløb',
  'forløb;KHRS;17;1.202.550',
  'netværk;"Café ""Øst""; Aarhus";20;kr. 475.000,-',
  'forløb;Høj pris;10;2.000.000',
  'ukendt;Ukendt tilgang;10;100.000',
  'netværk;Forkert beløb;10;12x',
  'netværk;Mål nul;0;100.000',
  '',
  'hybrid;Alfa;30;900.000',
  '',
].join('\n');
const MIXED_NAMES = ['KHRS', 'Café "Øst"; Aarhus', 'Høj pris', 'Alfa'];
const ISS_FLAG =
  'Enhedsprisen på 200.000 kr. er højere end i alle ni projekter i første runde (højeste: 75.380 kr., ISS; tabel 3).';

// ---- paste a batch ------------------------------------------------------------------

test.describe('pasting a batch', () => {
  test('a mixed batch shows valid rows, errors with line and reason, summary and flags', async ({ calc }) => {
    // The page's timers run on Playwright's clock (in step with real time), so that the
    // address's timer can be run on at once below.
    await calc.page.clock.install();
    await openBatch(calc);
    await expect(calc.page.locator('h1')).toHaveText('Tjek mange ansøgninger');
    await expect(calc.page.locator('[name="budget"]')).toHaveCount(0);
    await paste(calc, MIXED);

    await expect(rows(calc)).toHaveCount(4);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(rows(calc).nth(0).locator('td, th')).toHaveText([
      '2', 'KHRS', /Åbn i beregneren/, '1.202.550 kr.', '17', 'Forløb', '70.738 kr.', '9', '8 af 10',
      /mere end dobbelt så høj som gennemsnittet for forløbsprojekterne .*34\.006 kr\./,
    ]);
    await expect(rows(calc).nth(1).locator('td, th')).toHaveText([
      '3', 'Café "Øst"; Aarhus', /Åbn i beregneren/, '475.000 kr.', '20', 'Netværk', '23.750 kr.', '10', '6 af 10',
      '–',
    ]);
    await expect(calc.output('batch-unit-price')).toHaveText([
      '70.738 kr.', '23.750 kr.', '200.000 kr.', '30.000 kr.',
    ]);

    await expect(errors(calc)).toHaveText([
      /^Linje 5 \(Ukendt tilgang\): »ukendt« er ikke en tilgang\./,
      /^Linje 6 \(Forkert beløb\): Ansøgt beløb: Beløbet må kun indeholde tal/,
      /^Linje 7 \(Mål nul\): Resultatmål: Antallet skal være mindst 1\./,
    ]);

    await expect(calc.output('summary-applications')).toHaveText('4');
    // 4.577.550 kr. / 77 = 59.448,70… kr., truncated as the unit price is.
    await expect(calc.output('summary-unit-price')).toHaveText('59.448 kr.');
    await expect(calc.output('summary-flagged')).toHaveText('2');
    await expect(calc.output('batch-summary')).toContainText('4.577.550 kr.');
    await expect(calc.output('batch-summary')).toContainText('22.695 kr.');
    await expect(calc.output('batch-summary')).toContainText('Netværk: 1, Forløb: 2, Hybrid: 1');

    await expect(flags(calc)).toHaveCount(3);
    await expect(rows(calc).nth(2).locator('[data-testid="batch-flag"]')).toHaveText([
      ISS_FLAG,
      /^Enhedsprisen på 200\.000 kr\. er mere end dobbelt så høj som gennemsnittet/,
    ]);
    await expect(rows(calc).nth(2)).toHaveAttribute('data-flagged');
    await expect(rows(calc).nth(1)).not.toHaveAttribute('data-flagged');
    // Drawn so: a red bar before the flagged row's heading.
    await expect(rows(calc).nth(2).locator('th')).toHaveCSS('border-left-color', 'rgb(204, 0, 0)');
    await expect(rows(calc).nth(2).locator('th')).toHaveCSS('border-left-width', '4px');

    // Nothing pasted is lost.
    await expect(textarea(calc)).toHaveValue(MIXED);
    // The batch text is never put in the address (written once the query has stopped
    // changing for 250 ms): every timer the app has set is run (a minute on, past each
    // of its delays), and the address is as it was.
    await calc.page.clock.runFor(60_000);
    expect(calc.page.url()).toMatch(/\/batch\/$/);
  });

  test('typing into the batch, key by key, updates the check', async ({ calc }) => {
    await openBatch(calc);
    await textarea(calc).click();
    await textarea(calc).pressSequentially('A;100.000;10;netværk');
    await expectRowNames(calc, ['A']);
    await expect(calc.output('batch-unit-price')).toHaveText(['10.000 kr.']);
    await textarea(calc).press('Enter');
    await textarea(calc).pressSequentially('B;1x;10;netværk');
    await expect(errors(calc)).toHaveText([/^Linje 2 \(B\): Ansøgt beløb:/]);
    await expect(rows(calc)).toHaveCount(1);
    await expect(textarea(calc)).toHaveValue('A;100.000;10;netværk\nB;1x;10;netværk');
  });

  test('a sheet with the headings Danish spreadsheets use is checked', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, 'Ansøger\tAnsøgt tilskud (kr.)\tAntal ansættelser\tMetode\nNørre Netværk\t2.324.850\t120\tnetværk\nSUMAK\t475.000\t21\tforløb\n');
    await expectRowNames(calc, ['Nørre Netværk', 'SUMAK']);
    await expect(calc.output('batch-fatal')).toHaveCount(0);
  });

  test('tab-separated without a header, as Google Sheets and Excel copy cells', async ({ calc }) => {
    await openBatch(calc);
    const text = 'KHRS\t1.202.550\t17\tforløb\nSUMAK\tkr. 475.000,-\t21\tForløb\nQuick Care\t479.482\t30\tNETVÆRK';
    await paste(calc, text);
    await expectRowNames(calc, ['KHRS', 'SUMAK', 'Quick Care']);
    await expect(calc.output('batch-unit-price')).toHaveText(['70.738 kr.', '22.619 kr.', '15.982 kr.']);
    await expect(errors(calc)).toHaveCount(0);
    await expect(calc.output('summary-applications')).toHaveText('3');
    await expect(textarea(calc)).toHaveValue(text);
  });

  test('comma-separated with quoted Danish amounts; an unquoted decimal comma is explained', async ({ calc }) => {
    await openBatch(calc);
    const text = [
      'project,budget,target,approach',
      'SUMAK,"475.000,00",21,course',
      '"Nord, Syd","1.000.000,50",10,network',
      'Bad,1.234,50,10,network',
    ].join('\n');
    await paste(calc, text);
    await expectRowNames(calc, ['SUMAK', 'Nord, Syd']);
    await expect(rows(calc).nth(1).locator('td').nth(2)).toHaveText('1.000.000,50 kr.');
    await expect(calc.output('batch-unit-price')).toHaveText(['22.619 kr.', '100.000 kr.']);
    await expect(errors(calc)).toHaveText([/^Linje 4 \(Bad\): Linjen har 5 kolonner.*"1\.234,50"/]);
  });

  test('CRLF line ends and a byte order mark', async ({ calc }) => {
    await openBatch(calc);
    const text = '\uFEFFProjekt;Beløb;Resultatmål;Tilgang\r\nKHRS;1.202.550;17;forløb\r\n\r\nSUMAK;475.000;21;forløb\r\nX;1;0;forløb\r\n';
    await paste(calc, text);
    await expectRowNames(calc, ['KHRS', 'SUMAK']);
    await expect(rows(calc).locator('td:first-child')).toHaveText(['2', '4']);
    await expect(errors(calc)).toHaveText([/^Linje 5 \(X\):/]);
    // The text area's value has its line ends normalised by the browser, nothing else.
    await expect(textarea(calc)).toHaveValue(text.replace(/\r\n/g, '\n'));
  });

  test('the example button fills in round one, which checks without errors', async ({ calc }) => {
    await openBatch(calc);
    await calc.page.getByRole('button', { name: /Indsæt de ni projekter/ }).click();
    await expect(rows(calc)).toHaveCount(9);
    await expect(errors(calc)).toHaveCount(0);
    await expect(calc.output('summary-unit-price')).toHaveText('22.695 kr.');
    await expect(textarea(calc)).toHaveValue(/^Projekt;Ansøgt beløb;Resultatmål;Tilgang\nCode of Care;5\.649\.208;230;netværk\n/);
  });

  test('markup in a project name is shown as text and never runs', async ({ calc }) => {
    await openBatch(calc);
    const text = [
      '<img src=x onerror=alert(1)>;100.000;10;netværk',
      '<script>alert(2)</script>;100.000;10;forløb',
      '"<svg onload=alert(3)>";12x;10;netværk',
    ].join('\n');
    await paste(calc, text);
    await expectRowNames(calc, ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>']);
    await expect(errors(calc)).toHaveText([/^Linje 3 \(<svg onload=alert\(3\)>\): /]);
    await expect(calc.page.locator('main img, main script, main svg')).toHaveCount(0);
    // Sorting and re-rendering keep them as text too.
    await calc.output('sort-name').click();
    await expectRowNames(calc, ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>']);
    await expect(calc.page.locator('main img, main script, main svg')).toHaveCount(0);
  });
});

// ---- sorting ---------------------------------------------------------------------------

test.describe('sorting the table', () => {
  test('clicking a header sorts by it, again reverses it, with aria-sort on the th', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(headerOf(calc, 'line')).toHaveAttribute('aria-sort', 'ascending');
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'none');

    await calc.output('sort-unit-price').click();
    await expectRowNames(calc, ['Café "Øst"; Aarhus', 'Alfa', 'KHRS', 'Høj pris']);
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'ascending');
    await expect(headerOf(calc, 'line')).toHaveAttribute('aria-sort', 'none');
    await expect(calc.page.locator('th[aria-sort="ascending"], th[aria-sort="descending"]')).toHaveCount(1);

    await calc.output('sort-unit-price').click();
    await expectRowNames(calc, ['Høj pris', 'KHRS', 'Alfa', 'Café "Øst"; Aarhus']);
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'descending');

    // Another column starts ascending again; names sort in Danish order (æ, ø, å last).
    await calc.output('sort-name').click();
    await expectRowNames(calc, ['Alfa', 'Café "Øst"; Aarhus', 'Høj pris', 'KHRS']);
    await expect(headerOf(calc, 'name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'none');

    await calc.output('sort-budget').click();
    await expectRowNames(calc, ['Café "Øst"; Aarhus', 'Alfa', 'KHRS', 'Høj pris']);
    await calc.output('sort-target').click();
    await calc.output('sort-target').click();
    await expectRowNames(calc, ['Alfa', 'Café "Øst"; Aarhus', 'KHRS', 'Høj pris']);
    await expect(headerOf(calc, 'target')).toHaveAttribute('aria-sort', 'descending');
    await calc.output('sort-flags').click();
    await calc.output('sort-flags').click();
    await expect(rows(calc).nth(0).locator('th')).toHaveText('Høj pris');

    // The error rows stay as they were, and so does the text.
    await expect(errors(calc)).toHaveCount(3);
    await expect(textarea(calc)).toHaveValue(MIXED);
  });

  test('names sort the Danish way: Aabenraa as Å, é with e, ü with y', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, ['Åbyhøj;100.000;10;netværk', 'Über;100.000;10;netværk', 'Aabenraa;100.000;10;netværk',
      'Élan;100.000;10;netværk', 'Zinc;100.000;10;netværk', 'Ærø;100.000;10;netværk', 'Abild;100.000;10;netværk',
      'Fyn;100.000;10;netværk'].join('\n'));
    await calc.output('sort-name').click();
    await expectRowNames(calc, ['Abild', 'Élan', 'Fyn', 'Über', 'Zinc', 'Ærø', 'Aabenraa', 'Åbyhøj']);
    await calc.output('sort-name').click();
    await expectRowNames(calc, ['Åbyhøj', 'Aabenraa', 'Ærø', 'Zinc', 'Über', 'Fyn', 'Élan', 'Abild']);
  });

  // Names as caseworkers' sheets have them (æ, ø, å and "aa", case, digits, punctuation,
  // accents, typographic quotes and dashes, non-breaking spaces), and each character the
  // sort places by name (crates/domain/src/batch/sort.rs) between letters.
  const ORACLE_NAMES = [
    'Aalborg', 'Ærø', 'Øster', 'Åby', 'abe', 'Abe', 'ABE', 'Zebra', '10 x', '9 x', '100 x',
    'Aabenraa', 'AAbenraa', 'Åbenrå', 'aa', 'Aa', 'AA', 'å', 'Å', 'Haa', 'Hå', 'HaA', 'Hab',
    'Äble', 'æble', 'Öland', 'ø', 'Über', 'Yding', 'Élan', 'Elan', 'élan', 'Café', 'Cafe',
    'Straße', 'Strasse', 'Þór', 'Thor', 'Œuvre', 'Oeuvre', 'Col·lecció', 'Collecció',
    'Projekt 2', 'Projekt: Nord', 'Projekt-Syd', 'Projekt2', 'Projekt – Øst', 'Projekt — Vest',
    '"Projekt" Midt', '“Projekt” Fyn', '‘Projekt’ Als', '(Projekt) Mors', 'Projekt & Co',
    'Projekt/Fyn', 'Projekt.dk', 'Projekt\u00a0Nord', 'Projekt\u202fNord', 'Projekt…',
    'Projekt...', 'Job½', 'Job 1/2', 'Nº 1', 'No 1', 'Ho\u00adved', 'Hoved', 'Kaá', 'Kaa',
    'Aáb', 'aAb', '@ngel', '#1', '$ Fond', '€ Fond', '§ 3', '+45', '50 %', 'A/S Nord',
    ...[...' _-,;:!¡?¿.·\'"«»()[]{}§¶@*/\\&#%`´^¯¨¸°©®+±÷×<=>¬|¦~¤¢$£¥0123456789ªº¹²³¼½¾µ'].map((c) => `A${c}b`),
    ...[...'AaÀàÁáÂâÃãÄäÅåÆæÇçÈèÉéÊêËëÌìÍíÎîÏïÐðÑñÒòÓóÔôÕõÖöØøÙùÚúÛûÜüÝýÞþßÿ'].map((c) => `A${c}b`),
  ];

  test('names sort as Intl.Collator("da") sorts them in the same browser', async ({ calc }) => {
    await openBatch(calc);
    const cell = (name) => `"${name.replace(/"/g, '""')}"`;
    await paste(calc, ORACLE_NAMES.map((name) => `${cell(name)};100.000;10;netværk`).join('\n'));
    await expect(calc.output('batch-more')).toContainText(`af ${ORACLE_NAMES.length} ansøgninger`);
    await calc.output('sort-name').click();
    await expect(headerOf(calc, 'name')).toHaveAttribute('aria-sort', 'ascending');
    const names = rows(calc).locator('th[scope="row"]');
    await expect(names.first()).not.toHaveText(ORACLE_NAMES[0]);
    await calc.output('batch-show-all').click();
    await expect(rows(calc)).toHaveCount(ORACLE_NAMES.length);
    const sorted = await names.allTextContents();
    expect([...sorted].sort()).toEqual([...ORACLE_NAMES].sort());
    // The page's order, sorted again by the browser's own Danish collation (a stable
    // sort, so names it counts as equal keep the page's order), is the page's order.
    const collated = await calc.page.evaluate((shown) => [...shown].sort(new Intl.Collator('da').compare), sorted);
    expect(sorted).toEqual(collated);
  });

  test('the headers sort by keyboard: Tab to a header, Enter or Space', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expect(rows(calc)).toHaveCount(4);
    const button = calc.output('sort-unit-price');
    await button.focus();
    await expect(button).toBeFocused();
    await calc.page.keyboard.press('Enter');
    await expectRowNames(calc, ['Café "Øst"; Aarhus', 'Alfa', 'KHRS', 'Høj pris']);
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'ascending');
    await calc.page.keyboard.press('Enter');
    await expectRowNames(calc, ['Høj pris', 'KHRS', 'Alfa', 'Café "Øst"; Aarhus']);
    await expect(headerOf(calc, 'unit-price')).toHaveAttribute('aria-sort', 'descending');
    // Focus is still on the header after the re-render, so the next key works too.
    await expect(button).toBeFocused();
    // Shift+Tab goes to the previous header (approach); Space sorts by it.
    await calc.page.keyboard.press('Shift+Tab');
    await expect(calc.output('sort-approach')).toBeFocused();
    await calc.page.keyboard.press('Space');
    await expect(headerOf(calc, 'approach')).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(calc).locator('td:nth-child(6)')).toHaveText(['Netværk', 'Forløb', 'Forløb', 'Hybrid']);
  });
});

// ---- open a row in the calculator ----------------------------------------------------------

test.describe('opening a row in the calculator', () => {
  test('each row links to the single calculator prefilled with that application', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expect(rows(calc)).toHaveCount(4);
    const link = rows(calc).nth(0).getByRole('link', { name: /^Åbn i beregneren\s*: KHRS$/ });
    await expect(link).toBeVisible();
    await link.click();
    await calc.waitForApp();
    await expect(calc.field('budget')).toHaveValue('1.202.550');
    await expect(calc.field('target')).toHaveValue('17');
    await expect(calc.approach('course')).toBeChecked();
    await calc.waitForResult('unit-price', '70.738 kr.');
    expect(calc.searchParams().get('view')).toBeNull();
  });

  test('a row with øre and a hybrid opens with both', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, 'Øre;1.000.000,50;3;hybrid');
    await rows(calc).getByRole('link').click();
    await calc.waitForApp();
    await expect(calc.field('budget')).toHaveValue('1.000.000,50');
    await expect(calc.approach('hybrid')).toBeChecked();
    await calc.waitForResult('unit-price', '333.333 kr.');
  });

  test('the navigation leads between the two views', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17');
    await expect(calc.output('nav-batch')).not.toHaveAttribute('aria-current', 'page');
    await calc.output('nav-batch').click();
    await expect(textarea(calc)).toBeEditable();
    await expect(calc.output('nav-batch')).toHaveAttribute('aria-current', 'page');
    await expect(calc.page.locator('[name="budget"]')).toHaveCount(0);
    await calc.page.getByRole('link', { name: 'Beregner' }).click();
    await calc.waitForApp();
    expect(calc.searchParams().get('view')).toBeNull();
    await expect(calc.page.locator('textarea[name="batch"]')).toHaveCount(0);
    // The round trip keeps what the user had typed in the calculator.
    await expect(calc.field('budget')).toHaveValue('1000000');
    await expect(calc.field('target')).toHaveValue('17');
    // The header is the page's own; its links follow what is typed next.
    await calc.type('target', '20');
    await calc.waitForResult('unit-price', '50.000 kr.');
    await calc.output('nav-batch').click();
    await expect(textarea(calc)).toBeEditable();
    await calc.page.getByRole('link', { name: 'Beregner' }).click();
    await calc.waitForApp();
    await expect(calc.field('target')).toHaveValue('20');
  });
});

// ---- rejected rows first, the caseworker's own columns, the status ----------------

test.describe('rejected rows and own columns', () => {
  test('the summary counts the rejected rows and its link moves focus to their list, above the table', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(calc.output('summary-applications')).toHaveText('4');
    await expect(calc.output('summary-rejected')).toHaveText('3 – Se de 3 afviste rækker');
    // Failures first: the list comes before the table.
    const errorsFirst = await calc.page.evaluate(() =>
      Boolean(document.getElementById('batch-errors').compareDocumentPosition(
        document.querySelector('[data-testid="batch-table"]')) & Node.DOCUMENT_POSITION_FOLLOWING));
    expect(errorsFirst).toBe(true);
    await calc.output('rejected-link').click();
    await expect(calc.page.locator('#batch-errors')).toBeFocused();
    // By keyboard too.
    await textarea(calc).focus();
    await calc.output('rejected-link').focus();
    await calc.page.keyboard.press('Enter');
    await expect(calc.page.locator('#batch-errors')).toBeFocused();
  });

  test('a status message says how many rows were checked and how many failed', async ({ calc }) => {
    await openBatch(calc);
    const status = calc.page.getByRole('status').filter({ hasText: 'tjekket' });
    await paste(calc, MIXED);
    await expect(status).toHaveText('7 rækker tjekket, heraf 3 afvist.');
    await expect(calc.output('batch-status')).toHaveAttribute('role', 'status');
    await paste(calc, 'A;100.000;10;netværk');
    await expect(status).toHaveText('1 række tjekket, ingen afvist.');
  });

  test('the CSV includes the rejected rows, with line and message, when asked to', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    let lines = (await downloadCsv(calc)).toString('utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 4);
    expect(lines[0]).toMatch(/;"Linje"$/);
    expect(lines[1]).toMatch(/^"KHRS";.*;"2"$/);
    await calc.output('export-rejected').check();
    await expect(calc.output('export-rejected')).toHaveAccessibleName('Medtag de 3 afviste rækker i CSV-filen, med linje og fejl');
    lines = (await downloadCsv(calc)).toString('utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 4 + 3);
    expect(lines[0]).toMatch(/;"Linje";"Fejl"$/);
    expect(lines[5]).toMatch(/^"Ukendt tilgang";"100\.000";"10";"ukendt";"";"";"";"";"5";"»ukendt« er ikke en tilgang\. .+"$/);
    expect(lines[6]).toMatch(/^"Forkert beløb";"12x";"10";"netværk";"";"";"";"";"6";"Ansøgt beløb: .+"$/);
    expect(lines[7]).toMatch(/^"Mål nul";"100\.000";"0";"netværk";"";"";"";"";"7";"Resultatmål: .+"$/);
  });

  test('the caseworker’s own columns are kept, shown and exported; the export reads back the same', async ({ calc }) => {
    await openBatch(calc);
    const text = [
      'Sagsnr.;Projekt;Ansøgt beløb;Resultatmål;Tilgang;CVR;Kommune',
      '2024-117;Nørre Netværk;2.324.850;120;netværk;12345678;Aarhus',
      '2024-118;Forkert;12x;10;netværk;87654321;Odense',
      '2024-119;SUMAK;475.000;21;forløb;;Randers',
    ].join('\n');
    await paste(calc, text);
    await expectRowNames(calc, ['Nørre Netværk', 'SUMAK']);
    const table = calc.output('batch-table');
    await expect(table.locator('thead th')).toContainText(['Sagsnr.', 'CVR', 'Kommune']);
    await expect(rows(calc).first().locator('[data-testid="batch-extra"]')).toHaveText(['2024-117', '12345678', 'Aarhus']);
    await calc.output('export-rejected').check();
    const bytes = await downloadCsv(calc);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]).toMatch(/;"Sagsnr\.";"CVR";"Kommune";"Linje";"Fejl"$/);
    expect(lines[1]).toMatch(/;"2024-117";"12345678";"Aarhus";"2";""$/);
    expect(lines[3]).toMatch(/^"Forkert";"12x";"10";"netværk";"";"";"";"";"2024-118";"87654321";"Odense";"3";"Ansøgt beløb: /);
    // Chosen again: the same rows, the same own columns, the same rejected row, and the
    // page's own columns not taken for the caseworker's.
    await paste(calc, '');
    await calc.page.locator('#batch-file').setInputFiles({ name: 'puljeberegner-tjek.csv', mimeType: 'text/csv', buffer: bytes });
    await expectRowNames(calc, ['Nørre Netværk', 'SUMAK']);
    await expect(table.locator('thead th')).toHaveCount(10 + 3);
    await expect(rows(calc).first().locator('[data-testid="batch-extra"]')).toHaveText(['2024-117', '12345678', 'Aarhus']);
    await expect(errors(calc)).toHaveText([/^Linje 4 \(Forkert\): Ansøgt beløb:/]);
  });
});

// ---- nothing pasted is lost ----------------------------------------------

test.describe('nothing pasted is lost', () => {
  test('paste, open a row in the calculator, Back: the same text and rows; a reload too', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(calc.output('batch-kept')).toHaveText(/kun i denne fane.*Intet sendes nogen steder hen\./);
    await rows(calc).first().getByRole('link').click();
    await calc.waitForResult('unit-price', '70.738 kr.');
    await calc.page.goBack();
    await expect(textarea(calc)).toHaveValue(MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(errors(calc)).toHaveCount(3);
    await calc.page.reload();
    await expect(textarea(calc)).toHaveValue(MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    // Emptied, it stays empty after a reload.
    await paste(calc, '');
    await expect(rows(calc)).toHaveCount(0);
    await expect.poll(() => calc.page.evaluate(keptBatchData)).toEqual([]);
    await calc.page.reload();
    await expect(textarea(calc)).toBeEditable();
    await expect(textarea(calc)).toHaveValue('');
  });

  test('a batch the browser will not keep says it was not kept', async ({ calc }) => {
    // As a full session storage answers: every write refused.
    await calc.page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(calc.output('batch-kept')).toHaveText(/for stor til, at browseren kan gemme den.*væk, hvis du går tilbage/);
  });

  test('the example replacing a pasted text can be undone', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await calc.page.getByRole('button', { name: /som eksempel/ }).click();
    await expect(rows(calc)).toHaveCount(9);
    await expect(calc.output('example-replaced')).toContainText('Eksemplet erstattede din tekst.');
    await calc.output('example-undo').click();
    await expect(textarea(calc)).toHaveValue(MIXED);
    await expectRowNames(calc, MIXED_NAMES);
    await expect(calc.output('example-replaced')).toHaveCount(0);
    // Into an empty text area the example goes without a question.
    await paste(calc, '');
    await calc.page.getByRole('button', { name: /som eksempel/ }).click();
    await expect(rows(calc)).toHaveCount(9);
    await expect(calc.output('example-replaced')).toHaveCount(0);
  });
});

// ---- saying which column is which ------------------------------------------------------

// A sheet whose amount is headed in words the check does not read as one ("Kroner i alt").
const KRONER = [
  'Sagsnr.;Projekt;Kroner i alt;Resultatmål;Tilgang',
  '2024-117;Nørre Netværk;2.324.850;120;netværk',
  '2024-118;Forkert;12x;10;netværk',
  '2024-119;SUMAK;475.000;21;forløb',
].join('\n');
const KRONER_NAMES = ['Nørre Netværk', 'SUMAK'];

/** The select for a column the header does not name, by its label. */
function columnSelect(calc, label) {
  return calc.output('column-choice').getByLabel(label, { exact: true });
}

test.describe('saying which column is which', () => {
  test('a heading the check does not know: the column chosen by keyboard, then the rows are checked and exported', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, KRONER);
    await expect(calc.output('batch-fatal')).toContainText('Overskriften på linje 1 mangler kolonnen »Ansøgt beløb«.');
    await expect(rows(calc)).toHaveCount(0);
    // Beside the message: which column is which, the header's other columns by heading
    // and position.
    const form = calc.output('column-choice');
    await expect(form.getByRole('heading', { level: 2 }).first()).toHaveText('Hvilken kolonne er hvilken?');
    const budget = columnSelect(calc, 'Ansøgt beløb');
    await expect(budget.locator('option')).toHaveText(['Vælg en kolonne', 'Sagsnr. (kolonne 1)', 'Kroner i alt (kolonne 3)']);
    await expect(budget).toHaveValue('');
    await expect(budget).toHaveAttribute('aria-invalid', 'true');
    await expect(budget).toHaveAccessibleDescription('Fejl: Vælg kolonnen med »Ansøgt beløb«.');
    await expect(form.locator('select')).toHaveCount(1);

    // The error summary's link, by keyboard, moves focus to the select; a letter chooses.
    const link = calc.output('error-summary').getByRole('link', { name: 'Vælg kolonnen med »Ansøgt beløb«.' });
    await link.focus();
    await calc.page.keyboard.press('Enter');
    await expect(budget).toBeFocused();
    await calc.page.keyboard.press('k');
    await expect(budget).toHaveValue('2');

    // Checked as with a matching header: table, summary, status, errors, own columns.
    await expectRowNames(calc, KRONER_NAMES);
    await expect(calc.output('batch-fatal')).toHaveCount(0);
    await expect(calc.output('batch-unit-price')).toHaveText(['19.373 kr.', '22.619 kr.']);
    await expect(calc.output('summary-applications')).toHaveText('2');
    await expect(calc.output('summary-rejected')).toContainText('1');
    await expect(calc.output('batch-status')).toHaveText('3 rækker tjekket, heraf 1 afvist.');
    await expect(errors(calc)).toHaveText([/^Linje 3 \(Forkert\): Ansøgt beløb: /]);
    await expect(rows(calc).first().locator('[data-testid="batch-extra"]')).toHaveText(['2024-117']);
    // The choice stays on show, without errors, to be changed.
    await expect(budget).toHaveValue('2');
    await expect(budget).not.toHaveAttribute('aria-invalid');
    await expect(calc.output('error-summary')).toHaveCount(0);

    // The CSV has the page's own headings, the caseworker's column, the line, and reads
    // back without a choice.
    await calc.output('export-rejected').check();
    const bytes = await downloadCsv(calc);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 3);
    expect(lines[0]).toMatch(/^"Projekt";"Ansøgt beløb \(kr\.\)";"Resultatmål";"Tilgang";.*;"Sagsnr\.";"Linje";"Fejl"$/);
    expect(lines[1]).toMatch(/^"Nørre Netværk";"2324850";"120";"Netværk";"19373";"60";.*;"2024-117";"2";""$/);
    expect(lines[2]).toMatch(/^"SUMAK";"475000";"21";"Forløb";"22619";"11";.*;"2024-119";"4";""$/);
    expect(lines[3]).toMatch(/^"Forkert";"12x";"10";"netværk";"";"";"";"";"2024-118";"3";"Ansøgt beløb: /);
    await paste(calc, '');
    await calc.page.locator('#batch-file').setInputFiles({ name: 'puljeberegner-tjek.csv', mimeType: 'text/csv', buffer: bytes });
    await expectRowNames(calc, KRONER_NAMES);
    await expect(calc.output('column-choice')).toHaveCount(0);
    await expect(errors(calc)).toHaveText([/^Linje 4 \(Forkert\): Ansøgt beløb: /]);
  });

  test('the choice is kept: Back from a row, a reload; other headings say it no longer applies', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, KRONER);
    const budget = columnSelect(calc, 'Ansøgt beløb');
    await budget.selectOption({ label: 'Kroner i alt (kolonne 3)' });
    await expectRowNames(calc, KRONER_NAMES);
    await rows(calc).first().getByRole('link').click();
    await calc.waitForResult('unit-price', '19.373 kr.');
    await calc.page.goBack();
    await expect(textarea(calc)).toHaveValue(KRONER);
    await expectRowNames(calc, KRONER_NAMES);
    await expect(budget).toHaveValue('2');
    await calc.page.reload();
    await expect(textarea(calc)).toHaveValue(KRONER);
    await expectRowNames(calc, KRONER_NAMES);
    await expect(budget).toHaveValue('2');
    await expect(calc.output('column-choice-reset')).toHaveCount(0);

    // Other headings: the choice is not applied to them, and the form says so.
    const other = KRONER.replace('Kroner i alt', 'Beløb i alt');
    await paste(calc, other);
    await expect(calc.output('batch-fatal')).toContainText('mangler kolonnen »Ansøgt beløb«');
    await expect(rows(calc)).toHaveCount(0);
    await expect(calc.output('column-choice-reset')).toHaveText('Overskrifterne er ændret, så dit tidligere valg af kolonner gælder ikke længere.');
    await expect(budget).toHaveValue('');
    await expect(budget.locator('option')).toHaveText(['Vælg en kolonne', 'Sagsnr. (kolonne 1)', 'Beløb i alt (kolonne 3)']);
    await budget.selectOption({ label: 'Beløb i alt (kolonne 3)' });
    await expectRowNames(calc, KRONER_NAMES);
    await expect(calc.output('column-choice-reset')).toHaveCount(0);
    // A header that names every column needs no choice; emptied, nothing is kept.
    await paste(calc, KRONER.replace('Kroner i alt', 'Ansøgt beløb'));
    await expectRowNames(calc, KRONER_NAMES);
    await expect(calc.output('column-choice')).toHaveCount(0);
    await paste(calc, '');
    await expect.poll(() => calc.page.evaluate(keptBatchData)).toEqual([]);
  });

  test('two columns to choose; one chosen for both is an error on the second until it is changed', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, 'Projekt;Kroner i alt;Antal;Tilgang\nA;100.000;10;netværk\nB;475.000;21;forløb\n');
    const budget = columnSelect(calc, 'Ansøgt beløb');
    const target = columnSelect(calc, 'Resultatmål');
    await expect(target.locator('option')).toHaveText(['Vælg en kolonne', 'Kroner i alt (kolonne 2)', 'Antal (kolonne 3)']);
    await expect(calc.output('error-summary').getByRole('link')).toHaveText([
      'Vælg kolonnen med »Ansøgt beløb«.',
      'Vælg kolonnen med »Resultatmål«.',
    ]);
    await budget.selectOption('1');
    await target.selectOption('1');
    await expect(calc.output('batch-fatal')).toContainText('mangler kolonnen »Resultatmål«');
    const taken = 'Vælg en anden kolonne til »Resultatmål«: den valgte er allerede »Ansøgt beløb«.';
    await expect(calc.output('error-summary').getByRole('link')).toHaveText([taken]);
    await expect(target).toHaveAttribute('aria-invalid', 'true');
    await expect(target).toHaveAccessibleDescription(`Fejl: ${taken}`);
    await expect(budget).not.toHaveAttribute('aria-invalid');
    await calc.output('error-summary').getByRole('link').click();
    await expect(target).toBeFocused();
    await calc.page.keyboard.press('ArrowDown');
    await expect(target).toHaveValue('2');
    await expectRowNames(calc, ['A', 'B']);
    await expect(calc.output('batch-unit-price')).toHaveText(['10.000 kr.', '22.619 kr.']);
    await expect(calc.output('error-summary')).toHaveCount(0);
  });
});

// ---- download the CSV and read it back ---------------------------------------------------------

/** Clicks "Download CSV" and returns the file's bytes. */
async function downloadCsv(calc) {
  const [download] = await Promise.all([
    calc.page.waitForEvent('download'),
    calc.output('download-csv').click(),
  ]);
  expect(download.suggestedFilename()).toBe('puljeberegner-tjek.csv');
  expect(await download.failure()).toBeNull();
  return fs.readFileSync(await download.path());
}

test.describe('downloading the CSV', () => {
  const FORMULAS = [
    'Projekt;Ansøgt beløb;Resultatmål;Tilgang',
    '"=HYPERLINK(""x"")";100.000;10;netværk',
    '+1;1.234.567,50;17;forløb',
    '@SUM(1);2.000.000;10;forløb',
    '-2;475.000;21;hybrid',
    '"Bo ""Bæver"" ApS; Ærø";286.000;10;netværk',
    '',
  ].join('\n');
  const NAMES = ['=HYPERLINK("x")', '+1', '@SUM(1)', '-2', 'Bo "Bæver" ApS; Ærø'];

  test('the file is UTF-8 with BOM, ; separated, CRLF, Danish decimals, all quoted, formula-safe', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, FORMULAS);
    await expectRowNames(calc, NAMES);
    const bytes = await downloadCsv(calc);

    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(1 + NAMES.length);
    // Every field quoted, `;` between them, nine columns per line (the last the line).
    for (const line of lines) {
      expect(line).toMatch(/^"(?:[^"]|"")*"(?:;"(?:[^"]|"")*"){8}$/);
    }
    expect(lines[0]).toBe(
      '"Projekt";"Ansøgt beløb (kr.)";"Resultatmål";"Tilgang";"Enhedspris (kr.)";' +
        '"Ansættelser, der kræves for første rate";"Placering blandt første runde (1 = laveste enhedspris af 10)";"Flag";"Linje"',
    );
    // The formula names get a ' in front and keep their doubled quotes.
    expect(lines[1]).toBe('"\'=HYPERLINK(""x"")";"100000";"10";"Netværk";"10000";"5";"2";"";"2"');
    expect(lines[2]).toMatch(/^"'\+1";"1234567,50";"17";"Forløb";"72621";"9";"9";/);
    expect(lines[3]).toMatch(/^"'@SUM\(1\)";"2000000";"10";"Forløb";"200000";"5";"10";".*75\.380 kr\., ISS; tabel 3\)\./);
    expect(lines[4]).toMatch(/^"'-2";"475000";"21";"Hybrid";"22619";"11";/);
    expect(lines[5]).toMatch(/^"Bo ""Bæver"" ApS; Ærø";"286000";"10";"Netværk";"28600";"5";/);
  });

  test('the download’s object URL is still valid once the download has started', async ({ calc }) => {
    await calc.page.addInitScript(() => {
      window.__objectUrls = [];
      window.__revoked = [];
      const create = URL.createObjectURL.bind(URL);
      const revoke = URL.revokeObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        const url = create(blob);
        window.__objectUrls.push(url);
        return url;
      };
      URL.revokeObjectURL = (url) => {
        window.__revoked.push(url);
        revoke(url);
      };
    });
    await openBatch(calc);
    await paste(calc, FORMULAS);
    await expectRowNames(calc, NAMES);
    const bytes = await downloadCsv(calc);
    expect(bytes.length).toBeGreaterThan(0);
    // Not revoked right after click(): the same URL downloads the same file again.
    expect(await calc.page.evaluate(() => window.__revoked)).toEqual([]);
    const [again] = await Promise.all([
      calc.page.waitForEvent('download'),
      calc.page.evaluate(() => {
        const link = document.createElement('a');
        link.href = window.__objectUrls[0];
        link.download = 'igen.csv';
        link.click();
      }),
    ]);
    expect(await again.failure()).toBeNull();
    expect(fs.readFileSync(await again.path())).toEqual(bytes);
  });

  test('the file has the rows in the order on screen', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, FORMULAS);
    await expectRowNames(calc, NAMES);
    // Most expensive first, as the caseworker sorted the table.
    await calc.output('sort-unit-price').click();
    await calc.output('sort-unit-price').click();
    const onScreen = await rows(calc).locator('th[scope="row"]').allTextContents();
    expect(onScreen).not.toEqual(NAMES);
    const lines = (await downloadCsv(calc)).toString('utf8').slice(1).split('\r\n').slice(1, -1);
    const names = lines.map((line) => line.match(/^"((?:[^"]|"")*)"/)[1].replace(/""/g, '"').replace(/^'/, ''));
    expect(names).toEqual(onScreen);
  });

  test('the downloaded file pasted back gives the same names and numbers', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, FORMULAS);
    await expectRowNames(calc, NAMES);
    const before = await rows(calc).evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(1, 9).map((c) => c.textContent)),
    );
    const text = (await downloadCsv(calc)).toString('utf8');

    await paste(calc, text);
    await expectRowNames(calc, NAMES);
    await expect(errors(calc)).toHaveCount(0);
    const after = await rows(calc).evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td, th')].slice(1, 9).map((c) => c.textContent)),
    );
    expect(after).toEqual(before);
  });

  test('a file chosen with the file input reads back the same too', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, FORMULAS);
    await expectRowNames(calc, NAMES);
    const bytes = await downloadCsv(calc);
    await paste(calc, '');
    await expect(rows(calc)).toHaveCount(0);
    await calc.page.locator('#batch-file').setInputFiles({
      name: 'puljeberegner-tjek.csv',
      mimeType: 'text/csv',
      buffer: bytes,
    });
    await expectRowNames(calc, NAMES);
    await expect(errors(calc)).toHaveCount(0);
  });
});

// ---- choose a file ----------------------------------------------------------------------

test.describe('choosing a file', () => {
  test('a .csv file from Danish Excel (BOM, CRLF, ;) fills the text area and is checked', async ({ calc }) => {
    await openBatch(calc);
    const text = 'Projekt;Ansøgt beløb (kr.);Resultatmål;Tilgang\r\nKHRS;1.202.550;17;Forløb\r\nSUMAK;475.000,00;21;forløb\r\nX;12x;1;netværk\r\n';
    await calc.page.locator('#batch-file').setInputFiles({
      name: 'ansøgninger.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
    });
    await expectRowNames(calc, ['KHRS', 'SUMAK']);
    await expect(errors(calc)).toHaveText([/^Linje 4 \(X\): Ansøgt beløb:/]);
    // The text area holds the file's text (the browser drops the BOM when decoding and
    // shows line ends as \n).
    await expect(textarea(calc)).toHaveValue(text.replace(/\r\n/g, '\n'));
  });

  test('a .txt file with tabs', async ({ calc }) => {
    await openBatch(calc);
    await calc.page.locator('#batch-file').setInputFiles({
      name: 'ark.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Alfa\t900.000\t30\thybrid\nBeta\t100.000\t10\tnetværk\n', 'utf8'),
    });
    await expectRowNames(calc, ['Alfa', 'Beta']);
  });

  test('a file over 16 MiB gives a clear message, is not read, and the page still works', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, 'A;100.000;10;netværk');
    await expectRowNames(calc, ['A']);
    const big = Buffer.alloc(16 * 1024 * 1024 + 1, 'x');
    const input = calc.page.locator('#batch-file');
    await input.setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: big });
    const message = calc.page.locator('#batch-file-error');
    await expect(message).toBeVisible();
    await expect(message).toHaveClass(/\bfield-error\b/);
    await expect(message).toHaveText(/16\.385 kB.*16 MiB/);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/16 MiB/);
    // What was there is kept, and the page takes input as before.
    await expect(textarea(calc)).toHaveValue('A;100.000;10;netværk');
    await expectRowNames(calc, ['A']);
    await paste(calc, 'B;100.000;10;netværk');
    await expectRowNames(calc, ['B']);
    // A good file afterwards clears the message.
    await input.setInputFiles({
      name: 'lille.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('C;100.000;10;netværk', 'utf8'),
    });
    await expectRowNames(calc, ['C']);
    await expect(message).toHaveCount(0);
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a file the browser cannot read says so and keeps the text in the field', async ({ calc }) => {
    const { page } = calc;
    // The file is gone from the disk between the choice and the read, as a file on a
    // network drive or a USB stick can be: the page holds each read until the test lets it
    // go, and the browser's own read then fails.
    await page.addInitScript(() => {
      const read = FileReader.prototype.readAsArrayBuffer;
      let held = [];
      FileReader.prototype.readAsArrayBuffer = function (blob) {
        held.push(() => read.call(this, blob));
      };
      window.__releaseReads = () => {
        held.forEach((go) => go());
        held = [];
      };
    });
    await openBatch(calc);
    await paste(calc, 'A;100.000;10;netværk');
    await expectRowNames(calc, ['A']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-'));
    const file = path.join(dir, 'ansøgninger.csv');
    fs.writeFileSync(file, 'B;100.000;10;netværk\n');
    const input = page.locator('#batch-file');
    await input.setInputFiles(file);
    fs.rmSync(dir, { recursive: true });
    await page.evaluate(() => window.__releaseReads());
    const message = page.locator('#batch-file-error');
    await expect(message).toBeVisible();
    await expect(message).toHaveClass(/\bfield-error\b/);
    await expect(message).toHaveText('Fejl: Filen kunne ikke læses, så teksten i feltet er uændret. Vælg filen igen, eller åbn den og kopiér indholdet ind i feltet.');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/kunne ikke læses/);
    // What was there is kept, still checked.
    await expect(textarea(calc)).toHaveValue('A;100.000;10;netværk');
    await expectRowNames(calc, ['A']);
    // A file that can be read afterwards is read, and the message goes.
    await input.setInputFiles({ name: 'lille.csv', mimeType: 'text/csv', buffer: Buffer.from('C;100.000;10;netværk', 'utf8') });
    await page.evaluate(() => window.__releaseReads());
    await expectRowNames(calc, ['C']);
    await expect(message).toHaveCount(0);
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  // Real bytes, made with iconv (tests/fixtures/README.md): Danish letters in the header,
  // the names and the approaches.
  for (const [file, said] of [
    ['excel-semikolon.windows-1252.csv', /^Windows-1252/],
    ['excel-unicode-tekst.utf16le.txt', /^UTF-16 \(little-endian\)/],
    ['unicode.utf16be.txt', /^UTF-16 \(big-endian\)/],
    ['danish.utf8-bom.csv', /^UTF-8$/],
    ['danish.utf8.csv', /^UTF-8$/],
  ]) {
    test(`a file in ${file.split('.').slice(-2, -1)[0]} is read with its Danish letters, and the summary says so`, async ({ calc }) => {
      await openBatch(calc);
      await calc.page.locator('#batch-file').setInputFiles(`tests/fixtures/${file}`);
      await expectRowNames(calc, ['Nørre Netværk', 'Åbyhøj Forløb', 'Café “Nord” – €']);
      await expect(errors(calc)).toHaveCount(0);
      await expect(calc.output('summary-encoding')).toHaveText(said);
      await expect(textarea(calc)).toHaveValue(/^Projekt.Ansøgt beløb.Resultatmål.Tilgang\n/);
      // Typing makes it the caseworker's own text: the file's encoding is no longer said.
      await textarea(calc).press('End');
      await textarea(calc).press('Space');
      await expect(calc.output('summary-encoding')).toHaveCount(0);
    });
  }

  test('a file of exactly 1 MiB is read', async ({ calc }) => {
    await openBatch(calc);
    const head = 'A;100.000;10;netværk\n';
    const buffer = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.alloc(1024 * 1024 - Buffer.byteLength(head), ' ')]);
    await calc.page.locator('#batch-file').setInputFiles({ name: 'mib.csv', mimeType: 'text/csv', buffer });
    await expectRowNames(calc, ['A']);
    await expect(calc.page.locator('#batch-file-error')).toHaveCount(0);
  });
});

// ---- caps ------------------------------------------------------------------------------

/** A header and n valid data rows. */
function manyRows(n) {
  const lines = ['Projekt;Beløb;Resultatmål;Tilgang'];
  for (let i = 1; i <= n; i += 1) lines.push(`Projekt ${i};${100000 + i};10;netværk`);
  return lines.join('\n');
}

test.describe('caps', () => {
  test('5.001 data rows are refused with a clear message', async ({ calc }) => {
    await openBatch(calc);
    const text = manyRows(5001);
    await paste(calc, text);
    const fatal = calc.output('batch-fatal');
    await expect(fatal).toBeVisible();
    await expect(fatal).toHaveAttribute('role', 'alert');
    await expect(fatal).toHaveText(/mere end 5\.000 ansøgninger.*højst tjekkes 5\.000/);
    await expect(rows(calc)).toHaveCount(0);
    await expect(calc.output('batch-summary')).toHaveCount(0);
    await expect(textarea(calc)).toHaveValue(text);
    // The page is not frozen: one row fewer is checked.
    await paste(calc, manyRows(3));
    await expect(rows(calc)).toHaveCount(3);
    await expect(fatal).toHaveCount(0);
  });

  test('5.000 data rows are all checked; the table shows a first page, then all', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, manyRows(5000));
    await expect(calc.output('summary-applications')).toHaveText('5.000');
    await expect(calc.output('batch-fatal')).toHaveCount(0);
    await expect(calc.output('batch-more')).toContainText(/Viser \d+(\.\d+)? af 5\.000 ansøgninger\./);
    await calc.output('batch-show-all').click();
    await expect(rows(calc)).toHaveCount(5000);
    await expect(calc.output('batch-more')).toHaveCount(0);
    await expect(rows(calc).last().locator('th')).toHaveText('Projekt 5000');
    // Sorting sorts all of them: the dearest (highest budget, same target) first.
    await calc.output('sort-budget').click();
    await calc.output('sort-budget').click();
    await expect(rows(calc).first().locator('th')).toHaveText('Projekt 5000');
  });

  test('typing at the end of 5.000 rows waits for a pause, says so, then checks', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, manyRows(5000));
    await expect(calc.output('batch-status')).toHaveText('5.000 rækker tjekket, ingen afvist.');
    await textarea(calc).press('ControlOrMeta+End');
    await calc.page.keyboard.type('x');
    await expect(calc.output('batch-pending')).toHaveText('Tjekkes, når du holder en pause i skrivningen …');
    await expect(calc.output('batch-status')).toHaveText('5.000 rækker tjekket, heraf 1 afvist.');
    await expect(calc.output('batch-pending')).toHaveCount(0);
    await expect(errors(calc)).toHaveText([/^Linje 5001 \(Projekt 5000\): /]);
  });

  test('table rows are keyed: sorting moves the same rows rather than rewriting them', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, manyRows(50));
    await expect(rows(calc)).toHaveCount(50);
    await rows(calc).first().evaluate((tr) => { tr.dataset.marked = 'yes'; });
    await calc.output('sort-budget').click();
    await calc.output('sort-budget').click();
    await expect(rows(calc).last().locator('th')).toHaveText('Projekt 1');
    await expect(rows(calc).last()).toHaveAttribute('data-marked', 'yes');
    await expect(calc.page.locator('tr[data-marked]')).toHaveCount(1);
  });

  test('sorting a long batch sorts every row, not only the page shown', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, manyRows(1200));
    await expect(calc.output('summary-applications')).toHaveText('1.200');
    await expect(rows(calc).first().locator('th')).toHaveText('Projekt 1');
    await calc.output('sort-budget').click();
    await calc.output('sort-budget').click();
    await expect(headerOf(calc, 'budget')).toHaveAttribute('aria-sort', 'descending');
    await expect(rows(calc).first().locator('th')).toHaveText('Projekt 1200');
  });

  test('more than 1 MiB of names pasted is refused with a clear message; spaces do not count', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, `A;100.000;10;netværk\n${' '.repeat(1024 * 1024)}`);
    await expectRowNames(calc, ['A']);
    await paste(calc, `A;100.000;10;netværk\n${'n'.repeat(1024 * 1024)};100.000;10;netværk`);
    await expect(calc.output('batch-fatal')).toHaveText(/1\.048\.577 byte.*1 MiB/);
    await expect(rows(calc)).toHaveCount(0);
  });

  test('the export of 5.000 flagged applications (over 1 MiB) is chosen again and read back', async ({ calc }) => {
    await openBatch(calc);
    const lines = ['Projekt;Beløb;Resultatmål;Tilgang'];
    for (let i = 1; i <= 5000; i += 1) lines.push(`P${i};999;1;forløb`);
    await paste(calc, lines.join('\n'));
    await expect(calc.output('summary-applications')).toHaveText('5.000');
    await expect(calc.output('summary-flagged')).toHaveText('5.000');
    const bytes = await downloadCsv(calc);
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    await paste(calc, '');
    await calc.page.locator('#batch-file').setInputFiles({ name: 'puljeberegner-tjek.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(calc.output('summary-applications')).toHaveText('5.000');
    await expect(calc.output('summary-flagged')).toHaveText('5.000');
    await expect(calc.output('batch-fatal')).toHaveCount(0);
    await expect(errors(calc)).toHaveCount(0);
  });

});

// ---- flags in the single calculator -------------------------------------------------------

test.describe('flags in the single calculator', () => {
  test('a link with a high unit price shows the flags with round one’s figures', async ({ calc }) => {
    await calc.goto('budget=2000000&target=10&approach=course');
    await calc.waitForResult('unit-price', '200.000 kr.');
    const found = calc.output('flag');
    await expect(found.first()).toHaveText(ISS_FLAG);
    await expect(found).toHaveText([
      ISS_FLAG,
      'Enhedsprisen på 200.000 kr. er mere end dobbelt så høj som gennemsnittet for forløbsprojekterne (inkl. AOF Midts hybrid) i første runde (34.006 kr.; samlet tildelt beløb / samlet resultatmål, tabel 3).',
    ]);
  });

  test('the flags follow the inputs as the user types', async ({ calc }) => {
    await calc.goto('budget=5649208&target=230&approach=network');
    await expect(calc.output('flags')).toContainText('Ingen bemærkninger');
    await expect(calc.output('flag')).toHaveCount(0);
    await calc.type('budget', '6.000.000');
    await expect(calc.output('flag')).toHaveText([
      /^Det ansøgte beløb på 6\.000\.000 kr\. er større end alle tildelte beløb i første runde \(største: 5\.649\.208 kr\., Code of Care; tabel 3\)\.$/,
    ]);
    await calc.type('target', '1000');
    await expect(calc.output('flag')).toHaveText([
      /laveste: 7\.976 kr\., Randers HK og DISCUS/,
      /under halvdelen af gennemsnittet for netværksprojekterne/,
      /^Resultatmålet på 1\.000 ansættelser er større end hos alle netværksprojekterne i første runde \(største: 230, Code of Care; tabel 3\)\.$/,
      /største: 5\.649\.208 kr\., Code of Care/,
    ]);
    await calc.type('budget', '12x');
    await expect(calc.output('flags')).toHaveCount(0);
  });
});

// ---- copy link ---------------------------------------------------------------------------

test.describe('copy link', () => {
  // Clipboard permissions are granted in beforeEach.
  test('copies the link that reproduces the view and says so', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&approach=course&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await calc.type('hires', '9');
    await expect.poll(() => calc.searchParams().get('hires')).toBe('9');
    const share = calc.output('share-link');
    await expect(share).toHaveValue(calc.page.url());
    await calc.output('copy-link').click();
    await expect(calc.output('copy-status')).toHaveText('Linket er kopieret.');
    const copied = await calc.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(calc.page.url());
    // The link opens the same calculation.
    await calc.page.goto(copied);
    await calc.waitForApp();
    await expect(calc.field('hires')).toHaveValue('9');
    await calc.waitForResult('unit-price', '58.823 kr.');
  });

  test('by keyboard, and on the batch view the link is the batch page, without a redundant view=batch', async ({ calc }) => {
    await openBatch(calc);
    await expect.poll(() => calc.page.url()).toMatch(/\/batch\/$/);
    await expect(calc.output('share-link')).toHaveValue(calc.page.url());
    await calc.output('copy-link').focus();
    await calc.page.keyboard.press('Enter');
    await expect(calc.output('copy-status')).toHaveText('Linket er kopieret.');
    expect(await calc.page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/batch\/$/);
  });

  test('without the Clipboard API the link is selected for the user to copy', async ({ calc }) => {
    await calc.page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    await calc.goto('budget=1000000&target=17');
    await calc.output('copy-link').click();
    await expect(calc.output('copy-status')).toHaveText(/Linket er markeret\. Kopiér det med Ctrl\+C/);
    const selected = await calc.page.evaluate(() => {
      const el = document.activeElement;
      return el && el.id === 'share-link' ? el.value.slice(el.selectionStart, el.selectionEnd) : null;
    });
    expect(selected).toBe(calc.page.url());
  });

  test('when the clipboard refuses, the link is selected instead of claimed copied', async ({ calc }) => {
    // As when the browser denies clipboard-write: writeText returns a rejected promise.
    await calc.page.addInitScript(() => {
      Clipboard.prototype.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await calc.goto('budget=1000000&target=17');
    await calc.output('copy-link').click();
    await expect(calc.output('copy-status')).toHaveText(/Linket er markeret\. Kopiér det med Ctrl\+C/);
    await expect(calc.output('share-link')).toBeFocused();
  });
});

// ---- print -----------------------------------------------------------------------------

/** Every <button> on the page that is displayed, as "testid or text". */
async function visibleButtons(page) {
  return page.locator('button').evaluateAll((buttons) =>
    buttons
      .filter((b) => getComputedStyle(b).display !== 'none' && b.getClientRects().length > 0)
      .map((b) => b.dataset.testid || b.textContent.trim()),
  );
}

test.describe('printing', () => {
  test('the printed calculator shows no buttons, and the date and the link', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&approach=course&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await expect(calc.page.locator('[data-testid="print-link"]')).toBeHidden();
    await calc.page.emulateMedia({ media: 'print' });
    expect(await visibleButtons(calc.page)).toEqual([]);
    const printLink = calc.output('print-link');
    await expect(printLink).toBeVisible();
    await expect(printLink).toContainText(/Udskrevet \d{1,2}\.\d{1,2}\.\d{4}\./);
    await expect(printLink).toContainText(calc.page.url());
    await expect(calc.output('share-link')).toBeHidden();
    await expect(calc.output('unit-price')).toBeVisible();
    await expect(calc.output('flags')).toBeVisible();
    await expect(calc.output('round-one-table')).toBeVisible();
    await expect(calc.page.locator('input[type="file"]')).toHaveCount(0);
    // At the printable width of A4 (186 mm) no table runs off the right edge.
    await calc.page.setViewportSize({ width: 703, height: 1000 });
    const overflows = await calc.page.locator('table').evaluateAll((tables) =>
      tables
        .filter((t) => t.getClientRects().length > 0)
        .map((t) => t.getBoundingClientRect().right - document.documentElement.clientWidth)
        .filter((d) => d > 0),
    );
    expect(overflows).toEqual([]);
  });

  test('the printed calculator fits on one A4 page', async ({ calc }) => {
    await calc.goto('budget=1000000&target=17&approach=course&hires=12');
    await calc.waitForResult('unit-price', '58.823 kr.');
    await expect(calc.output('flags')).toBeAttached();
    await calc.page.emulateMedia({ media: 'print' });
    const pdf = await calc.page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
    expect(pages).toBe(1);
  });

  test('a flagged calculation with a long link still prints on one A4 page', async ({ calc }) => {
    await calc.goto('budget=6.000.000,50&target=1000&approach=network&hires=999&expenses=5.999.999,99&level1=95&level2=85&level3=60');
    await expect(calc.output('flag')).toHaveCount(4);
    await calc.page.emulateMedia({ media: 'print' });
    const pdf = await calc.page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
    expect(pages).toBe(1);
  });

  test('a printed long batch does not silently leave out applications', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, manyRows(600));
    await expect(calc.output('summary-applications')).toHaveText('600');
    await expect(calc.output('batch-more')).toBeVisible();
    await calc.page.emulateMedia({ media: 'print' });
    // Either every row is on paper, or the paper says how many are not.
    const printedRows = await rows(calc).evaluateAll((trs) => trs.filter((tr) => tr.getClientRects().length > 0).length);
    if (printedRows < 600) {
      await expect(calc.page.getByText(/af 600 ansøgninger/)).toBeVisible();
    }
  });

  test('the printed batch view shows its table with headers, and no text area or other buttons', async ({ calc }) => {
    await openBatch(calc);
    await paste(calc, MIXED);
    await expect(rows(calc)).toHaveCount(4);
    // As wide as the printable width of A4 with the stylesheet's 12 mm margins (186 mm).
    await calc.page.setViewportSize({ width: 703, height: 1000 });
    await calc.page.emulateMedia({ media: 'print' });
    // The only buttons left on paper are the column headers' sort buttons, which carry
    // the headers' labels; the download, example and copy buttons are gone.
    const buttons = await visibleButtons(calc.page);
    expect(buttons.filter((b) => !b.startsWith('sort-'))).toEqual([]);
    await expect(textarea(calc)).toBeHidden();
    await expect(calc.page.locator('#batch-file')).toBeHidden();
    await expect(calc.output('download-csv')).toBeHidden();
    await expect(calc.output('copy-link')).toBeHidden();
    await expect(calc.output('batch-table')).toBeVisible();
    await expect(rows(calc)).toHaveCount(4);
    for (let i = 0; i < 4; i += 1) await expect(rows(calc).nth(i)).toBeVisible();
    await expect(calc.output('batch-summary')).toBeVisible();
    await expect(errors(calc).first()).toBeVisible();
    // The "open" links make no sense on paper.
    await expect(rows(calc).first().getByRole('link')).toBeHidden();
    // The column headers are readable on paper.
    const headers = await calc.output('batch-table').locator('thead th').evaluateAll((ths) =>
      ths.filter((th) => getComputedStyle(th).display !== 'none').map((th) => th.innerText.replace(/[▲▼]/g, '').trim()),
    );
    expect(headers).toEqual([
      'Linje', 'Projekt', 'Ansøgt beløb', 'Resultatmål', 'Tilgang', 'Enhedspris',
      'Ansættelser, der kræves for første rate', 'Placering blandt 10', 'Bemærkninger',
    ]);
    // The table fits the width of the page (nothing cut off at the right edge).
    const overflow = await calc.output('batch-table').evaluate(
      (t) => t.getBoundingClientRect().right - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
