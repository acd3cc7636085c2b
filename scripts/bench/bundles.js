/* global window, document, performance, requestAnimationFrame, MutationObserver -- in the page */
/**
 * The web apps as a person first meets them: how much JavaScript and CSS each app's first page loads,
 * gzipped as nginx sends it, and how soon a citizen's «Мои обращения» shows 50 appeals in headless Chromium,
 * with the built app served by scripts/web-server.js and /graphql going to the benchmark's gateway.
 */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { applicationExamples } = require('@czn/citizen');
const { demoEsiaPersons, demoJobCenterIds, ESIA_DEMO_PASSWORD } = require('@czn/demo');
const { ROOT } = require('../platform');
const { CHROMIUM_ARGS, CHROMIUM_PATH: CHROMIUM } = require('../chromium');
const { percentile } = require('./measure');

const APPS = ['web-citizen', 'web-employer', 'web-staff'];
const INITIAL_JS_TARGET_KB = 250;
/** docker/nginx.conf: gzip_comp_level 5. */
const GZIP_LEVEL = 5;
const APPEALS = 50;
const CONTENT_TARGET_MS = 1000;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 10);
const APPEALS_TABLE = '[aria-label="Мои обращения"]';
const TABLE_ROW =
  'tbody tr:not([aria-hidden="true"]):not(.ant-table-placeholder):not(.ant-table-measure-row)';

const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '—');

function attributes(tag) {
  const found = {};
  for (const [, name, ...values] of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g))
    found[name.toLowerCase()] = values.find((value) => value !== undefined) ?? '';
  return found;
}

