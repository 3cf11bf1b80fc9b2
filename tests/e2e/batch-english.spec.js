// The English batch page (/en/batch/) in a real browser: English rows with English
// headings and amounts pasted as a person pastes, the figures, English row errors, Danish
// amounts where the English reading cannot read them, and the page's CSV file read back.
// Every test also fails on console errors, page errors and CSP violations (the `calc`
// fixture in calculator.page.js). Nothing sleeps: every wait is a retrying assertion.
const fs = require('fs');
const { test, expect } = require('./calculator.page');

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

function textarea(calc) {
  return calc.page.locator('textarea[name="batch"]');
}

/** Opens the English batch page and waits until the app has mounted its text area. */
async function openEnglishBatch(calc) {
  await calc.page.goto('/en/batch/');
  await expect(calc.page.locator('h1')).toHaveText('Check many applications');
  await expect(textarea(calc)).toBeEditable();
}

/** Pastes text into the text area with Ctrl+A, Ctrl+V, as a person does. */
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
  await expect(area).toHaveValue(text.replace(/\r\n?/g, '\n'), { timeout: 20_000 });
}

// English headings in another order, with a column of the caseworker's own; English
// amounts with and without thousands commas and with pence, a Danish one, a wrong one.
const ENGLISH_ROWS = [
  'Name\tAmount applied for\tHires\tMethod\tCase no.',
  'Alpha\t1,250,000\t10\tnetwork\tC-1',
  'Beta\t1,250,000.50\t20\tcourse\tC-2',
  'Gamma\t1.250.000\t25\thybrid\tC-3',
  'Delta\t1250000\t50\tnetwork\tC-4',
  'Wrong\t1,250,000,5\tten\tnetwork\tC-5',
  '',
].join('\n');

test.describe('the English batch page', () => {
  test('reads English rows with English headings and amounts and answers in English', async ({ calc }) => {
    const { page } = calc;
    await openEnglishBatch(calc);
    await expect(page.locator('#batch-hint')).toContainText('Amounts as 1,234,567.50');
    await paste(calc, ENGLISH_ROWS);

    const rows = calc.output('batch-row');
    await expect(rows.locator('th[scope="row"]')).toHaveText(['Alpha', 'Beta', 'Gamma', 'Delta']);
    await expect(calc.output('batch-unit-price')).toHaveText(['DKK 125,000', 'DKK 62,500', 'DKK 50,000', 'DKK 25,000']);
    await expect(rows.first().locator('[data-testid="batch-extra"]')).toHaveText(['C-1']);
    await expect(calc.output('summary-applications')).toHaveText('4');
    await expect(calc.output('summary-rejected')).toHaveText('1 – See the rejected row');
    // 5,000,000.50 / 105, to the krone below.
    await expect(calc.output('summary-unit-price')).toHaveText('DKK 47,619');
    await expect(calc.output('batch-status')).toHaveText('5 rows checked, 1 of them rejected.');

    // The rejected row, in English: the English calculator's messages.
    await expect(calc.output('batch-error')).toHaveText([
      'Line 6 (Wrong): Amount applied for: Commas or spaces must separate groups of three digits. ' +
        'Enter e.g. 5,649,208 or 5649208. Target: Enter the number in digits, e.g. 17.',
    ]);
    // Nothing Danish on the page outside the text area.
    const shown = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true);
      copy.querySelectorAll('textarea').forEach((t) => t.remove());
      return copy.innerText;
    });
    for (const danish of ['æ', 'ø', 'å', '»', 'kr.', 'Linje', 'Beløb', 'Brug ét komma']) {
      expect(shown, `${danish} on the English batch page`).not.toContain(danish);
    }
  });

  test('a sheet from Danish Excel, a comma-separated English file and the page’s own CSV read back', async ({ calc }) => {
    const { page } = calc;
    await openEnglishBatch(calc);
    // Danish headings and amounts: read where the English reading cannot read them.
    await paste(calc, 'Projekt;Ansøgt beløb;Resultatmål;Tilgang\nNørre Netværk;2.324.850;120;netværk\nSUMAK;475.000,50;21;forløb\n');
    await expect(calc.output('batch-unit-price')).toHaveText(['DKK 19,373', 'DKK 22,619']);

    // Comma-separated, as English Excel saves it: an amount with a comma is quoted.
    await paste(calc, 'name,amount,target,approach\nAlpha,"1,250,000",10,network\nBeta,1,250,000,10,course\n');
    await expect(calc.output('batch-unit-price')).toHaveText(['DKK 125,000']);
    await expect(calc.output('batch-error')).toHaveText([
      /^Line 3 \(Beta\): The line has 6 columns, but it needs 4: .* must be in quotes, e\.g\. "1,234,567\.50", or written without one: 1234567\.50\.$/,
    ]);

    // The page's own file, with the rejected row, chosen again: the same rows.
    await paste(calc, ENGLISH_ROWS);
    await expect(calc.output('batch-row')).toHaveCount(4);
    await page.locator('[data-testid="export-rejected"]').check();
    const [download] = await Promise.all([page.waitForEvent('download'), calc.output('download-csv').click()]);
    expect(download.suggestedFilename()).toBe('grant-calculator-check.csv');
    const bytes = fs.readFileSync(await download.path());
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^"Project";"Amount applied for \(DKK\)";"Target";"Approach";/);
    await paste(calc, '');
    await page.locator('#batch-file').setInputFiles({ name: 'grant-calculator-check.csv', mimeType: 'text/csv', buffer: bytes });
    await expect(calc.output('batch-row').locator('th[scope="row"]')).toHaveText(['Alpha', 'Beta', 'Gamma', 'Delta']);
    await expect(calc.output('batch-unit-price')).toHaveText(['DKK 125,000', 'DKK 62,500', 'DKK 50,000', 'DKK 25,000']);
    await expect(calc.output('batch-error')).toHaveText([/^Line 6 \(Wrong\): Amount applied for: Commas or spaces/]);
  });
});
