/**
 * Live updates under load: 1,000 subscribers on one gateway (990 citizens watching their own appeals and
 * 10 staff feeds of the Barnaul job centre), 200 status changes; then idle subscriptions up to 10,000.
 */
const { readFileSync } = require('node:fs');
const { Client } = require('pg');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const { applicationExamples } = require('@czn/citizen');
const { demoJobCenterIds } = require('@czn/demo');
const { percentile } = require('./measure');
const { fmt } = require('./throughput');

const CITIZENS = 990;
const FEEDS = 10;
const CHANGES = 200;
const PACE_MS = Number(process.env.BENCH_CHANGE_INTERVAL_MS ?? 50);
const IDLE_TARGET = 10_000;
const IDLE_BATCH = 1_000;
const GIB = 1024 ** 3;

const WATCH = `subscription { appealUpdated {
  eventId type status occurredAt appeal { number jobCenter { name } applicant { fullName } }
} }`;
const FEED = `subscription { jobCenterAppealsFeed {
  eventId type status occurredAt appeal { number applicant { fullName } }
} }`;

/** Resident and peak resident memory of a process, in bytes. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(status.match(new RegExp(`${field}:\\s+(\\d+)`))[1]) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

const mib = (bytes) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

async function inBatches(items, size, work) {
  const results = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

/** Opens one graphql-ws connection with one subscription; resolves once the server accepted it. */
function open(wsUrl, token, query, onMessage) {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      lazy: false,
      keepAlive: 0,
      onNonLazyError: reject,
      on: { connected: () => resolve(client) },
    });
    client.subscribe({ query }, { next: onMessage, error: reject, complete: () => undefined });
  });
}

/**
 * Accounts for the run: `count` of them, named `<prefix>.<n>`; with the demo password when `withPassword`
 * (staff sign in with it; citizens get no password, since production refuses theirs anyway).
 */
async function createAccounts(databaseUrl, prefix, count, roles, jobCenterId, withPassword) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(
      `insert into identity.user_account (id, login, password_hash, full_name, roles, job_center_id, created_at)
       select gen_random_uuid(), $1 || '.' || i,
              case when $5 then (select password_hash from identity.user_account where login = 'ivanov') end,
              'Участник Нагрузочного Теста ' || i, $3, $4, now()
       from generate_series(1, $2) as i
       on conflict (login) do nothing`,
      [prefix, count, roles, jobCenterId, withPassword],
    );
  } finally {
    await db.end();
  }
  return Array.from({ length: count }, (_, i) => `${prefix}.${i + 1}`);
}

