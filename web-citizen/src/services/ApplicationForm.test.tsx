/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApplicationForm, type ApplicationFormProps } from './ApplicationForm';
import type { FormDescription, FormField } from './application-values';

const barnaul = {
  id: 'jc-1',
  name: 'Центр занятости населения г. Барнаул',
  city: 'Барнаул',
  address: 'Алтайский край, г. Барнаул',
  workingHours: 'пн–пт 8:00–17:00',
  coordinates: { latitude: 53.35, longitude: 83.78 },
};
const biysk = {
  ...barnaul,
  id: 'jc-2',
  name: 'Центр занятости населения г. Бийск',
  city: 'Бийск',
  coordinates: { latitude: 52.54, longitude: 85.21 },
};

const field = (
  kind: FormField['kind'],
  key: string,
  label: string,
  rules: Partial<FormField> = {},
): FormField => ({
  key,
  label,
  kind,
  required: false,
  options: [],
  maxLength: null,
  min: null,
  max: null,
  maxItems: null,
  hint: null,
  prefill: null,
  inputField: null,
  ...rules,
});

/** A form of every kind, as the server describes one (the renderer knows no service by name). */
const form: FormDescription = {
  type: 'JOB_SEARCH_ASSISTANCE',
  groups: [
    {
      key: 'desiredJob',
      title: 'Желаемая работа',
      description: null,
      fields: [
        field('TAGS', 'desiredPositions', 'Желаемые должности', {
          required: true,
          maxItems: 2,
          maxLength: 20,
        }),
        field('MONEY', 'salaryFrom', 'Зарплата от', { min: 1, max: 1_000_000 }),
        field('MULTISELECT', 'schedule', 'График работы', {
          options: [
            { value: 'FULL_DAY', label: 'Полный день' },
            { value: 'SHIFT', label: 'Сменный график' },
          ],
        }),
        field('SELECT', 'education', 'Образование', {
          required: true,
          options: [
            { value: 'SECONDARY_GENERAL', label: 'Среднее общее' },
            { value: 'HIGHER_BACHELOR', label: 'Высшее — бакалавриат' },
          ],
        }),
      ],
    },
    {
      key: 'wishes',
      title: 'Пожелания',
      description: null,
      fields: [
        field('DATE_RANGE', 'period', 'Период', { required: true }),
        field('DATE', 'startFrom', 'Когда готовы начать'),
        field('NUMBER', 'hours', 'Часов в день', { min: 1, max: 12 }),
        field('CHECKBOX', 'testing', 'Хочу пройти тестирование'),
        field('TEXT', 'district', 'Где искать работу', { maxLength: 10 }),
        field('TEXTAREA', 'wishes', 'Другие пожелания', { maxLength: 100 }),
        field('FAVORITE_VACANCIES', 'foundVacancies', 'Самостоятельно найденные вакансии', {
          maxItems: 20,
          hint: 'Вакансии из избранного',
        }),
      ],
    },
    {
      key: 'contacts',
      title: 'Контакты',
      description: 'Центр свяжется с вами по этим контактам',
      fields: [
        field('PHONE', 'contactPhone', 'Контактный телефон', {
          required: true,
          prefill: 'PHONE',
          inputField: 'contactPhone',
        }),
        field('EMAIL', 'contactEmail', 'Электронная почта', { prefill: 'EMAIL', inputField: 'contactEmail' }),
        field('TEXTAREA', 'comment', 'Комментарий', { maxLength: 2000, inputField: 'comment' }),
      ],
    },
  ],
};

function renderForm(overrides: Partial<ApplicationFormProps> = {}) {
  const onSubmit = jest.fn();
  const view = render(
    <UiProvider>
      <ApplicationForm
        serviceLabel="Содействие в поиске подходящей работы"
        form={form}
        profile={{
          id: 'u-1',
          fullName: 'Иванов Иван Иванович',
          phone: '+79131234567',
          email: 'ivanov@example.ru',
        }}
        jobCenters={[barnaul, biysk]}
        favoriteVacancies={[]}
        busy={false}
        problems={[]}
        onSubmit={onSubmit}
        {...overrides}
      />
    </UiProvider>,
  );
  return { onSubmit, view };
}

// Role queries walk antd's whole tree with computed styles; text and label queries find the same nodes faster.
jest.setTimeout(30_000);

const driver = {
  id: 'v-1',
  title: 'Водитель категории C',
  employerName: 'ООО «АлтайАгроТранс»',
  withdrawn: false,
};
const storekeeper = { id: 'v-2', title: 'Кладовщик', employerName: 'ООО «Склад-Сервис»', withdrawn: true };

const submit = () => fireEvent.click(screen.getByText('Подать заявление'));
const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const addTag = (label: string, value: string) => {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
};

test('each group is a section under its heading; contacts come from the profile', () => {
  renderForm();
  for (const title of ['Желаемая работа', 'Пожелания', 'Контакты', 'Центр занятости'])
    expect(screen.getByRole('heading', { level: 2, name: title })).toBeTruthy();
  expect((screen.getByLabelText('Контактный телефон') as HTMLInputElement).value).toBe('+79131234567');
  expect((screen.getByLabelText('Электронная почта') as HTMLInputElement).value).toBe('ivanov@example.ru');
  expect(screen.getByText('Центр свяжется с вами по этим контактам')).toBeTruthy();
});

test('required fields say what to fill, in Russian, and nothing is sent', async () => {
  const { onSubmit } = renderForm({
    profile: { id: 'u-1', fullName: 'Иванов Иван Иванович', phone: null, email: null },
  });
  submit();
  expect(await screen.findByText('Заполните поле «Желаемые должности»')).toBeTruthy();
  expect(screen.getByText('Выберите: «Образование»')).toBeTruthy();
  expect(screen.getByText('Заполните поле «Период»')).toBeTruthy();
  expect(screen.getByText('Заполните поле «Контактный телефон»')).toBeTruthy();
  expect(screen.getByText('Выберите центр занятости')).toBeTruthy();
  expect(onSubmit).not.toHaveBeenCalled();
});

