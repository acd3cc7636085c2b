import { useQuery } from '@apollo/client/react';
import {
  EmptyState,
  employmentTypeLabels,
  ErrorState,
  formatDate,
  formatNumber,
  formatSalary,
  Loading,
  PartialDataNotice,
  plural,
  usePageTitle,
  vacancySortLabels,
  vacancyWords,
  workScheduleLabels,
} from '@czn/ui';
import { Button, Checkbox, Grid, Input, InputNumber, Pagination, Select, Spin, Typography } from 'antd';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { EmploymentType, VacancySort, WorkSchedule } from '../gql/graphql';
import { FavoriteToggle } from '../favorites/FavoriteToggle';
import { PAGE_SIZE, readSearch, searchVariables, writeSearch, type BankSearch } from './bank-search';
import { CityPicker } from './CityPicker';
import { BANK_FILTER_OPTIONS, VACANCY_SEARCH } from './operations';

const scheduleOptions = Object.entries(workScheduleLabels).map(([value, label]) => ({ value, label }));
const employmentOptions = Object.entries(employmentTypeLabels).map(([value, label]) => ({ value, label }));

function resultCount(total: number, exceedsLimit: boolean): string {
  if (exceedsLimit)
    return `Найдено больше ${formatNumber(total)} вакансий, показаны первые ${formatNumber(total)}`;
  return total === 0 ? 'Вакансий не найдено' : `Найдено ${plural(total, vacancyWords)}`;
}

/**
 * «Банк вакансий»: active vacancies of every job centre, for anyone, signed in or not. Words are searched
 * with Russian stemming (and by spelling when they match nothing); the filters, the order and the page live
 * in the address, so a search can be shared and the back button returns to it.
 */
