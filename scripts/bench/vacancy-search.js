/**
 * The vacancy bank's search at scale: BENCH_VACANCIES (default 500,000) generated vacancies, then the
 * web-citizen page's own query for common searches, with and without filters, through the gateway as an
 * anonymous visitor. BENCH_SEARCH_CONNECTIONS (default 4) visitors search at once: the target is latency
 * (p95 ≤ 50 ms), measured below the machine's saturation, which the throughput suite measures.
 */
const { createHash } = require('node:crypto');
const { generateVacancies } = require('./vacancy-data');
const { measure } = require('./measure');
const { fmt } = require('./throughput');

const TARGET_P95_MS = 50;

/** The job centre the generator gives a region's vacancies (md5('job-center:' || region)::uuid). */
function jobCenterOf(region) {
  const hex = createHash('md5').update(`job-center:${region}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const search = (args) => `{ vacancySearch(${args}) {
  total totalExceedsLimit bySimilarSpelling
  items { id title salaryFrom salaryTo employerName city region schedule employmentType createdAt }
} }`;

const SEARCHES = [
  // No SQL at all: what the gateway, the subgraph and the machine cost before any search.
  ['для сравнения: справочник городов, без SQL', '{ localities(search: "бар") { name region } }'],
  ['без слов, сначала новые', search('page: { limit: 20 }')],
  ['«водитель»', search('filter: { query: "водитель" }, page: { limit: 20 }')],
  ['«водитель», 10-я страница', search('filter: { query: "водитель" }, page: { limit: 20, offset: 180 }')],
  ['«бухгалтера» (другая форма слова)', search('filter: { query: "бухгалтера" }, page: { limit: 20 }')],
  ['«бухгалтр» (опечатка)', search('filter: { query: "бухгалтр" }, page: { limit: 20 }')],
  [
    '«продавец», Москва, зарплата от 50 000',
    search('filter: { query: "продавец", city: "Москва", salaryFrom: 50000 }, page: { limit: 20 }'),
  ],
  [
    '«сварщик», Свердловская область, по зарплате',
    search('filter: { query: "сварщик", region: "Свердловская область" }, sort: SALARY, page: { limit: 20 }'),
  ],
  [
    '«менеджер по продажам», по соответствию',
    search('filter: { query: "менеджер по продажам" }, sort: RELEVANCE, page: { limit: 20 }'),
  ],
  [
    'без слов: удалённо, проектная работа или стажировка',
    search('filter: { schedules: [REMOTE], employmentTypes: [PROJECT, INTERNSHIP] }, page: { limit: 20 }'),
  ],
  [
    'без слов: центр занятости, полный день, от 40 000',
    search(
      `filter: { jobCenterId: "${jobCenterOf('Алтайский край')}", schedules: [FULL_DAY], salaryFrom: 40000 }, page: { limit: 20 }`,
    ),
  ],
];

async function vacancySearch({ gatewayUrl, databaseUrl, seconds }) {
  const count = Number(process.env.BENCH_VACANCIES ?? 500_000);
  const connections = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 4);
  const started = Date.now();
  const made = await generateVacancies(databaseUrl, count);
  const generation = (Date.now() - started) / 1000;
  const rows = [];
  for (const [name, query] of SEARCHES)
    rows.push([name, await measure({ url: gatewayUrl, query, seconds, connections })]);
  const worst = Math.max(...rows.slice(1).map(([, r]) => r.p95));
  return [
    `${count.toLocaleString('ru')} вакансий (${made.professions} профессий, ${made.places} населённых пунктов ` +
      `в ${made.regions} регионах, ${made.employers} работодателей) созданы за ${generation.toFixed(0)} с, ` +
      'вместе с индексами и VACUUM ANALYZE',
    `autocannon: ${connections} connections, ${seconds} s per run after a 2 s warm-up, anonymous, through the gateway`,
    '',
    '| search | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([name, r]) =>
        `| ${name} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    ),
    '',
    `Наибольший p95 поиска: ${fmt(worst)} мс (цель ≤ ${TARGET_P95_MS} мс${worst <= TARGET_P95_MS ? ', выполнена' : ', не выполнена'})`,
  ];
}

module.exports = { vacancySearch };
