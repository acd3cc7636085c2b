/**
 * Fills employer.vacancy with generated vacancies for the vacancy-search suite: professions from
 * vacancy-vocabulary.js, places from the localities directory (the shared list of Russian cities, weighted by
 * population, so Moscow has the most), salaries, schedules, employment types and dates spread as in a
 * regional bank. One `insert … select generate_series` with the table's indexes dropped and built again after,
 * which is how PostgreSQL fills 500,000 rows fastest; then VACUUM ANALYZE, as autovacuum would have by then.
 */
const { Client } = require('pg');
const localities = require('@czn/kernel/dist/russian-cities.json');
const { professions, requirements, employerForms, employerWords } = require('./vacancy-vocabulary');

/** People per weight unit of a place: a town of 20,000 gets one share, Moscow about 575. */
const PEOPLE_PER_SHARE = 20000;

/** A non-negative pseudo-random integer below `n`, the same for the same row and salt. */
const pick = (salt, n) => `((hashint4(g + ${salt})::bigint + 2147483648) % ${n})`;

async function generateVacancies(databaseUrl, count) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const shares = localities.flatMap(({ name, region, population }) =>
      Array(Math.max(1, Math.round(population / PEOPLE_PER_SHARE))).fill([name, region]),
    );
    const employers = employerWords.flatMap((first, i) =>
      employerWords.map(
        (second, j) => `${employerForms[(i + j) % employerForms.length]} «${first}-${second}»`,
      ),
    );
    await client.query(
      `create temp table bench_profession as
         select (n - 1)::int as n, title, duties from unnest($1::text[], $2::text[]) with ordinality as p(title, duties, n)`,
      [professions.map(([title]) => title), professions.map(([, duties]) => duties)],
    );
    await client.query(
      `create temp table bench_place as
         select (n - 1)::int as n, city, region from unnest($1::text[], $2::text[]) with ordinality as c(city, region, n)`,
      [shares.map(([city]) => city), shares.map(([, region]) => region)],
    );
    await client.query(
      `create temp table bench_employer as
         select (n - 1)::int as n, name from unnest($1::text[]) with ordinality as e(name, n)`,
      [employers],
    );
    await client.query(
      'create temp table bench_requirement as select (n - 1)::int as n, text from unnest($1::text[]) with ordinality as r(text, n)',
      [requirements],
    );
    for (const table of ['bench_profession', 'bench_place', 'bench_employer', 'bench_requirement'])
      await client.query(`alter table ${table} add primary key (n)`);
    const { rows: indexes } = await client.query(
      `select indexname, indexdef from pg_indexes
        where schemaname = 'employer' and tablename = 'vacancy' and indexname <> 'vacancy_pkey'`,
    );
    for (const { indexname } of indexes) await client.query(`drop index employer."${indexname}"`);
    await client.query(
      `insert into employer.vacancy (id, title, duties, requirements, employer_name, organization_id, job_center_id,
         city, region, salary_from, salary_to, schedule, employment_type, status, created_at, confirmed_at)
       select md5('bench-vacancy:' || g)::uuid, p.title, p.duties, r.text, e.name,
         md5('organization:' || e.name)::uuid, md5('job-center:' || c.region)::uuid, c.city, c.region,
         case when ${pick(1, 100)} < 15 then null else 20000 + ${pick(2, 131)} * 1000 end,
         case when ${pick(3, 100)} < 40 then null else 30000 + ${pick(2, 131)} * 1000 + ${pick(4, 31)} * 1000 end,
         (array['FULL_DAY','FULL_DAY','FULL_DAY','FULL_DAY','FULL_DAY','SHIFT','SHIFT','SHIFT','FLEXIBLE','REMOTE','ROTATION'])[1 + ${pick(5, 11)}],
         (array['FULL','FULL','FULL','FULL','FULL','FULL','PART','PART','PROJECT','INTERNSHIP','TEMPORARY'])[1 + ${pick(6, 11)}],
         case when ${pick(7, 100)} < 5 then 'WITHDRAWN' else 'ACTIVE' end,
         now() - make_interval(secs => ${pick(8, 90 * 86400)}),
         now() - make_interval(secs => ${pick(9, 30 * 86400)})
       from generate_series(1, $1::int) g
       join bench_profession p on p.n = ${pick(10, professions.length)}
       join bench_place c on c.n = ${pick(11, shares.length)}
       join bench_employer e on e.n = ${pick(12, employers.length)}
       join bench_requirement r on r.n = ${pick(13, requirements.length)}`,
      [count],
    );
    for (const { indexdef } of indexes) await client.query(indexdef);
    await client.query('vacuum analyze employer.vacancy');
    return {
      professions: professions.length,
      places: localities.length,
      regions: new Set(localities.map(({ region }) => region)).size,
      employers: employers.length,
    };
  } finally {
    await client.end();
  }
}

module.exports = { generateVacancies };
