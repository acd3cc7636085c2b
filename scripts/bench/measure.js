/** One autocannon run against a GraphQL endpoint, with exact percentiles from every response time. */
const autocannon = require('autocannon');

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function checkOnce(url, headers, body) {
  const response = await fetch(url, { method: 'POST', headers, body });
  const json = await response.json();
  if (!response.ok || json.errors)
    throw new Error(`запрос не работает: ${JSON.stringify(json).slice(0, 300)}`);
}

/** Runs `query` for `seconds` with `connections` and returns requests/s and latency percentiles in ms. */
async function measure({ url, query, headers = {}, seconds, connections }) {
  const allHeaders = { 'content-type': 'application/json', ...headers };
  const body = JSON.stringify({ query });
  await checkOnce(url, allHeaders, body);
  const run = (duration, onResponse) =>
    new Promise((resolve, reject) => {
      const instance = autocannon(
        { url, method: 'POST', headers: allHeaders, body, duration, connections },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      if (onResponse) instance.on('response', onResponse);
    });
  await run(2); // warm-up: JIT, pools, DataLoader paths
  const times = [];
  const result = await run(seconds, (_client, _status, _bytes, responseTime) => times.push(responseTime));
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: result.errors + result.non2xx,
    total: times.length,
  };
}

module.exports = { measure, percentile };
