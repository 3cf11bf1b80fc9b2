// Two drivers with one interface, so every flow in flows.js runs the same steps in
// Firefox and in WebKit (Chromium has the full Playwright suite, tests/e2e/).
//
//   firefox  Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
//            Each flow gets a new tab (its own session storage). It observes: real key
//            presses and clicks, the page's uncaught errors and console errors from its
//            first script on, a file chosen in the file input (input.setFiles), the real
//            download (the profile saves it to a folder of ours without asking), and a
//            real print (browsingContext.print: a PDF whose pages are counted). It cannot
//            switch the page to print media (Puppeteer's emulateMediaType needs CDP), so
//            the print stylesheet's layout is checked with the same CSSOM switch as WebKit.
//   webkit   Debian's WebKitWebDriver (webkit2gtk-driver) with the MiniBrowser of
//            libwebkit2gtk-4.1-0, on an Xvfb display of its own, driven by
//            selenium-webdriver (WebDriver classic). It observes: real key presses and
//            clicks, a file chosen in the file input (Element Send Keys with its path),
//            and the real download (MiniBrowser saves it in $HOME, a folder of ours). It
//            cannot print (WebKitWebDriver has no Print command) and has no init scripts
//            or log access, so uncaught errors are collected by listeners added once the
//            page has loaded, and the page's own "Noget gik galt" banner (a dead wasm) is
//            looked for after every flow.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

/** How often poll() asks again. */
const POLL_MS = 100;

/**
 * Every wait of the engine flows: asks probe() again every POLL_MS until ok(its value)
 * holds, and returns that value; after timeoutMs throws failure(the last value). A check
 * asked until it holds, as Playwright's web-first assertions do, never a fixed pause.
 * A probe that throws (a page in the middle of loading) counts as "not yet", its error
 * as the last value.
 */
async function poll(probe, ok, timeoutMs, failure) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last;
    try {
      // eslint-disable-next-line no-await-in-loop
      last = await probe();
      if (ok(last)) return last;
    } catch (err) {
      last = `(${err.message.split('\n')[0]})`;
    }
    if (Date.now() > deadline) throw failure(last);
    // eslint-disable-next-line no-await-in-loop
    await new Promise((resolve) => { setTimeout(resolve, POLL_MS); });
  }
}

/** A TCP port nobody listens on now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Waits until something accepts connections on 127.0.0.1:port. */
async function waitForPort(port, timeoutMs, what) {
  const open = () => new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
  await poll(open, Boolean, timeoutMs,
    () => new Error(`${what} did not listen on port ${port} within ${timeoutMs} ms`));
}

/**
 * Waits for a downloaded file to appear in dir and stop growing, with no partial file
 * beside it (Firefox writes NAME.part, WebKit NAME.wkdownload, then renames).
 */
async function waitForDownload(dir, name, timeoutMs = 15_000) {
  const file = path.join(dir, name);
  let lastSize = -1;
  const size = () => {
    const partial = fs.readdirSync(dir).some((f) => f.startsWith(name) && f !== name);
    const now = fs.existsSync(file) && !partial ? fs.statSync(file).size : -1;
    const steady = now > 0 && now === lastSize;
    lastSize = now;
    return steady;
  };
  await poll(size, Boolean, timeoutMs, () => new Error(
    `no download ${name} in ${dir} within ${timeoutMs} ms (there: ${fs.readdirSync(dir).join(', ') || 'nothing'})`,
  ));
  return fs.readFileSync(file);
}

/** Ends a process we started, and waits until it has gone (5 s at most). */
async function stopProcess(child) {
  const gone = () => !child || child.exitCode !== null || child.signalCode !== null;
  if (gone()) return;
  child.kill('SIGTERM');
  await poll(gone, Boolean, 5000, () => new Error('still running')).catch(() => {});
}

/** Ends the process group a detached child of ours leads, and waits until it has gone. */
async function stopGroup(child) {
  if (!child) return;
  const alive = () => {
    try { process.kill(-child.pid, 0); return true; } catch (_) { return false; }
  };
  if (!alive()) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch (_) { /* gone meanwhile */ }
  await poll(() => !alive(), Boolean, 5000, () => new Error('still running')).catch(() => {});
  if (alive()) try { process.kill(-child.pid, 'SIGKILL'); } catch (_) { /* gone meanwhile */ }
}

