#!/usr/bin/env node
/**
 * `npm run bench`: starts the platform (production settings) on a scratch database and prints its figures.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 20) tune the throughput runs; BENCH_ONLY
 * (bundles | throughput | subscriptions | vacancy-search | vacancy-match) runs one suite; BENCH_PORT (default
 * 4000) is the gateway's port, the subgraphs' follow it (4001–4005 for 4000); with REDIS_URL the event bus is
 * Redis. The bundles suite reads each web app's dist, times pages in Chromium (CHROMIUM_PATH, default
 * /usr/bin/chromium) and visits a page BENCH_PAGE_RUNS times (default 10) per cache state. The vacancy-search
 * suite generates BENCH_VACANCIES vacancies (default 500,000) and searches with BENCH_SEARCH_CONNECTIONS
 * (default 4) at once; the vacancy-match suite matches resumes against the same vacancies.
 *
 * Production settings as identity requires them: SMTP_URL points to a local port nobody listens on (the bench
 * sends no mail), and ESIA is the stub of esia-stub/, started here on a free port with a secret of its own, with
 * ESIA_REDIRECT_URI at the citizen app the bundles suite serves. Portal accounts (staff) sign in with a password;
 * citizens only through ESIA (bundles.js, in the browser) or with tokens signed as identity signs them (tokens.js).
 */
const { randomBytes } = require('node:crypto');
const { existsSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createScratchDatabase } = require('@czn/devdb');
const { RedisEventBus } = require('@czn/events');
const { startEsiaStub } = require('@czn/esia-stub');
const { DEMO_PASSWORD } = require('@czn/demo');
const { ROOT, migrateAll, openDatabase } = require('../platform');
const { Processes } = require('../processes');
const { GATEWAY: MANIFEST_GATEWAY, relayedStreams } = require('@czn/platform');
const { startWebServer } = require('../web-server');
const { mintAccessTokens } = require('./tokens');
const { throughput } = require('./throughput');
const { subscriptions } = require('./subscriptions');
const { bundles } = require('./bundles');
const { vacancySearch } = require('./vacancy-search');
const { vacancyMatch } = require('./vacancy-match');

/** The gateway's port; the subgraphs' ports move with it (4001–4005 for the default 4000). */
const GATEWAY_PORT = Number(process.env.BENCH_PORT ?? MANIFEST_GATEWAY.port);
const GATEWAY = `http://127.0.0.1:${GATEWAY_PORT}/graphql`;
/** SMTP_URL, required by identity in production: nothing listens on port 1, and the bench sends no mail. */
const NO_SMTP = 'smtp://127.0.0.1:1';
/** A portal account whose password sign-in makes identity create its signing key (see tokens.js). */
const STAFF_LOGIN = 'operator.barnaul';

const SUITES = [
  { name: 'bundles', title: 'Web apps: bundles and first content', run: bundles },
  { name: 'throughput', title: 'Gateway throughput', run: throughput },
  { name: 'subscriptions', title: 'Live updates', run: subscriptions },
  { name: 'vacancy-search', title: 'Vacancy search (500,000 vacancies)', run: vacancySearch },
  { name: 'vacancy-match', title: 'Matching vacancies to resumes (500,000 vacancies)', run: vacancyMatch },
];

function client(url) {
  const gql = async (query, variables, token) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = await response.json();
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    return json.data;
  };
  /** Password sign-in: portal accounts only (staff, employers, partners); production refuses citizens. */
  gql.signIn = async (login) =>
    (
      await gql('mutation($l: String!, $p: String!) { signIn(login: $l, password: $p) { accessToken } }', {
        l: login,
        p: DEMO_PASSWORD,
      })
    ).signIn.accessToken;
  return gql;
}

