import { badUserInput, type EntityManager, type PageInput } from '@czn/kernel';
import { QueryOrder, raw } from '@mikro-orm/postgresql';
import { isKnownRegion, regionsOfLocality } from '../locality/locality';
import { Vacancy } from '../vacancy/vacancy.entity';
import { VacancyStatus } from '../vacancy/vacancy.enums';
import { VacancySort, type VacancySearchInput, type VacancySearchResult } from './vacancy-search.inputs';

const MAX_SALARY = 10_000_000;
/** Shorter words make too few trigrams to tell a typo from another word. */
const MIN_TYPO_LENGTH = 4;
/** The words the trigram index covers, as the migration's index expression writes them. */
const SEARCH_WORDS = `(v.title || ' ' || v.employer_name)`;

interface CheckedSearch {
  query: string | null;
  city: string | null;
  region: string | null;
  salaryFrom: number | null;
  schedules: string[];
  employmentTypes: string[];
  jobCenterId: string | null;
}

function checkSearch(filter: VacancySearchInput, sort: VacancySort): CheckedSearch {
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

/**
 * The public vacancy bank: active vacancies that match the words (Russian stemming over the title, the
 * employer's name and the duties, or trigram word similarity over the title and the employer's name for a
 * misspelt word) and every filter given, in the asked order, one page of them and how many there are in all.
 * Two SQL statements whatever the page size.
 */
export async function searchVacancies(
  em: EntityManager,
  filter: VacancySearchInput,
  sort: VacancySort,
  page: PageInput,
): Promise<VacancySearchResult> {
  const search = checkSearch(filter, sort);
  const qb = em.createQueryBuilder(Vacancy, 'v').where({ status: VacancyStatus.ACTIVE });
  if (search.query !== null) {
    const typos = search.query.length >= MIN_TYPO_LENGTH;
    qb.andWhere(
      typos
        ? `(v.search_vector @@ websearch_to_tsquery('russian', ?) or ? <% ${SEARCH_WORDS})`
        : `v.search_vector @@ websearch_to_tsquery('russian', ?)`,
      typos ? [search.query, search.query] : [search.query],
    );
  }
  if (search.city !== null) qb.andWhere({ city: search.city });
  if (search.region !== null) qb.andWhere({ region: search.region });
  if (search.salaryFrom !== null) qb.andWhere({ salaryFrom: { $gte: search.salaryFrom } });
  if (search.schedules.length) qb.andWhere({ schedule: { $in: search.schedules } });
  if (search.employmentTypes.length) qb.andWhere({ employmentType: { $in: search.employmentTypes } });
  if (search.jobCenterId !== null) qb.andWhere({ jobCenterId: search.jobCenterId });
  const total = await qb.clone().getCount();
  const tieBreak = [{ createdAt: QueryOrder.DESC }, { id: QueryOrder.ASC }] as const;
  if (sort === VacancySort.RELEVANCE)
    qb.orderBy([
      {
        [raw(
          `ts_rank(v.search_vector, websearch_to_tsquery('russian', ?)) + word_similarity(?, ${SEARCH_WORDS})`,
          [search.query, search.query],
        )]: QueryOrder.DESC,
      },
      ...tieBreak,
    ]);
  else if (sort === VacancySort.SALARY) qb.orderBy([{ salaryFrom: QueryOrder.DESC_NULLS_LAST }, ...tieBreak]);
  else qb.orderBy([...tieBreak]);
  const items = total > page.offset ? await qb.limit(page.limit, page.offset).getResultList() : [];
  return { total, items };
}
