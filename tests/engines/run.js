#!/usr/bin/env node
// The flows of flows.js in Firefox and in WebKit, against the built site (dist/):
//
//   node tests/engines/run.js [--engine firefox|webkit] [--flow TEXT] [--dir dist]
//
// `make test-engines` runs it after the Chromium suite. It serves dist/ itself on a free
// port (ENGINES_PORT to choose one), starts each engine once and runs every flow in it,
// one after the other (the machine has two cores). Every failure line starts with its
// engine's name; the last line is "engines: N passed, M failed", and the exit code is 1
// when anything failed.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { FirefoxDriver, WebKitDriver, freePort, waitForPort } = require('./drivers');
const { FLOWS } = require('./flows');

const ROOT = path.join(__dirname, '..', '..');
const FLOW_TIMEOUT_MS = 120_000;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function runEngine(Driver, baseUrl, flows, failures) {
  const driver = new Driver(baseUrl);
  let passed = 0;
  const started = Date.now();
  try {
    await withTimeout(driver.start(), 60_000, `${driver.name}: starting the browser`);
  } catch (err) {
    failures.push(`${driver.name}: the browser did not start: ${err.message}`);
    console.log(`${driver.name}: FAILED to start: ${err.message}`);
    await withTimeout(driver.stop(), 30_000, `${driver.name}: stopping the browser`).catch(() => {});
    return { passed: 0, failed: 1 };
  }
  console.log(`${driver.name}: ${driver.version} (started in ${seconds(Date.now() - started)})`);
  let failed = 0;
  for (const flow of flows) {
    const t0 = Date.now();
    try {
      // eslint-disable-next-line no-await-in-loop
      await withTimeout((async () => {
        await driver.newFlow();
        await flow.run(driver);
        const errors = await driver.flowErrors();
        if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
      })(), FLOW_TIMEOUT_MS, 'the flow');
      passed += 1;
      console.log(`${driver.name}: ok     ${flow.name} (${seconds(Date.now() - t0)})`);
    } catch (err) {
      failed += 1;
      const line = `${driver.name}: FAILED ${flow.name}: ${err.message}`;
      failures.push(line);
      console.log(`${line} (${seconds(Date.now() - t0)})`);
      if (process.env.ENGINES_DEBUG) console.log(err.stack);
    }
  }
  await withTimeout(driver.stop(), 30_000, `${driver.name}: stopping the browser`)
    .catch((err) => console.log(`${driver.name}: ${err.message}`));
  console.log(`${driver.name}: ${passed} passed, ${failed} failed in ${seconds(Date.now() - started)}`);
  return { passed, failed };
}

async function main() {
  const dir = path.resolve(ROOT, option('dir', 'dist'));
  const only = option('engine', process.env.ENGINES || 'firefox,webkit').split(',');
  const filter = option('flow', '');
  const flows = FLOWS.filter((f) => f.name.includes(filter));
  const engines = [['firefox', FirefoxDriver], ['webkit', WebKitDriver]].filter(([name]) => only.includes(name));
  if (!flows.length || !engines.length) throw new Error('no flow or no engine to run');
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`no site in ${dir}: build it first (make build)`);

  const port = Number(process.env.ENGINES_PORT) || await freePort();
  const server = spawn('python3', [path.join(ROOT, 'tests/e2e/serve.py'), '--port', String(port), '--dir', dir, '--test-hooks'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stopServer = () => { if (server.exitCode === null) server.kill('SIGTERM'); };
  process.on('exit', stopServer);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stopServer(); process.exit(130); });

  const started = Date.now();
  const failures = [];
  let passed = 0;
  let failed = 0;
  try {
    await waitForPort(port, 15_000, 'tests/e2e/serve.py');
    const baseUrl = `http://127.0.0.1:${port}/`;
    for (const [, Driver] of engines) {
      // eslint-disable-next-line no-await-in-loop
      const r = await runEngine(Driver, baseUrl, flows, failures);
      passed += r.passed;
      failed += r.failed;
    }
  } finally {
    stopServer();
  }
  console.log(`\n${engines.map(([n]) => n).join(' and ')}: ${flows.length} flows each, ${seconds(Date.now() - started)} in all`);
  if (failures.length) {
    console.log('\nFailures:');
    for (const line of failures) console.log(`  ${line}`);
  }
  console.log(`engines: ${passed} passed, ${failed} failed`);
  // Not waiting for idle keep-alive sockets to the drivers to time out.
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(`engines: ${err.message}`);
  process.exit(1);
});
