import type { EntityManager, PageInput } from '@czn/kernel';
import { Vacancy } from '../vacancy/vacancy.entity';
import type { CheckedCriteria } from './vacancy-match.inputs';
import type { VacancyMatch } from './vacancy-match.types';

/**
 * How much each part of a match weighs in its score (they add up to 1): the profession most, then the key
 * skills found among the duties and requirements, the city, the salary against the expectation.
 */
const WEIGHT = { profession: 0.5, skills: 0.25, city: 0.15, salary: 0.1 };

/** Below this the title is not the profession asked for (full-text match or trigram similarity, 0–1). */
const PROFESSION_MATCHES = 0.5;

/** How many vacancies each way of finding candidates contributes at most, before they are scored. */
const CANDIDATES_PER_WAY = 100;

/** A text search query whose words match only the part of `search_vector` of that weight. */
const lexemesWeighted = (query: string, weight: 'A' | 'C') =>
  `regexp_replace((${query})::text, '(''([^'']|'''')*'')', '\\1:${weight}', 'g')::tsquery`;
/** The position's words as a query of titles only (weight A of `search_vector`): every word. */
const TITLE_WORDS = lexemesWeighted("plainto_tsquery('russian', ?)", 'A');
/** Any of the key skills, as a query of the title, the employer and the duties. */
const SKILL_WORDS = `coalesce((
    select string_agg('(' || plainto_tsquery('russian', skill)::text || ')', ' | ')
    from jsonb_array_elements_text(?::jsonb) as skill
    where plainto_tsquery('russian', skill)::text <> ''
  ), '')::tsquery`;
const ACTIVE = `select v.id from "employer"."vacancy" v where v.status = 'ACTIVE'`;

/**
 * One statement first narrows the active vacancies to candidates through the bank's indexes, each way with
 * its own limit: the title holds every word of the position (in the citizen's city; then anywhere, when the
 * position has several words), the title holds one of its words, the duties name a key skill; and only when
 * no title holds any of the words, as in the bank's search, the title and employer are spelt like the
 * position (trigram, at the index's default threshold), which finds a misspelt position. Only the candidates
 * are scored, so a match costs about the same at 500,000 vacancies as at 500; when more vacancies than the
 * limit fit one way, which of them become candidates is the index's order, not their score. A skill named
 * only in the requirements counts in the score but does not make a vacancy a candidate.
 *
 * The profession is the better of a Russian full-text match of the position against the title (every word
 * 0.8, some words 0.55, plus up to 0.2 for how close the whole title is, so that «Бухгалтер» leads «Главный
 * бухгалтер») and the trigram similarity of the position to a part of the title (at most 0.9), so that word
 * forms and typos both count. A candidate is a match when its profession matches or at least one key skill
 * is found; city and salary only move it up.
 */
const MATCHES = `
with candidate as (
  (${ACTIVE} and v.search_vector @@ ${TITLE_WORDS} and v.city = ? limit ${CANDIDATES_PER_WAY})
  union (${ACTIVE} and ?::boolean and v.search_vector @@ ${TITLE_WORDS} limit ${CANDIDATES_PER_WAY})
  union (${ACTIVE} and v.search_vector @@ replace(${TITLE_WORDS}::text, '&', '|')::tsquery
         limit ${CANDIDATES_PER_WAY})
  union (${ACTIVE} and ? <% (v.title || ' ' || v.employer_name)
         and not exists (select from "employer"."vacancy" w where w.status = 'ACTIVE'
                         and w.search_vector @@ replace(${TITLE_WORDS}::text, '&', '|')::tsquery)
         limit ${CANDIDATES_PER_WAY})
  union (${ACTIVE} and v.search_vector @@ ${SKILL_WORDS} limit ${CANDIDATES_PER_WAY})
), criteria as (
  select ?::text as position,
         ${TITLE_WORDS} as title_words,
         replace(${TITLE_WORDS}::text, '&', '|')::tsquery as any_title_word,
         array(select jsonb_array_elements_text(?::jsonb)) as skills,
         ?::text as city,
         ?::int as expected_salary
), scored as (
  select v as vacancy, v.created_at, v.id,
    greatest(
      case
        when v.search_vector @@ c.title_words then 0.8
        when v.search_vector @@ c.any_title_word then 0.55
        else 0
      end + 0.2 * similarity(lower(v.title), lower(c.position)),
      0.9 * word_similarity(lower(c.position), lower(v.title))
    ) as profession,
    array(
      select s.skill from unnest(c.skills) with ordinality as s(skill, ord)
      where v.search_vector @@ ${lexemesWeighted("plainto_tsquery('russian', s.skill)", 'C')}
         or requirements.lexemes @@ plainto_tsquery('russian', s.skill)
      order by s.ord
    ) as skills_found,
    cardinality(c.skills) as skills_asked,
    coalesce(lower(v.city) = lower(c.city), false) as same_city,
    case
      when v.salary_from > c.expected_salary then 1
      when coalesce(v.salary_to, v.salary_from) >= c.expected_salary then 0.6
      else 0
    end as salary,
    v.salary_from > c.expected_salary as salary_above
  from "employer"."vacancy" v
    join candidate using (id)
    cross join criteria c
    cross join lateral (
      select to_tsvector('russian', coalesce(v.requirements, '')) as lexemes offset 0
    ) requirements
)
select (vacancy).*,
  round((
    ${WEIGHT.profession} * profession
    + ${WEIGHT.skills} * case when skills_asked > 0 then cardinality(skills_found)::numeric / skills_asked else 0 end
    + ${WEIGHT.city} * same_city::int
    + ${WEIGHT.salary} * salary
  )::numeric, 3)::float8 as score,
  array_remove(array[
    case when profession >= ${PROFESSION_MATCHES} then 'совпадает профессия' end,
    case when cardinality(skills_found) > 0 then 'навыки: ' || array_to_string(skills_found, ', ') end,
    case when same_city then 'тот же город' end,
    case
      when salary_above then 'зарплата выше ожидаемой'
      when salary > 0 then 'зарплата соответствует ожиданиям'
    end
  ], null) as reasons
from scored
where profession >= ${PROFESSION_MATCHES} or cardinality(skills_found) > 0
order by score desc, scored.created_at desc, scored.id
limit ? offset ?`;

/** Whether every word and any word are different queries, so that both ways of finding candidates count. */
const severalWords = (position: string) => position.split(/[\s\p{P}]+/u).filter(Boolean).length > 1;

type MatchRow = Record<string, unknown> & { score: number; reasons: string[] };

/** Active vacancies that match the criteria, best first, each with its score and reasons in Russian. */
export async function matchVacancies(
  em: EntityManager,
  criteria: CheckedCriteria,
  page: PageInput,
): Promise<VacancyMatch[]> {
  const rows: MatchRow[] = await em
    .getConnection()
    .execute(MATCHES, [
      criteria.position,
      criteria.city,
      severalWords(criteria.position),
      criteria.position,
      criteria.position,
      criteria.position,
      criteria.position,
      JSON.stringify(criteria.skills),
      criteria.position,
      criteria.position,
      criteria.position,
      JSON.stringify(criteria.skills),
      criteria.city,
      criteria.expectedSalary,
      page.limit,
      page.offset,
    ]);
  return rows.map(({ score, reasons, ...columns }) => ({
    vacancy: em.map(Vacancy, columns),
    score,
    reasons,
  }));
}
