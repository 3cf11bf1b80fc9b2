// How every browser run here launches Chromium: Debian's build (Playwright cannot
// download one on these machines), with the flags that keep it off the closed network.
// Shared by playwright.config.js, tests/e2e/screenshot.js and benches/bench.js.
const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Headless Chromium opens a window per context and preloads the address bar's pop-up
    // (a WebUI page of ~200 scripts, in a renderer of its own) in each: on a 2-core machine
    // it competes with the page under test for the whole of a cold load.
    '--disable-features=PreloadTopChromeWebUI',
  ],
};

module.exports = { CHROMIUM_LAUNCH };
