#!/usr/bin/env node
/**
 * `npm run bench`: starts the platform (production settings) on a scratch database and prints its figures.
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 20) tune each run.
 */
const { randomBytes } = require('node:crypto');
const os = require('node:os');
const { createScratchDatabase } = require('@czn/devdb');
const { demoJobCenterIds } = require('@czn/demo');
const { INTERNAL_TOKEN_HEADER, signInternalToken } = require('@czn/kernel');
const { migrateAll, openDatabase } = require('../platform');
const { Processes } = require('../processes');
const { measure } = require('./measure');

const GATEWAY = 'http://127.0.0.1:4000/graphql';
const SCHEDULING = 'http://127.0.0.1:4004/graphql';
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function gql(query, variables, token) {
  const response = await fetch(GATEWAY, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = await response.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');

async function main() {
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
  try {
    await migrateAll(database.url, { seed: true });
    await processes.startBackend(
      {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        INTERNAL_TOKEN_SECRET: secret,
        DATABASE_URL: database.url,
      },
      4000,
    );
    const { signIn } = await gql(
      'mutation { signIn(login: "ivanov", password: "demo12345") { accessToken } }',
    );
    for (let i = 0; i < 20; i++) {
      await gql(
        'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
        {
          input: {
            type: 'JOB_SEARCH_ASSISTANCE',
            jobCenterId: i % 2 ? demoJobCenterIds.barnaul : demoJobCenterIds.biysk,
          },
        },
        signIn.accessToken,
      );
    }
    const jobCenters =
      '{ jobCenters { id name city address phone workingHours coordinates { latitude longitude } } }';
    const runs = {
      'jobCenters через шлюз': await measure({ url: GATEWAY, query: jobCenters, seconds, connections }),
      'jobCenters напрямую (scheduling)': await measure({
        url: SCHEDULING,
        query: jobCenters,
        headers: { [INTERNAL_TOKEN_HEADER]: await signInternalToken(secret, { kind: 'anonymous' }) },
        seconds,
        connections,
      }),
      'myAppeals (20) через шлюз': await measure({
        url: GATEWAY,
        query: '{ myAppeals { number status jobCenter { name } applicant { fullName } } }',
        headers: { authorization: `Bearer ${signIn.accessToken}` },
        seconds,
        connections,
      }),
    };
    console.log(
      `\nGateway throughput — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${os.cpus()[0].model}, Node ${process.version}`,
    );
    console.log(`autocannon: ${connections} connections, ${seconds} s per run after a 2 s warm-up\n`);
    console.log('| run | req/s | p50 ms | p95 ms | p99 ms | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, r] of Object.entries(runs)) {
      console.log(
        `| ${name} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
      );
    }
    const ratio =
      runs['jobCenters через шлюз'].requestsPerSecond /
      runs['jobCenters напрямую (scheduling)'].requestsPerSecond;
    console.log(`\nШлюз / подграф напрямую: ${(ratio * 100).toFixed(0)}% (цель ≥ 70%)`);
  } finally {
    await processes.stop();
    await database.stop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
