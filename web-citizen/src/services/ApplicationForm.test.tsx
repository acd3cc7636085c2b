/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApplicationForm, type ApplicationFormProps } from './ApplicationForm';

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

function renderForm(overrides: Partial<ApplicationFormProps> = {}) {
  const onSubmit = jest.fn();
  render(
    <UiProvider>
      <ApplicationForm
        serviceLabel="Содействие в поиске подходящей работы"
        profile={{ id: 'u-1', fullName: 'Иванов Иван Иванович', phone: null, email: null }}
        jobCenters={[barnaul, biysk]}
        busy={false}
        problem={null}
        onSubmit={onSubmit}
        {...overrides}
      />
    </UiProvider>,
  );
  return onSubmit;
}

// Role queries walk antd's whole tree with computed styles; text and label queries find the same nodes faster.
jest.setTimeout(20_000);

const submit = () => fireEvent.click(screen.getByText('Подать заявление'));
const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

test('required fields say what to fill, in Russian', async () => {
  const onSubmit = renderForm();
  submit();
  expect(await screen.findByText('Укажите контактный телефон')).toBeTruthy();
  expect(screen.getByText('Выберите центр занятости')).toBeTruthy();
  expect(onSubmit).not.toHaveBeenCalled();
});

test('a malformed phone or e-mail is explained', async () => {
  renderForm();
  fill('Контактный телефон', '12-34');
  fill('Электронная почта', 'ivanov@');
  submit();
  expect(await screen.findByText('Укажите телефон в формате +7 (XXX) XXX-XX-XX')).toBeTruthy();
  expect(screen.getByText('Проверьте адрес электронной почты, например ivanov@mail.ru')).toBeTruthy();
});

test('the contacts come from the profile and a job centre can be chosen on the map', async () => {
  const onSubmit = renderForm({
    profile: {
      id: 'u-1',
      fullName: 'Иванов Иван Иванович',
      phone: '+79131234567',
      email: 'ivanov@example.ru',
    },
  });
  expect((screen.getByLabelText('Контактный телефон') as HTMLInputElement).value).toBe('+79131234567');
  fireEvent.click(screen.getByLabelText(/г\. Бийск,/));
  await waitFor(() => expect(screen.getByLabelText(/г\. Бийск,/).getAttribute('aria-pressed')).toBe('true'));
  fill('Комментарий', '  Ищу работу  ');
  submit();
  await waitFor(() =>
    expect(onSubmit).toHaveBeenCalledWith({
      jobCenterId: 'jc-2',
      contactPhone: '+79131234567',
      contactEmail: 'ivanov@example.ru',
      comment: 'Ищу работу',
    }),
  );
});

test('a comment over 2000 characters is refused with the limit', async () => {
  renderForm();
  fill('Комментарий', 'я'.repeat(2001));
  submit();
  expect(await screen.findByText('Не больше 2000 символов')).toBeTruthy();
});

test('a field the server refused shows the server’s message on that field', async () => {
  renderForm({ problem: { field: 'contactPhone', message: 'Укажите телефон в формате +7 (XXX) XXX-XX-XX' } });
  expect(await screen.findByText('Укажите телефон в формате +7 (XXX) XXX-XX-XX')).toBeTruthy();
});
