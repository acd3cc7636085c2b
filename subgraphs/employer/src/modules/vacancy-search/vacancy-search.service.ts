import {
  badUserInput,
  isKnownRegion,
  regionsOfLocality,
  type EntityManager,
  type PageInput,
} from '@czn/kernel';
import { QueryOrder, raw, type QueryBuilder } from '@mikro-orm/postgresql';
import { Vacancy } from '../vacancy/vacancy.entity';
import { VacancyStatus } from '../vacancy/vacancy.enums';
import {
  SEARCH_RESULTS_LIMIT,
  VacancySort,
  type VacancySearchInput,
  type VacancySearchResult,
} from './vacancy-search.inputs';

const MAX_SALARY = 10_000_000;
/** Shorter words make too few trigrams to tell a typo from another word. */
const MIN_TYPO_LENGTH = 4;
/** How many known words of similar spelling stand in for one misspelt word. */
const SIMILAR_WORDS = 5;
/** The words of a query as the migration's `vacancy_title_word` trigger splits titles and employers' names. */
const WORD_SEPARATOR = /[^0-9a-zа-яё]+/;
const BY_WORDS = `v.search_vector @@ websearch_to_tsquery('russian', ?)`;
const BY_SPELLING = `v.search_vector @@ to_tsquery('russian', ?)`;
const WORDS_RANK = `ts_rank(v.search_vector, websearch_to_tsquery('russian', ?))`;
const SPELLING_RANK = `ts_rank(v.search_vector, to_tsquery('russian', ?))`;

interface CheckedSearch {
  query: string | null;
  city: string | null;
  region: string | null;
  salaryFrom: number | null;
  schedules: string[];
  employmentTypes: string[];
  jobCenterId: string | null;
}

function checkSearch(filter: VacancySearchInput, sort: VacancySort, page: PageInput): CheckedSearch {
  const query = filter.query?.trim() || null;
  const city = filter.city?.trim() || null;
  const region = filter.region?.trim() || null;
  if (region !== null && !isKnownRegion(region))
    throw badUserInput('region', `Регион «${region}» не найден в справочнике: выберите его из списка`);
  if (city !== null) {
    const regions = regionsOfLocality(city);
    if (regions.length === 0)
      throw badUserInput(
        'city',
        `Населённый пункт «${city}» не найден в справочнике: выберите его из списка`,
      );
    if (region !== null && !regions.includes(region))
      throw badUserInput('city', `Населённый пункт «${city}» не относится к региону «${region}»`);
  }
  const salaryFrom = filter.salaryFrom ?? null;
  if (salaryFrom !== null && (salaryFrom < 0 || salaryFrom > MAX_SALARY))
    throw badUserInput(
      'salaryFrom',
      'Зарплата «от» указывается в рублях в месяц, от 0 до 10 000 000: исправьте сумму',
    );
  if (sort === VacancySort.RELEVANCE && query === null)
    throw badUserInput('sort', 'Сортировка по соответствию работает при поиске по словам: введите запрос');
  if (page.offset >= SEARCH_RESULTS_LIMIT)
    throw badUserInput(
      'offset',
      `Показываются первые ${SEARCH_RESULTS_LIMIT} найденных вакансий: уточните запрос или фильтры`,
    );
  return {
    query,
    city,
    region,
    salaryFrom,
    schedules: filter.schedules ?? [],
    employmentTypes: filter.employmentTypes ?? [],
    jobCenterId: filter.jobCenterId ?? null,
  };
}

/** Active vacancies that pass every filter and, when `words` is given, match it as `words.how` says. */
function matching(
  em: EntityManager,
  search: CheckedSearch,
  words: { how: string; query: string } | null,
): QueryBuilder<Vacancy> {
  const qb = em.createQueryBuilder(Vacancy, 'v').where({ status: VacancyStatus.ACTIVE });
  if (words) qb.andWhere(words.how, [words.query]);
  if (search.city !== null) qb.andWhere({ city: search.city });
  if (search.region !== null) qb.andWhere({ region: search.region });
  if (search.salaryFrom !== null) qb.andWhere({ salaryFrom: { $gte: search.salaryFrom } });
  if (search.schedules.length) qb.andWhere({ schedule: { $in: search.schedules } });
  if (search.employmentTypes.length) qb.andWhere({ employmentType: { $in: search.employmentTypes } });
  if (search.jobCenterId !== null) qb.andWhere({ jobCenterId: search.jobCenterId });
  return qb;
}

