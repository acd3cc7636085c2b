/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { render, screen, within } from '@testing-library/react';
import { AppealApplication } from './AppealApplication';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const application = [
  {
    key: 'desiredJob',
    title: 'Желаемая работа',
    fields: [
      { key: 'desiredPositions', label: 'Желаемые должности', display: 'Водитель категории C, Экспедитор' },
      { key: 'salaryFrom', label: 'Зарплата от, ₽ в месяц', display: '55 000 ₽' },
    ],
  },
  {
    key: 'wishes',
    title: 'Пожелания',
    fields: [{ key: 'district', label: 'Где искать работу', display: 'Барнаул' }],
  },
];

test('each group of the form is a block under its own heading, each answer with its label, in order', () => {
  render(
    <UiProvider>
      <AppealApplication application={application} />
    </UiProvider>,
  );
  const section = screen.getByRole('region', { name: 'Заявление' });
  const headings = within(section).getAllByRole('heading', { level: 3 });
  expect(headings.map((heading) => heading.textContent)).toEqual(['Желаемая работа', 'Пожелания']);
  const labels = [...section.querySelectorAll('.ant-descriptions-item-label')].map(
    (cell) => cell.textContent,
  );
  expect(labels).toEqual(['Желаемые должности', 'Зарплата от, ₽ в месяц', 'Где искать работу']);
  expect(within(section).getByText('Водитель категории C, Экспедитор')).toBeTruthy();
  expect(within(section).getByText('55 000 ₽')).toBeTruthy();
});

test('an appeal filed before the forms says so instead of an empty block', () => {
  render(
    <UiProvider>
      <AppealApplication application={[]} />
    </UiProvider>,
  );
  expect(
    screen.getByText('Обращение подано до того, как заявления стали заполняться по форме услуги'),
  ).toBeTruthy();
});