/** Removes a temporary folder (a browser's late cache writes are retried over). */
function removeDir(dir) {
  if (!dir) return;
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (err) {
    console.log(`(left ${dir}: ${err.message})`);
  }
}

/** Turns a function into the body of a WebDriver classic script with its arguments. */
function scriptOf(fn) {
  return `return (${fn.toString()}).apply(null, arguments);`;
}

// Collects uncaught errors in a page that has already loaded (WebKit's only way).
function installErrorListeners() {
  if (window.__engineErrors) return;
  window.__engineErrors = [];
  addEventListener('error', (e) => window.__engineErrors.push(`error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__engineErrors.push(`unhandled rejection: ${e.reason}`));
}

// ---- Firefox ------------------------------------------------------------------------

class FirefoxDriver {
  constructor(baseUrl) {
    this.name = 'firefox';
    this.baseUrl = baseUrl;
    this.canPrint = true;
  }

  async start() {
    // Required here, so that a missing package fails as this engine's start.
    // eslint-disable-next-line global-require
    const puppeteer = require('puppeteer-core');
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-firefox-'));
    this.downloads = path.join(this.tmp, 'downloads');
    fs.mkdirSync(this.downloads);
    const executablePath = process.env.FIREFOX_PATH || execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox']).toString().trim();
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      extraPrefsFirefox: {
        // Downloads go to our folder without a dialog.
        'browser.download.dir': this.downloads,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'text/csv',
        // Not the downloads panel: it takes the focus from the page, as it does from a
        // person, who clicks back into the page; a test cannot.
        'browser.download.alwaysOpenPanel': false,
        // A Danish reader's browser, as the Chromium suite's locale da-DK.
        'intl.accept_languages': 'da-DK, da',
      },
    });
    this.version = await this.browser.version();
    this.errors = [];
  }

  /**
   * A fresh start for a flow: no session storage, no errors, no downloads. All flows use
   * one tab, opened by us: the tab Firefox starts with never has focus, and a document
   * without it gets no focus and blur events (the page's error summary comes when focus
   * leaves a field). Checked here: a flow failing for want of it would look like the
   * page's fault.
   */
  async newFlow() {
    for (const f of fs.readdirSync(this.downloads)) fs.rmSync(path.join(this.downloads, f), { force: true });
    if (!this.page) {
      const first = await this.browser.pages();
      this.page = await this.browser.newPage();
      for (const p of first) await p.close(); // eslint-disable-line no-await-in-loop
      this.page.on('pageerror', (err) => this.errors.push(`page error: ${err.message || err}`));
      this.page.on('console', (msg) => {
        if (msg.type() === 'error') this.errors.push(`console error: ${msg.text()}`);
      });
    } else if (this.page.url().startsWith(this.baseUrl)) {
      await this.page.evaluate(() => sessionStorage.clear());
    }
    this.frame = null;
    this.errors.length = 0;
    await this.page.goto('about:blank');
    await this.page.setViewport({ width: 1280, height: 900 });
    if (!(await this.page.evaluate(() => document.hasFocus()))) throw new Error('the tab has no focus: focus and blur events would not come');
  }

  async open(urlPath) {
    this.frame = null;
    await this.page.goto(new URL(urlPath, this.baseUrl).toString(), { waitUntil: 'load' });
  }

  async url() {
    return this.page.url();
  }

  /** Runs fn(...args) in the page (or the frame entered), returns its JSON value. */
  async js(fn, ...args) {
    return (this.frame || this.page).evaluate(fn, ...args);
  }

  async element(css) {
    const handle = await (this.frame || this.page).$(css);
    if (!handle) throw new Error(`no element ${css}`);
    return handle;
  }

  async click(css) {
    const handle = await this.element(css);
    await handle.click();
  }

  /** Clicks into the field, selects what is there, deletes it and types text key by key. */
  async typeInto(css, text) {
    await this.click(css);
    await this.page.keyboard.down('Control');
    await this.page.keyboard.press('a');
    await this.page.keyboard.up('Control');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
  }

  /** Presses a key where the focus is: 'Tab', 'End', 'Enter'. */
  async press(key) {
    await this.page.keyboard.press(key);
  }

  async chooseFile(css, file) {
    const handle = await this.element(css);
    await handle.uploadFile(file);
  }

  async download(name) {
    return waitForDownload(this.downloads, name);
  }

  async enterFrame(css) {
    const handle = await this.page.$(css);
    this.frame = await handle.contentFrame();
  }

  async leaveFrame() {
    this.frame = null;
  }

  async setViewport(width, height) {
    await this.page.setViewport({ width, height });
  }

  /** Prints to A4 as the browser's print does and returns the number of pages. */
  async printedPages() {
    const pdf = Buffer.from(await this.page.pdf({ format: 'A4' }));
    return pdfPageCount(pdf);
  }

  async flowErrors() {
    const banner = await this.page.evaluate(() => {
      const el = document.querySelector('.panic-message');
      return el ? el.textContent : null;
    }).catch(() => null);
    return banner ? [...this.errors, `the page says: ${banner}`] : this.errors;
  }

  async stop() {
    if (this.browser) await this.browser.close().catch(() => {});
    removeDir(this.tmp);
  }
}

/**
 * Pages in a PDF: Firefox packs its objects into compressed object streams, so the
 * "/Type /Page" objects are counted in the inflated streams as well as in the plain text.
 */
function pdfPageCount(pdf) {
  // eslint-disable-next-line global-require
  const zlib = require('zlib');
  const parts = [pdf.toString('latin1')];
  const text = parts[0];
  const re = /stream\r?\n/g;
  let m;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    try {
      parts.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch (_) {
      // not a Flate stream (an image, a font): nothing to count in it
    }
    re.lastIndex = end + 'endstream'.length;
  }
  return parts.reduce((n, part) => n + (part.match(/\/Type\s*\/Page(?![s\w])/g) || []).length, 0);
}

// ---- WebKit -------------------------------------------------------------------------

class WebKitDriver {
  constructor(baseUrl) {
    this.name = 'webkit';
    this.baseUrl = baseUrl;
    this.canPrint = false;
  }

  async start() {
    // eslint-disable-next-line global-require
    const { Builder } = require('selenium-webdriver');
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'engines-webkit-'));
    // MiniBrowser saves downloads in $HOME (no XDG user dirs there): a folder of ours.
    this.downloads = path.join(this.tmp, 'home');
    fs.mkdirSync(this.downloads);
    const miniBrowser = process.env.MINIBROWSER_PATH || findMiniBrowser();
    const display = await startXvfb(this);
    const port = await freePort();
    const env = {
      ...process.env,
      DISPLAY: display,
      HOME: this.downloads,
      XDG_CONFIG_HOME: path.join(this.tmp, 'config'),
      XDG_CACHE_HOME: path.join(this.tmp, 'cache'),
      XDG_DATA_HOME: path.join(this.tmp, 'data'),
      // No GPU here: nothing to gain from Mesa's shader cache but writes after the end.
      MESA_SHADER_CACHE_DISABLE: 'true',
    };
    this.driverLog = path.join(this.tmp, 'webkitwebdriver.log');
    const log = fs.openSync(this.driverLog, 'w');
    // A process group of its own: MiniBrowser and WebKit's helper processes are its
    // children, and stop() ends the group, so nothing of ours outlives the run.
    this.driverProcess = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: ['ignore', log, log], detached: true });
    const group = this.driverProcess.pid;
    process.once('exit', () => { try { process.kill(-group, 'SIGKILL'); } catch (_) { /* already gone */ } });
    fs.closeSync(log);
    try {
      await waitForPort(port, 15_000, 'WebKitWebDriver');
      this.driver = await new Builder()
        .usingServer(`http://127.0.0.1:${port}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        })
        .build();
    } catch (err) {
      const said = fs.readFileSync(this.driverLog, 'utf8').trim().split('\n').slice(-5).join(' | ');
      throw new Error(`${err.message}${said ? ` (WebKitWebDriver said: ${said})` : ''}`);
    }
    const caps = await this.driver.getCapabilities();
    this.version = `MiniBrowser ${caps.get('browserVersion')}`;
  }

  /** A fresh start for a flow: a blank page, no session storage, no downloads left. */
  async newFlow() {
    for (const f of fs.readdirSync(this.downloads)) {
      if (!f.startsWith('.')) fs.rmSync(path.join(this.downloads, f), { force: true, recursive: true });
    }
    await this.driver.switchTo().defaultContent();
    // Session storage lives as long as the tab: empty it for this origin.
    const current = await this.driver.getCurrentUrl();
    if (current.startsWith(this.baseUrl)) await this.driver.executeScript('sessionStorage.clear();');
    await this.driver.get('about:blank');
    await this.setViewport(1280, 900);
    this.errors = [];
  }

  async open(urlPath) {
    await this.driver.switchTo().defaultContent();
    await this.driver.get(new URL(urlPath, this.baseUrl).toString());
    await this.driver.executeScript(scriptOf(installErrorListeners));
  }

  async url() {
    return this.driver.getCurrentUrl();
  }

  async js(fn, ...args) {
    return this.driver.executeScript(scriptOf(fn), ...args);
  }

  async element(css) {
    // eslint-disable-next-line global-require
    const { By } = require('selenium-webdriver');
    return this.driver.findElement(By.css(css));
  }

  async click(css) {
    await (await this.element(css)).click();
  }

  async typeInto(css, text) {
    // eslint-disable-next-line global-require
    const { Key } = require('selenium-webdriver');
    const el = await this.element(css);
    await el.click();
    // A person's "select all, delete": WebDriver's Element Clear sets the value without
    // an input event, which a person's keyboard never does.
    await el.sendKeys(Key.chord(Key.CONTROL, 'a'));
    await el.sendKeys(Key.BACK_SPACE);
    await el.sendKeys(text);
  }

  async press(key) {
    // eslint-disable-next-line global-require
    const { Key } = require('selenium-webdriver');
    const code = { Tab: Key.TAB, End: Key.END, Enter: Key.ENTER, Backspace: Key.BACK_SPACE }[key];
    if (!code) throw new Error(`no key ${key}`);
    await this.driver.actions().sendKeys(code).perform();
  }

  async chooseFile(css, file) {
    await (await this.element(css)).sendKeys(file);
  }

  async download(name) {
    return waitForDownload(this.downloads, name);
  }

  async enterFrame(css) {
    await this.driver.switchTo().frame(await this.element(css));
    await this.driver.executeScript(scriptOf(installErrorListeners));
  }

  async leaveFrame() {
    await this.driver.switchTo().defaultContent();
  }

  /** Sets the page's viewport (the window is resized until its inner size fits). */
  async setViewport(width, height) {
    const win = this.driver.manage().window();
    await win.setRect({ width, height });
    const [iw, ih] = await this.driver.executeScript('return [innerWidth, innerHeight]');
    if (iw !== width || ih !== height) await win.setRect({ width: width + (width - iw), height: height + (height - ih) });
  }

  async printedPages() {
    throw new Error('WebKitWebDriver has no Print command');
  }

  async flowErrors() {
    await this.driver.switchTo().defaultContent();
    const found = await this.driver.executeScript(`
      const banner = document.querySelector('.panic-message');
      const frames = [...document.querySelectorAll('iframe')].map((f) => {
        try { return (f.contentWindow.__engineErrors || []).concat(f.contentDocument.querySelector('.panic-message') ? ['the embedded page says: ' + f.contentDocument.querySelector('.panic-message').textContent] : []); } catch (e) { return []; }
      });
      return (window.__engineErrors || []).concat(banner ? ['the page says: ' + banner.textContent] : [], ...frames);
    `).catch(() => []);
    return [...this.errors, ...found];
  }

  async stop() {
    if (this.driver) await this.driver.quit().catch(() => {});
    await stopGroup(this.driverProcess);
    await stopProcess(this.xvfb);
    removeDir(this.tmp);
  }
}

/** The MiniBrowser that libwebkit2gtk-4.1-0 installs (dpkg knows its path). */
function findMiniBrowser() {
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0']).toString().split('\n');
  const found = files.find((f) => /\/MiniBrowser$/.test(f));
  if (!found) throw new Error('libwebkit2gtk-4.1-0 has no MiniBrowser (set MINIBROWSER_PATH)');
  return found;
}

/** Starts Xvfb on a display number it chooses itself (-displayfd), so runs never clash. */
function startXvfb(owner) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    owner.xvfb = xvfb;
    process.once('exit', () => xvfb.kill('SIGKILL'));
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.on('error', (err) => { clearTimeout(timer); reject(err); });
    xvfb.on('exit', (code) => { clearTimeout(timer); reject(new Error(`Xvfb exited with ${code}`)); });
  });
}

module.exports = { FirefoxDriver, WebKitDriver, freePort, waitForPort, pdfPageCount, poll };
