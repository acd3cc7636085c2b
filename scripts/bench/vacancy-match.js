/**
 * «Подходящие вакансии» at scale: the same BENCH_VACANCIES (default 500,000) generated vacancies as the
 * vacancy-search suite (generated here when that suite has not run first), then the web-citizen page's own
 * matching query for a few realistic resumes, through the gateway as the demo citizen, so that the stars
 * (isFavorite) are read too. BENCH_SEARCH_CONNECTIONS (default 4) citizens ask at once; target p95 ≤ 50 ms.
 */
const { Client } = require('pg');
const { generateVacancies } = require('./vacancy-data');
const { measure } = require('./measure');
const { fmt } = require('./throughput');

const TARGET_P95_MS = 50;

const matches = (criteria) => `{ vacancyMatches(criteria: ${criteria}, page: { limit: 20 }) {
  score reasons vacancy { id title employerName salaryFrom salaryTo city isFavorite }
} }`;

const RESUMES = [
  [
    'Бухгалтер, 1С и Excel, Барнаул, от 50 000',
    matches(
      '{ position: "Бухгалтер", skills: ["1С:Бухгалтерия", "Excel"], city: "Барнаул", expectedSalary: 50000 }',
    ),
  ],
  [
    'Водитель, категория C, Москва, от 70 000',
    matches(
      '{ position: "Водитель", skills: ["категория C", "грузоперевозки"], city: "Москва", expectedSalary: 70000 }',
    ),
  ],
  [
    'Менеджер по продажам, CRM, Новосибирск',
    matches(
      '{ position: "Менеджер по продажам", skills: ["CRM", "переговоры", "холодные звонки"], city: "Новосибирск" }',
    ),
  ],
  ['Сварщик, без навыков, города и зарплаты', matches('{ position: "сварщик" }')],
  [
    'бухгалтр (опечатка), Excel, Бийск, от 40 000',
    matches('{ position: "бухгалтр", skills: ["Excel"], city: "Бийск", expectedSalary: 40000 }'),
  ],
  [
    'Медицинская сестра, Екатеринбург, от 35 000',
    matches(
      '{ position: "Медицинская сестра", skills: ["уколы", "перевязки"], city: "Екатеринбург", expectedSalary: 35000 }',
    ),
  ],
];

async function vacancyCount(databaseUrl) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('select count(*) from employer.vacancy')).rows[0].count);
  } finally {
    await client.end();
  }
}

async function vacancyMatch({ gatewayUrl, databaseUrl, citizenTokens, seconds }) {
  const count = Number(process.env.BENCH_VACANCIES ?? 500_000);
  const connections = Number(process.env.BENCH_SEARCH_CONNECTIONS ?? 4);
  const lines = [];
  if ((await vacancyCount(databaseUrl)) < count) {
    const started = Date.now();
    await generateVacancies(databaseUrl, count);
    lines.push(
      `${count.toLocaleString('ru')} вакансий созданы за ${((Date.now() - started) / 1000).toFixed(0)} с ` +
        '(как в vacancy-search)',
    );
  } else lines.push(`вакансии набора vacancy-search (${count.toLocaleString('ru')})`);
  const [token] = await citizenTokens(['ivanov']);
  const headers = { authorization: `Bearer ${token}` };
  const rows = [];
  for (const [name, query] of RESUMES)
    rows.push([name, await measure({ url: gatewayUrl, query, headers, seconds, connections })]);
  const worst = Math.max(...rows.map(([, r]) => r.p95));
  return [
    ...lines,
    `autocannon: ${connections} connections, ${seconds} s per run after a 2 s warm-up, a citizen, through the gateway`,
    '',
    '| resume | req/s | p50 ms | p95 ms | p99 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([name, r]) =>
        `| ${name} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${r.errors} |`,
    ),
    '',
    `Наибольший p95 подбора: ${fmt(worst)} мс (цель ≤ ${TARGET_P95_MS} мс${worst <= TARGET_P95_MS ? ', выполнена' : ', не выполнена'})`,
  ];
}

module.exports = { vacancyMatch };