async function main() {
  const only = process.env.BENCH_ONLY;
  if (only && !SUITES.some(({ name }) => name === only))
    throw new Error(`BENCH_ONLY: ${only}? Есть ${SUITES.map(({ name }) => name).join(', ')}`);
  const streamPrefix = `czn-bench:${randomBytes(4).toString('hex')}`;
  let server;
  let database;
  let esia;
  let citizenApp;
  const processes = new Processes({
    quiet: true,
    // A service that stops, at start or later, takes the others down with it before the bench exits.
    onUnexpectedExit: (name, code, lastLines) => {
      for (const line of lastLines) console.error(`[${name}] ${line}`);
      console.error(`${name} остановился (код ${code}); бенчмарк останавливает остальные службы`);
      void cleanUp().finally(() => process.exit(1));
    },
  });
  let cleaning;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      const steps = [
        () => processes.stop(),
        () => citizenApp?.close(),
        () => esia?.stop(),
        async () => {
          if (!process.env.REDIS_URL) return;
          const redis = new RedisEventBus(process.env.REDIS_URL, streamPrefix);
          for (const stream of relayedStreams()) await redis.deleteStream(stream);
          await redis.close();
        },
        () => database?.stop(),
        () => server?.stop(),
      ];
      for (const step of steps) {
        try {
          await step();
        } catch (error) {
          console.error(error);
        }
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

  const secret = randomBytes(32).toString('hex');
  const bus = process.env.REDIS_URL ? `Redis Streams (${process.env.REDIS_URL})` : 'журнал PostgreSQL';
  try {
    server = await openDatabase(() => {});
    database = await createScratchDatabase(server.url);
    await migrateAll(database.url, { seed: true });
    // The ESIA stub, started in this process (its own `node dist/index.js` refuses NODE_ENV=production).
    const esiaSecret = randomBytes(16).toString('hex');
    esia = await startEsiaStub({ clientSecret: esiaSecret });
    // The citizen app is served before identity starts: its address is identity's ESIA_REDIRECT_URI.
    const citizenDist = path.join(ROOT, 'web-citizen', 'dist');
    citizenApp = existsSync(path.join(citizenDist, 'index.html'))
      ? await startWebServer({ root: citizenDist, gatewayUrl: new URL(GATEWAY).origin })
      : null;
    const gateway = await processes.startBackend(
      {
        NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
        LOG_LEVEL: 'warn',
        INTERNAL_TOKEN_SECRET: secret,
        DATABASE_URL: database.url,
        EVENT_STREAM_PREFIX: streamPrefix,
        SMTP_URL: NO_SMTP,
        ESIA_BASE_URL: esia.url,
        ESIA_CLIENT_SECRET: esiaSecret,
        ...(citizenApp ? { ESIA_REDIRECT_URI: `${citizenApp.url}/auth/esia/callback` } : {}),
        // The suites file hundreds of appeals for a few citizens from this one address to measure reads.
        RATE_LIMIT_FACTOR: '1000',
      },
      GATEWAY_PORT,
      { portOffset: GATEWAY_PORT - MANIFEST_GATEWAY.port },
    );
    const gql = client(GATEWAY);
    // Creates identity's signing key, which tokens.js signs citizens' tokens with.
    await gql.signIn(STAFF_LOGIN);
    const context = {
      gql,
      citizenTokens: (logins) => mintAccessTokens(database.url, logins),
      citizenApp,
      esiaUrl: esia.url,
      gatewayUrl: GATEWAY,
      schedulingUrl: `http://127.0.0.1:${GATEWAY_PORT + 4}/graphql`,
      gatewayPid: gateway.pid,
      databaseUrl: database.url,
      secret,
      seconds: Number(process.env.BENCH_SECONDS ?? 10),
      connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
    };
    const cpu = `${os.cpus().length} × ${os.cpus()[0].model}`;
    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${cpu} · Node ${process.version} · события: ${bus}`,
    );
    for (const { name, title, run } of SUITES) {
      if (only && only !== name) continue;
      console.log(`\n## ${title}\n`);
      console.log((await run(context)).join('\n'));
    }
  } catch (error) {
    // What the services said last (quiet, they print nothing otherwise): why a request failed, say.
    for (const child of processes.children)
      for (const line of child.lastLines ?? []) console.error(`[${child.service}] ${line}`);
    throw error;
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