async function subscriptions({ gql, citizenTokens, gatewayUrl, gatewayPid, databaseUrl }) {
  const wsUrl = gatewayUrl.replace(/^http/, 'ws');
  const citizens = await createAccounts(databaseUrl, 'bench.citizen', CITIZENS, ['CITIZEN'], null, false);
  const staff = await createAccounts(
    databaseUrl,
    'bench.staff',
    FEEDS,
    ['REGISTRAR'],
    demoJobCenterIds.barnaul,
    true,
  );
  // Production refuses citizens the password sign-in and the ESIA stub has a handful of persons, not 990:
  // their tokens are signed as identity signs them (tokens.js). Staff sign in with their passwords.
  const tokens = await citizenTokens(citizens);
  const staffTokens = await inBatches(staff, 8, (login) => gql.signIn(login));
  const operator = staffTokens[0];

  // Every change reaches its applicant and every staff feed; only the take-into-work ones are measured.
  const expected = CHANGES + CHANGES * FEEDS;
  const latencies = [];
  const received = { SUBMITTED: 0, STATUS_CHANGED: 0 };
  const waiters = [];
  const onMessage = (message) => {
    const event = message.data?.appealUpdated ?? message.data?.jobCenterAppealsFeed;
    if (!event) return;
    received[event.type] += 1;
    if (event.type === 'STATUS_CHANGED') latencies.push(Date.now() - Date.parse(event.occurredAt));
    for (const waiter of waiters.splice(0)) waiter();
  };
  const until = async (condition) => {
    const deadline = Date.now() + 120_000;
    while (!condition() && Date.now() < deadline) await new Promise((resolve) => waiters.push(resolve));
  };
  const clients = [
    ...(await inBatches(tokens, 100, (token) => open(wsUrl, token, WATCH, onMessage))),
    ...(await inBatches(staffTokens, FEEDS, (token) => open(wsUrl, token, FEED, onMessage))),
  ];

  // Each of the first CHANGES citizens applies once; then staff take each appeal into work.
  const appeals = await inBatches(tokens.slice(0, CHANGES), 8, async (token) => {
    const { submitAppeal } = await gql(
      'mutation($i: SubmitAppealInput!) { submitAppeal(input: $i) { id } }',
      {
        i: {
          type: 'JOB_SEARCH_ASSISTANCE',
          jobCenterId: demoJobCenterIds.barnaul,
          contactPhone: '+79131234567',
          fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
        },
      },
      token,
    );
    return submitAppeal.id;
  });
  await until(() => received.SUBMITTED === expected);

  // Status changes at a steady pace, as staff across the region make them.
  const started = Date.now();
  for (const [i, id] of appeals.entries()) {
    const due = started + i * PACE_MS;
    if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    await gql('mutation($id: ID!) { takeAppealIntoWork(id: $id) { status } }', { id }, operator);
  }
  await until(() => received.STATUS_CHANGED === expected);
  const changeSeconds = (Date.now() - started) / 1000;
  const peakDuringLoad = memoryOf(gatewayPid).peak;
  await Promise.all(clients.map((c) => c.dispose()));

  latencies.sort((a, b) => a - b);
  const lines = [
    `${CITIZENS + FEEDS} subscribers (${CITIZENS} citizens on appealUpdated, ${FEEDS} staff of one job centre on ` +
      `jobCenterAppealsFeed); ${CHANGES} status changes, one every ${PACE_MS} ms, done in ${changeSeconds.toFixed(1)} s; ` +
      `${latencies.length} of ${expected} deliveries measured`,
    '',
    '| delivery latency, commit → client | p50 ms | p95 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| each message with appeal, jobCenter and applicant fields | ${fmt(percentile(latencies, 50))} | ` +
      `${fmt(percentile(latencies, 95))} | ${fmt(percentile(latencies, 99))} | ${fmt(latencies.at(-1))} |`,
    '',
    `Gateway peak memory (VmHWM) during the run: ${mib(peakDuringLoad)}`,
  ];

  // Idle subscriptions: connections that subscribe and then only answer pings.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const baseline = memoryOf(gatewayPid).rss;
  const idle = [];
  const steps = [];
  while (idle.length < IDLE_TARGET) {
    const batch = Array.from({ length: IDLE_BATCH }, (_, i) => tokens[(idle.length + i) % tokens.length]);
    idle.push(...(await inBatches(batch, 200, (token) => open(wsUrl, token, WATCH, () => undefined))));
    await new Promise((resolve) => setTimeout(resolve, 500));
    steps.push([idle.length, memoryOf(gatewayPid).rss]);
  }
  const [count, rss] = steps.at(-1);
  const perSubscription = (rss - baseline) / count;
  lines.push(
    '',
    '| idle subscriptions | gateway RSS |',
    '| ---: | ---: |',
    `| 0 | ${mib(baseline)} |`,
    ...steps
      .filter(([n]) => n % 2000 === 0 || n === IDLE_BATCH)
      .map(([n, bytes]) => `| ${n} | ${mib(bytes)} |`),
    '',
    `About ${(perSubscription / 1024).toFixed(1)} KiB per idle subscription: ` +
      `${Math.floor((GIB - baseline) / perSubscription).toLocaleString('en')} fit under 1 GiB (target 10,000).`,
  );
  await inBatches(idle, 500, (c) => c.dispose());
  return lines;
}

module.exports = { subscriptions };
