import { badUserInput, type EntityManager, type PageInput } from '@czn/kernel';
import { QueryOrder, raw, type QueryBuilder } from '@mikro-orm/postgresql';
import { isKnownRegion, regionsOfLocality } from '../locality/locality';
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
/** The words the trigram index covers, as the migration's index expression writes them. */
const SEARCH_WORDS = `(v.title || ' ' || v.employer_name)`;
const BY_WORDS = `v.search_vector @@ websearch_to_tsquery('russian', ?)`;
const BY_SPELLING = `? <% ${SEARCH_WORDS}`;
const WORDS_RANK = `ts_rank(v.search_vector, websearch_to_tsquery('russian', ?))`;
const SPELLING_RANK = `word_similarity(?, ${SEARCH_WORDS})`;

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
 * The public vacancy bank: active vacancies that pass every filter and match the words, first by Russian
 * stemming over the title, the employer's name and the duties; when no vacancy matches them so, by trigram
 * word similarity over the title and the employer's name, which forgives a misspelt word. One page in the
 * asked order and how many there are, up to SEARCH_RESULTS_LIMIT: two SQL statements whatever the page size,
 * three when the words fall back to their spelling.
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
  let rank = WORDS_RANK;
  const bySimilarSpelling = found === 0 && query !== null && query.length >= MIN_TYPO_LENGTH;
  if (bySimilarSpelling) {
    qb = matching(em, search, { how: BY_SPELLING, query });
    found = await countUpToLimit(em, qb);
    rank = SPELLING_RANK;
  }
  const tieBreak = [{ createdAt: QueryOrder.DESC }, { id: QueryOrder.ASC }] as const;
  if (sort === VacancySort.RELEVANCE) qb.orderBy([{ [raw(rank, [query])]: QueryOrder.DESC }, ...tieBreak]);
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
    bySimilarSpelling: bySimilarSpelling && found > 0,
    items,
  };
}