test('limits are told before sending: too many, too long, out of range, a period that ends before it starts', async () => {
  const { onSubmit } = renderForm();
  addTag('Желаемые должности', 'Водитель');
  addTag('Желаемые должности', 'Экспедитор');
  addTag('Желаемые должности', 'Грузчик');
  fill('Где искать работу', 'Новоалтайский район');
  fill('Часов в день', '13');
  fill('Период: с', '2027-08-31');
  fill('Период: по', '2027-05-01');
  submit();
  expect(await screen.findByText('«Желаемые должности»: не больше 2')).toBeTruthy();
  expect(screen.getByText('«Где искать работу»: не больше 10 символов')).toBeTruthy();
  expect(screen.getByText('«Часов в день»: число от 1 до 12')).toBeTruthy();
  expect(screen.getByText('«Период»: дата окончания не раньше даты начала')).toBeTruthy();
  expect(onSubmit).not.toHaveBeenCalled();
});

test('the filled form is sent as the server takes it: contacts apart, answers by key in the form’s order', async () => {
  const { onSubmit } = renderForm({ favoriteVacancies: [driver, storekeeper] });
  addTag('Желаемые должности', 'Водитель');
  fill('Зарплата от', '55000');
  fireEvent.click(screen.getByLabelText('Сменный график'));
  fireEvent.click(screen.getByLabelText('Высшее — бакалавриат'));
  fill('Период: с', '2027-05-01');
  fill('Период: по', '2027-08-31');
  fireEvent.click(screen.getByLabelText('Хочу пройти тестирование'));
  fill('Другие пожелания', '  Рядом с домом  ');
  fireEvent.mouseDown(screen.getByLabelText('Самостоятельно найденные вакансии'));
  fireEvent.click(await screen.findByText('Водитель категории C — ООО «АлтайАгроТранс»'));
  fill('Комментарий', '  Звоните после 14:00 ');
  fireEvent.click(screen.getByLabelText(/г\. Бийск,/));
  await waitFor(() => expect(screen.getByLabelText(/г\. Бийск,/).getAttribute('aria-pressed')).toBe('true'));
  submit();
  await waitFor(() =>
    expect(onSubmit).toHaveBeenCalledWith({
      jobCenterId: 'jc-2',
      contactPhone: '+79131234567',
      contactEmail: 'ivanov@example.ru',
      comment: 'Звоните после 14:00',
      fields: [
        { key: 'desiredPositions', values: ['Водитель'] },
        { key: 'salaryFrom', value: '55000' },
        { key: 'schedule', values: ['SHIFT'] },
        { key: 'education', value: 'HIGHER_BACHELOR' },
        { key: 'period', values: ['2027-05-01', '2027-08-31'] },
        { key: 'testing', value: 'true' },
        { key: 'wishes', value: 'Рядом с домом' },
        { key: 'foundVacancies', values: ['v-1'] },
      ],
    }),
  );
});

test('found vacancies: with no favourites the field says where to add them; with some it offers them, withdrawn ones marked and not choosable', async () => {
  const { view } = renderForm();
  expect(screen.getByText('Добавьте вакансии в избранное в Банке вакансий')).toBeTruthy();
  expect((screen.getByLabelText('Самостоятельно найденные вакансии') as HTMLInputElement).disabled).toBe(
    true,
  );
  view.unmount();
  renderForm({ favoriteVacancies: [driver, storekeeper] });
  expect(screen.queryByText('Добавьте вакансии в избранное в Банке вакансий')).toBeNull();
  expect(screen.getByText('Вакансии из избранного')).toBeTruthy();
  const picker = screen.getByLabelText('Самостоятельно найденные вакансии') as HTMLInputElement;
  expect(picker.disabled).toBe(false);
  fireEvent.mouseDown(picker);
  const withdrawn = await screen.findByText('Кладовщик — ООО «Склад-Сервис» (снята с публикации)');
  expect(withdrawn.closest('[aria-disabled="true"]')).toBeTruthy();
  expect(
    screen.getByText('Водитель категории C — ООО «АлтайАгроТранс»').closest('[aria-disabled="true"]'),
  ).toBeNull();
});

test('the server’s refusals are shown on the fields they name, and one naming no field above the button', async () => {
  renderForm({
    problems: [
      { field: 'contactPhone', message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX' },
      { field: 'fields.salaryFrom', message: '«Зарплата от»: число от 1 до 1 000 000' },
    ],
  });
  expect(await screen.findByText('Укажите телефон в формате +7 (XXX) XXX-XX-XX')).toBeTruthy();
  expect(screen.getByText('«Зарплата от»: число от 1 до 1 000 000')).toBeTruthy();
  expect(
    within(screen.getByRole('alert')).getByText('Нужно исправить полей: 2. Они отмечены красным.'),
  ).toBeTruthy();
});

test('a refusal of the service itself stands alone', async () => {
  renderForm({ problems: [{ field: 'type', message: 'Услуга доступна при открытом личном деле' }] });
  expect(await screen.findByText('Услуга доступна при открытом личном деле')).toBeTruthy();
});

test('while sending, the form is locked and says so to screen readers', () => {
  renderForm({ busy: true });
  expect(screen.getByText('Отправляем заявление…')).toBeTruthy();
  expect((screen.getByLabelText('Контактный телефон') as HTMLInputElement).disabled).toBe(true);
});