/** What index.html makes the browser fetch before the app runs: entry script, preloaded modules, styles. */
function initialAssets(html) {
  const assets = [];
  for (const [, element, rest] of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const { type, src, rel = '', href } = attributes(rest);
    const rels = rel.toLowerCase().split(/\s+/);
    if (element.toLowerCase() === 'script' && type === 'module' && src) assets.push(src);
    if (
      element.toLowerCase() === 'link' &&
      href &&
      (rels.includes('modulepreload') || rels.includes('stylesheet'))
    )
      assets.push(href);
  }
  return [...new Set(assets)].filter((url) => !/^[a-z]+:/i.test(url)).map((url) => url.split(/[?#]/)[0]);
}

const gzipped = (file) => zlib.gzipSync(readFileSync(file), { level: GZIP_LEVEL }).length;

function bundleOf(app) {
  const dist = path.join(ROOT, app, 'dist');
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) return null;
  const initial = initialAssets(readFileSync(index, 'utf8'));
  const sized = initial.map((url) => {
    const file = path.join(dist, url.replace(/^\//, ''));
    return { url, ext: path.extname(file), bytes: readFileSync(file).length, gzip: gzipped(file) };
  });
  const assetsDir = path.join(dist, 'assets');
  const onDemand = readdirSync(assetsDir)
    .filter((name) => name.endsWith('.js') && !initial.includes(`/assets/${name}`))
    .reduce((sum, name) => sum + gzipped(path.join(assetsDir, name)), 0);
  const js = sized.filter(({ ext }) => ext === '.js');
  const css = sized.filter(({ ext }) => ext === '.css');
  const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
  return {
    files: js.length,
    jsBytes: sum(js, 'bytes'),
    jsGzip: sum(js, 'gzip'),
    cssGzip: sum(css, 'gzip'),
    onDemand,
  };
}

function bundleTable() {
  const lines = [
    `gzip level ${GZIP_LEVEL}, as nginx sends the files (docker/nginx.conf); 1 kB = 1,000 bytes. ` +
      `Initial: the entry script, the modules it preloads and the stylesheets named in dist/index.html.`,
    '',
    '| app | initial JS files | initial JS, kB | initial JS gzip, kB | initial CSS gzip, kB | ' +
      `later chunks gzip, kB | target: initial JS ≤ ${INITIAL_JS_TARGET_KB} kB gzip |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const app of APPS) {
    const bundle = bundleOf(app);
    if (!bundle) {
      lines.push(`| ${app} | — | — | — | — | — | not built: no ${app}/dist/index.html |`);
      continue;
    }
    const verdict = bundle.jsGzip <= INITIAL_JS_TARGET_KB * 1000 ? 'met' : '**not met**';
    lines.push(
      `| ${app} | ${bundle.files} | ${kb(bundle.jsBytes)} | ${kb(bundle.jsGzip)} | ${kb(bundle.cssGzip)} | ` +
        `${kb(bundle.onDemand)} | ${verdict} |`,
    );
  }
  return lines;
}

/** The citizen gets exactly APPEALS appeals, however many earlier suites submitted for them. */
async function seedAppeals(gql, token) {
  const { myAppeals } = await gql('{ myAppeals(page: { limit: 200, offset: 0 }) { id } }', {}, token);
  for (let i = myAppeals.length; i < APPEALS; i++) {
    await gql(
      'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
      {
        input: {
          type: 'JOB_SEARCH_ASSISTANCE',
          jobCenterId: demoJobCenterIds.barnaul,
          contactPhone: '+79131234567',
          fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
        },
      },
      token,
    );
  }
  return Math.max(myAppeals.length, APPEALS);
}

/** Rows of the appeals table as a person sees them, without antd's hidden measuring row or empty placeholder. */
function rowsShown({ table, row }) {
  return document.querySelector(table)?.querySelectorAll(row).length ?? 0;
}

/**
 * Installed before any page script: notes, in ms since navigation started, the first frame in which the
 * appeals table shows `rows` rows.
 */
function watchAppealsTable({ table, row, rows }) {
  const observer = new MutationObserver(() => {
    if ((document.querySelector(table)?.querySelectorAll(row).length ?? 0) < rows) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__cznContentAt = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstContentfulPaint(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime);
}

/** One full load of /appeals: when the page asked for the appeals, had them, and showed them. */
async function visitAppeals(page, url) {
  await page.goto(`${url}/appeals`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__cznContentAt !== undefined, null, { timeout: 30_000 });
  const fcp = await firstContentfulPaint(page);
  return page.evaluate((fcp) => {
    const request = performance
      .getEntriesByType('resource')
      .find((entry) => entry.initiatorType === 'fetch' && new URL(entry.name).pathname === '/graphql');
    return { fcp, sent: request?.startTime, answered: request?.responseEnd, content: window.__cznContentAt };
  }, fcp);
}

/** RUNS visits, each after `prepare`; one that never shows the rows within 30 s is counted, not timed. */
async function visits(page, url, prepare) {
  const runs = [];
  let timedOut = 0;
  for (let i = 0; i < RUNS; i++) {
    await prepare();
    try {
      runs.push(await visitAppeals(page, url));
    } catch (error) {
      if (error.name !== 'TimeoutError') throw error;
      timedOut += 1;
    }
  }
  return { runs, timedOut };
}

/**
 * Иванов signs in as citizens do in production: «Войти через Госуслуги», then the ESIA stub's page (phone and
 * password), back to identity's callback and the app's /signin/esia, which exchanges the code for a session.
 */
async function signInThroughGosuslugi(page, url, esiaUrl) {
  const person = demoEsiaPersons.find(({ demoUser }) => demoUser === 'ivanov');
  await page.goto(`${url}/signin`);
  const button = page.getByRole('button', { name: 'Войти через Госуслуги' });
  await button.waitFor();
  // A session restore ending in a same-document navigation would cancel the click's navigation.
  await page.waitForLoadState('networkidle');
  await button.click();
  await page.waitForURL((address) => address.origin === esiaUrl, { waitUntil: 'load' });
  await page.getByLabel('Телефон или почта').fill(person.phone);
  await page.getByLabel('Пароль').fill(ESIA_DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  try {
    await page.waitForURL('**/appeals');
  } catch (error) {
    const shown = (
      await page
        .locator('main')
        .innerText()
        .catch(() => '')
    )
      .replace(/\s+/g, ' ')
      .trim();
    throw new Error(`Вход через Госуслуги не дошёл до /appeals (${page.url()}): ${shown}`, { cause: error });
  }
}

function timingRow(label, { runs, timedOut }) {
  const visitsMade = timedOut > 0 ? `${runs.length} (+${timedOut} timed out)` : `${runs.length}`;
  const median = (key) =>
    percentile(
      runs.map((run) => run[key]).sort((a, b) => a - b),
      50,
    );
  const slowest = runs.length > 0 ? Math.max(...runs.map((run) => run.content)) : NaN;
  const verdict = timedOut === 0 && median('content') <= CONTENT_TARGET_MS ? 'met' : '**not met**';
  return (
    `| ${label} | ${visitsMade} | ${ms(median('fcp'))} | ${ms(median('sent'))} | ${ms(median('answered'))} | ` +
    `${ms(median('content'))} | ${ms(slowest)} | ${verdict} |`
  );
}

async function pageTiming({ gql, citizenTokens, citizenApp: server, esiaUrl }) {
  if (!server) return ['web-citizen is not built (no dist/index.html): pages not timed.'];
  if (!existsSync(CHROMIUM))
    return [`No Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH): pages not timed.`];

  // Appeals are submitted with a token signed as identity signs it (tokens.js); the page itself signs in below.
  const [token] = await citizenTokens(['ivanov']);
  const appeals = await seedAppeals(gql, token);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    const page = await context.newPage();
    const setting = [
      `Chromium ${browser.version()} headless, 1280×800, no network or CPU throttling; web-citizen/dist served by ` +
        `scripts/web-server.js on localhost, /graphql proxied to the gateway. ivanov has ${appeals} appeals ` +
        `and signs in through Gosuslugi (the ESIA stub).`,
    ];

    // Signing in through the page; the session lives in the tab's sessionStorage for the visits below.
    await signInThroughGosuslugi(page, server.url, esiaUrl);
    const table = { table: APPEALS_TABLE, row: TABLE_ROW };
    await page.waitForFunction(rowsShown, table, { timeout: 20_000 }).catch(() => undefined);
    const shown = await page.evaluate(rowsShown, table);
    if (shown === 0) {
      const fresh = await context.newPage();
      await fresh.goto(`${server.url}/signin`);
      const fcp = await firstContentfulPaint(fresh);
      return [
        ...setting,
        '',
        `«Мои обращения» (${APPEALS_TABLE}) showed no rows after signing in, so the appeals page could not be ` +
          `timed. First contentful paint of the sign-in page, empty browser cache: ${ms(fcp)} ms.`,
      ];
    }
    const rows = Math.min(shown, APPEALS);
    if (rows < APPEALS) setting.push(`The table shows ${rows} of the ${APPEALS} appeals on its first page.`);
    await page.addInitScript(watchAppealsTable, { ...table, rows });

    const cdp = await context.newCDPSession(page);
    const cold = await visits(page, server.url, () => cdp.send('Network.clearBrowserCache'));
    const warm = await visits(page, server.url, async () => undefined);

    return [
      ...setting,
      `Each visit is a full page load of /appeals, signed in. Times in ms from navigation start: first ` +
        `contentful paint, the page's first /graphql request sent and answered, and the first frame with all ` +
        `${rows} rows of the «Мои обращения» table; medians, and the slowest visit.`,
      '',
      `| visit to /appeals | runs | FCP | request sent | answered | ${rows} rows shown | slowest | ` +
        `target ≤ ${CONTENT_TARGET_MS} ms |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      timingRow('empty browser cache', cold),
      timingRow('repeat visit, assets cached', warm),
    ];
  } finally {
    await browser.close();
  }
}

async function bundles(context) {
  return [...bundleTable(), '', ...(await pageTiming(context))];
}

module.exports = { bundles };
