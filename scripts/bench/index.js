#!/usr/bin/env node
/**
 * `npm run bench`: starts the platform (production settings) on a scratch database and prints its figures.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 20) tune the throughput runs; BENCH_ONLY
 * (bundles | throughput | subscriptions) runs one suite; with REDIS_URL the event bus is Redis. The bundles
 * suite reads each web app's dist, times pages in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and
 * visits a page BENCH_PAGE_RUNS times (default 10) per cache state.
 */
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const { createScratchDatabase } = require('@czn/devdb');
const { RedisEventBus } = require('@czn/events');
const { migrateAll, openDatabase } = require('../platform');
const { Processes } = require('../processes');
const { throughput } = require('./throughput');
const { subscriptions } = require('./subscriptions');
const { bundles } = require('./bundles');

const GATEWAY = 'http://127.0.0.1:4000/graphql';

const SUITES = [
  { name: 'bundles', title: 'Web apps: bundles and first content', run: bundles },
  { name: 'throughput', title: 'Gateway throughput', run: throughput },
  { name: 'subscriptions', title: 'Live updates', run: subscriptions },
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
  gql.signIn = async (login) =>
    (
      await gql('mutation($l: String!) { signIn(login: $l, password: "demo12345") { accessToken } }', {
        l: login,
      })
    ).signIn.accessToken;
  return gql;
}

async function main() {
  const only = process.env.BENCH_ONLY;
  if (only && !SUITES.some(({ name }) => name === only))
    throw new Error(`BENCH_ONLY: ${only}? Есть ${SUITES.map(({ name }) => name).join(', ')}`);
  const server = await openDatabase(() => {});
  const database = await createScratchDatabase(server.url);
  const processes = new Processes({
    quiet: true,
    onUnexpectedExit: (name, code) => {
      console.error(`${name} остановился (код ${code})`);
      process.exit(1);
    },
  });
  const secret = randomBytes(32).toString('hex');
  const streamPrefix = `czn-bench:${randomBytes(4).toString('hex')}`;
  const bus = process.env.REDIS_URL ? `Redis Streams (${process.env.REDIS_URL})` : 'журнал PostgreSQL';
  try {
    await migrateAll(database.url, { seed: true });
    const gateway = await processes.startBackend(
      {
        NODE_ENV: process.env.BENCH_NODE_ENV ?? 'production',
        LOG_LEVEL: 'warn',
        INTERNAL_TOKEN_SECRET: secret,
        DATABASE_URL: database.url,
        EVENT_STREAM_PREFIX: streamPrefix,
      },
      4000,
    );
    const context = {
      gql: client(GATEWAY),
      gatewayUrl: GATEWAY,
      schedulingUrl: 'http://127.0.0.1:4004/graphql',
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
  } finally {
    await processes.stop();
    if (process.env.REDIS_URL) {
      const redis = new RedisEventBus(process.env.REDIS_URL, streamPrefix);
      await redis.deleteStream('citizen');
      await redis.close();
    }
    await database.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