export default function VacancyBankPage() {
  usePageTitle('Банк вакансий');
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const { data, previousData, loading, error, refetch } = useQuery(VACANCY_SEARCH, {
    variables: searchVariables(search),
    errorPolicy: 'all',
  });
  const options = useQuery(BANK_FILTER_OPTIONS, { errorPolicy: 'all' });
  const ids = {
    query: useId(),
    region: useId(),
    city: useId(),
    salary: useId(),
    center: useId(),
    sort: useId(),
  };
  const change = (update: Partial<BankSearch>) =>
    setParams(writeSearch({ ...search, page: 1, ...update }), { replace: update.page === undefined });

  const shown = data ?? previousData;
  const result = shown?.vacancySearch;
  const activeFilters = [
    search.region ?? search.city,
    search.salaryFrom,
    search.jobCenterId,
    ...search.schedules,
    ...search.employmentTypes,
  ].filter(Boolean).length;
  // On a phone the filters fold under «Фильтры», so that the results are on the first screen.
  const { md: wide = true } = Grid.useBreakpoint();

  const filters = (
    <div className="czn-bank__fields">
      <label htmlFor={ids.region}>Регион</label>
      <Select
        id={ids.region}
        showSearch
        allowClear
        placeholder="Любой"
        value={search.region ?? undefined}
        options={(options.data?.localityRegions ?? []).map((region) => ({
          value: region,
          label: region,
        }))}
        onChange={(region: string | undefined) => change({ region: region ?? null, city: null })}
        className="czn-bank__field"
      />
      <label htmlFor={ids.city}>Город или населённый пункт</label>
      <CityPicker
        id={ids.city}
        region={search.region}
        value={search.city && search.region ? { city: search.city, region: search.region } : null}
        onChange={(place) => change(place ? { city: place.city, region: place.region } : { city: null })}
      />
      <label htmlFor={ids.salary}>Зарплата от, ₽ в месяц</label>
      <InputNumber
        id={ids.salary}
        key={search.salaryFrom ?? 'none'}
        min={0}
        max={10_000_000}
        step={5000}
        precision={0}
        defaultValue={search.salaryFrom ?? undefined}
        placeholder="Любая"
        onBlur={(event) => {
          const value = Number(event.target.value.replace(/\D/g, ''));
          if ((value || null) !== search.salaryFrom) change({ salaryFrom: value || null });
        }}
        onPressEnter={(event) => (event.target as HTMLInputElement).blur()}
        className="czn-bank__field"
      />
      <fieldset className="czn-bank__group">
        <legend>График работы</legend>
        <Checkbox.Group
          options={scheduleOptions}
          value={search.schedules}
          onChange={(values) => change({ schedules: values as WorkSchedule[] })}
        />
      </fieldset>
      <fieldset className="czn-bank__group">
        <legend>Тип занятости</legend>
        <Checkbox.Group
          options={employmentOptions}
          value={search.employmentTypes}
          onChange={(values) => change({ employmentTypes: values as EmploymentType[] })}
        />
      </fieldset>
      <label htmlFor={ids.center}>Центр занятости</label>
      <Select
        id={ids.center}
        showSearch
        allowClear
        placeholder="Любой"
        optionFilterProp="label"
        value={search.jobCenterId ?? undefined}
        options={(options.data?.jobCenters ?? []).map(({ id, name }) => ({ value: id, label: name }))}
        onChange={(jobCenterId: string | undefined) => change({ jobCenterId: jobCenterId ?? null })}
        className="czn-bank__field"
      />
      {activeFilters ? (
        <Button
          onClick={() =>
            change({
              city: null,
              region: null,
              salaryFrom: null,
              schedules: [],
              employmentTypes: [],
              jobCenterId: null,
            })
          }
        >
          Сбросить фильтры
        </Button>
      ) : null}
    </div>
  );

  return (
    <>
      <Typography.Title level={1}>Банк вакансий</Typography.Title>
      <Typography.Paragraph>
        Вакансии работодателей, поданные в центры занятости. Искать можно без входа в личный кабинет.
      </Typography.Paragraph>
      <form
        role="search"
        aria-label="Поиск вакансий"
        className="czn-bank__search"
        onSubmit={(event) => {
          event.preventDefault();
          const text = new FormData(event.currentTarget).get('q');
          change({ query: typeof text === 'string' ? text.trim() : '' });
        }}
      >
        <label htmlFor={ids.query} className="czn-visually-hidden">
          Должность, обязанности или работодатель
        </label>
        <Input
          id={ids.query}
          name="q"
          key={search.query}
          defaultValue={search.query}
          placeholder="Должность, обязанности или работодатель"
          allowClear
          maxLength={200}
        />
        <Button type="primary" htmlType="submit">
          Найти
        </Button>
      </form>
      <div className="czn-bank">
        {wide ? (
          <section aria-labelledby={`${ids.query}-filters`}>
            <Typography.Title level={2} id={`${ids.query}-filters`} className="czn-bank__filters-title">
              Фильтры
            </Typography.Title>
            {filters}
          </section>
        ) : (
          <details className="czn-bank__folded">
            <summary className="czn-bank__filters-title">
              Фильтры{activeFilters ? ` (выбрано: ${activeFilters})` : ''}
            </summary>
            {filters}
          </details>
        )}
        <section aria-labelledby={`${ids.query}-results`} className="czn-bank__results">
          <div className="czn-bank__summary">
            <Typography.Title level={2} id={`${ids.query}-results`} className="czn-bank__count">
              <span aria-live="polite">
                {result ? resultCount(result.total, result.totalExceedsLimit) : 'Ищем вакансии…'}
              </span>
            </Typography.Title>
            <span className="czn-bank__sort">
              <label htmlFor={ids.sort}>Сортировка</label>
              <Select
                id={ids.sort}
                value={search.sort}
                options={Object.entries(vacancySortLabels)
                  .filter(([value]) => value !== 'RELEVANCE' || search.query)
                  .map(([value, label]) => ({ value, label }))}
                onChange={(sort: VacancySort) => change({ sort })}
                className="czn-bank__sort-select"
              />
            </span>
          </div>
          {error && !result ? (
            <ErrorState title="Не удалось найти вакансии" error={error} onRetry={() => void refetch()} />
          ) : !result ? (
            <Loading what="Ищем вакансии…" />
          ) : (
            <Spin spinning={loading} description="Обновляем список…">
              <PartialDataNotice error={error} />
              {result.bySimilarSpelling && (
                <Typography.Paragraph>
                  Точных совпадений со словами «{search.query}» нет; показаны вакансии с похожим написанием.
                </Typography.Paragraph>
              )}
              {result.items.length === 0 ? (
                <EmptyState>Вакансий по этим условиям нет. Измените запрос или снимите фильтры</EmptyState>
              ) : (
                <ol className="czn-bank__list" aria-label="Найденные вакансии">
                  {result.items.map((vacancy) => (
                    <li key={vacancy.id} className="czn-card czn-bank__item">
                      <article aria-labelledby={`vacancy-${vacancy.id}`}>
                        <Typography.Title level={3} className="czn-bank__title" id={`vacancy-${vacancy.id}`}>
                          <Link to={`/vacancies/${vacancy.id}`} state={{ back: `?${params.toString()}` }}>
                            {vacancy.title}
                          </Link>
                        </Typography.Title>
                        <p className="czn-bank__salary">
                          {formatSalary(vacancy.salaryFrom, vacancy.salaryTo)}
                        </p>
                        <p>{vacancy.employerName}</p>
                        <p className="czn-bank__meta">
                          {[
                            vacancy.city ?? vacancy.region ?? 'Место работы не указано',
                            workScheduleLabels[vacancy.schedule],
                            employmentTypeLabels[vacancy.employmentType],
                          ].join(' · ')}
                        </p>
                        <p className="czn-bank__meta">Размещена {formatDate(vacancy.createdAt)}</p>
                        <FavoriteToggle
                          vacancyId={vacancy.id}
                          isFavorite={vacancy.isFavorite ?? null}
                          vacancyTitle={vacancy.title}
                        />
                      </article>
                    </li>
                  ))}
                </ol>
              )}
              <Pagination
                className="czn-bank__pager"
                current={search.page}
                pageSize={PAGE_SIZE}
                total={result.total}
                hideOnSinglePage
                showSizeChanger={false}
                onChange={(page) => {
                  change({ page });
                  window.scrollTo({ top: 0 });
                }}
              />
            </Spin>
          )}
        </section>
      </div>
    </>
  );
}
