/** @jest-environment jsdom */
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { MemoryRouter, Route, Routes } from 'react-router';
import { VACANCY } from './operations';
import VacancyPage from './VacancyPage';

// antd renders slowly in jsdom, and more so on a two-core machine busy with other suites.
jest.setTimeout(30_000);

const ID = 'vacancy-1';

function openVacancy(outcome: { errors: GraphQLError[] } | { error: Error }) {
  const mock = {
    request: { query: VACANCY, variables: { id: ID } },
    ...('error' in outcome ? { error: outcome.error } : { result: { errors: outcome.errors } }),
  };
  render(
    <MockedProvider mocks={[mock]}>
      <MemoryRouter initialEntries={[`/vacancies/${ID}`]}>
        <Routes>
          <Route path="/vacancies/:id" element={<VacancyPage />} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

test('a vacancy the server does not give says why, with nothing to retry', async () => {
  const notFound = new GraphQLError('Вакансия не найдена или снята с публикации', {
    extensions: { code: 'NOT_FOUND' },
  });
  openVacancy({ errors: [notFound] });
  expect(await screen.findByText('Вакансия не найдена или снята с публикации')).toBeTruthy();
  expect(screen.getByText('Не удалось открыть вакансию')).toBeTruthy();
  expect(screen.queryByText('Повторить')).toBeNull();
});

test('an unreachable server is said in Russian, and the card can be asked for again', async () => {
  openVacancy({ error: new TypeError('Failed to fetch') });
  expect(await screen.findByText(/^Нет связи с сервером/)).toBeTruthy();
  expect(screen.getByText('Повторить')).toBeTruthy();
});
