/** Requests per second and latency: the gateway against the scheduling subgraph directly, and myAppeals. */
const { applicationExamples } = require('@czn/citizen');
const { demoJobCenterIds } = require('@czn/demo');
const { GATEWAY, internalClient } = require('@czn/kernel');
const { measure } = require('./measure');

const fmt = (n) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');

async function throughput({ gql, citizenTokens, gatewayUrl, schedulingUrl, secret, seconds, connections }) {
  // ivanov's token is signed as identity signs it (tokens.js): production refuses citizens' passwords.
  const [token] = await citizenTokens(['ivanov']);
  for (let i = 0; i < 20; i++) {
    const jobCenterId = i % 2 ? demoJobCenterIds.barnaul : demoJobCenterIds.biysk;
    await gql(
      'mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }',
      {
        input: {
          type: 'JOB_SEARCH_ASSISTANCE',
          jobCenterId,
          contactPhone: '+79131234567',
          fields: applicationExamples.JOB_SEARCH_ASSISTANCE,
        },
      },
      token,
    );
  }
  const jobCenters =
    '{ jobCenters { id name city address phone workingHours coordinates { latitude longitude } } }';
  const runs = {
    'jobCenters через шлюз': await measure({ url: gatewayUrl, query: jobCenters, seconds, connections }),
    'jobCenters напрямую (scheduling)': await measure({
      url: schedulingUrl,
      query: jobCenters,
      headers: await internalClient({ caller: GATEWAY, secret }).headers('scheduling'),
      seconds,
      connections,
    }),
    'myAppeals (20) через шлюз': await measure({
      url: gatewayUrl,
      query: '{ myAppeals { number status jobCenter { name } applicant { fullName } } }',
      headers: { authorization: `Bearer ${token}` },
      seconds,
      connections,
    }),
  };
  const lines = [
    `autocannon: ${connections} connections, ${seconds} s per run after a 2 s warm-up`,
    '',
    '| run | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...Object.entries(runs).map(
      ([name, r]) =>
        `| ${name} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    ),
  ];
  const ratio =
    runs['jobCenters через шлюз'].requestsPerSecond /
    runs['jobCenters напрямую (scheduling)'].requestsPerSecond;
  lines.push('', `Шлюз / подграф напрямую: ${(ratio * 100).toFixed(0)}% (цель ≥ 70%)`);
  return lines;
}

module.exports = { throughput, fmt };