/**
 * How many rows the query finds, counting no further than one past the limit: an exact count of tens of
 * thousands of matches reads as many table pages (hundreds of milliseconds at 500,000 vacancies), a capped
 * one a bounded few.
 */
async function countUpToLimit(em: EntityManager, qb: QueryBuilder<Vacancy>): Promise<number> {
  const found = qb
    .clone()
    .select(raw('1'))
    .limit(SEARCH_RESULTS_LIMIT + 1)
    .getKnexQuery();
  const [row] = await em
    .getConnection()
    .execute<Array<{ found: string }>>(em.getKnex().count({ found: '*' }).from(found.as('found')));
  return Number(row!.found);
}

/**
 * The query's words, each also as the known title and employer words spelt like it (trigram similarity over
 * `vacancy_title_word`), as a `to_tsquery` text: «бухгалтр трапиза» → «(бухгалтр | бухгалтер) & (трапиза |
 * трапеза)». Null when no word has a known word spelt like it, so the search would find nothing new.
 */
async function similarlySpelt(em: EntityManager, query: string): Promise<string | null> {
  const words = [...new Set(query.toLowerCase().split(WORD_SEPARATOR))].filter((word) => word !== '');
  const rows = await em.getConnection().execute<Array<{ word: string; similar: string[] }>>(
    `select q.word, array(
       select w.word from employer.vacancy_title_word w
        where length(q.word) >= ? and w.word % q.word and w.word <> q.word
        order by similarity(w.word, q.word) desc, w.word limit ?
     ) as similar
     from unnest(string_to_array(?, ' ')) with ordinality as q(word, n) order by q.n`,
    [MIN_TYPO_LENGTH, SIMILAR_WORDS, words.join(' ')],
  );
  if (rows.every(({ similar }) => similar.length === 0)) return null;
  return rows.map(({ word, similar }) => `(${[word, ...similar].join(' | ')})`).join(' & ');
}

/**
 * The public vacancy bank: active vacancies that pass every filter and match the words by Russian stemming
 * over the title, the employer's name and the duties; when no vacancy matches them so, the words or the known
 * title and employer words spelt like them, which forgives a misspelt word. One page in the asked order and
 * how many there are, up to SEARCH_RESULTS_LIMIT: two SQL statements whatever the page size, four when the
 * words fall back to their spelling.
 */
export async function searchVacancies(
  em: EntityManager,
  filter: VacancySearchInput,
  sort: VacancySort,
  page: PageInput,
): Promise<VacancySearchResult> {
  const search = checkSearch(filter, sort, page);
  const { query } = search;
  let qb = matching(em, search, query === null ? null : { how: BY_WORDS, query });
  let found = await countUpToLimit(em, qb);
  let rank = { sql: WORDS_RANK, query };
  const respelt = found === 0 && query !== null ? await similarlySpelt(em, query) : null;
  if (respelt !== null) {
    qb = matching(em, search, { how: BY_SPELLING, query: respelt });
    found = await countUpToLimit(em, qb);
    rank = { sql: SPELLING_RANK, query: respelt };
  }
  const tieBreak = [{ createdAt: QueryOrder.DESC }, { id: QueryOrder.ASC }] as const;
  if (sort === VacancySort.RELEVANCE)
    qb.orderBy([{ [raw(rank.sql, [rank.query])]: QueryOrder.DESC }, ...tieBreak]);
  else if (sort === VacancySort.SALARY) qb.orderBy([{ salaryFrom: QueryOrder.DESC_NULLS_LAST }, ...tieBreak]);
  else qb.orderBy([...tieBreak]);
  const shown = Math.min(found, SEARCH_RESULTS_LIMIT);
  const items =
    shown > page.offset
      ? await qb.limit(Math.min(page.limit, SEARCH_RESULTS_LIMIT - page.offset), page.offset).getResultList()
      : [];
  return {
    total: shown,
    totalExceedsLimit: found > SEARCH_RESULTS_LIMIT,
    bySimilarSpelling: respelt !== null && found > 0,
    items,
  };
}
