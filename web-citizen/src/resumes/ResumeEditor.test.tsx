/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ResumeEditor, type ResumeEditorProps } from './ResumeEditor';
import { resumeInput, valuesFromProfile } from './resume-values';

// Role queries walk antd's whole tree with computed styles; text and label queries find the same nodes faster.
jest.setTimeout(30_000);

const profile = {
  id: 'u-1',
  fullName: 'Иванов Иван Иванович',
  phone: '+79131234567',
  email: 'ivanov@example.ru',
  birthDate: '1985-03-14',
  registrationAddress: 'г. Барнаул, пр-кт Ленина, д. 10',
};

function renderEditor(overrides: Partial<ResumeEditorProps> = {}) {
  const onSubmit = jest.fn();
  const view = render(
    <UiProvider>
      <ResumeEditor
        initialValues={valuesFromProfile(profile)}
        busy={false}
        problem={null}
        submitLabel="Сохранить и отправить на проверку"
        onSubmit={onSubmit}
        {...overrides}
      />
    </UiProvider>,
  );
  return { onSubmit, view };
}

const fill = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByText('Сохранить и отправить на проверку'));

test('contacts come from the profile; the desired position is required, in Russian', async () => {
  const { onSubmit } = renderEditor();
  // The consent checkboxes «ФИО» and «Адрес» share the words; the text fields are the first of each.
  expect((screen.getAllByLabelText('ФИО')[0] as HTMLInputElement).value).toBe('Иванов Иван Иванович');
  expect((screen.getAllByLabelText('Адрес')[0] as HTMLInputElement).value).toBe(
    'г. Барнаул, пр-кт Ленина, д. 10',
  );
  save();
  expect(await screen.findByText('Укажите желаемую должность')).toBeTruthy();
  expect(onSubmit).not.toHaveBeenCalled();
});

test('educations and places of work are added and removed; «по настоящее время» leaves the end empty', async () => {
  const { onSubmit } = renderEditor();
  fill('Желаемая должность', 'Бухгалтер');
  fireEvent.click(screen.getByText('Добавить образование'));
  fireEvent.click(screen.getByText('Добавить образование'));
  expect(screen.getByText('Образование 2')).toBeTruthy();
  fireEvent.click(screen.getByText('Удалить образование 2'));
  expect(screen.queryByText('Образование 2')).toBeNull();
  fireEvent.click(screen.getByText('Удалить образование 1'));

  fireEvent.click(screen.getByText('Добавить место работы'));
  fill('Организация', 'ООО «Алтай»');
  fill('Должность', 'Бухгалтер');
  fill('Начало работы', '2015-04');
  fill('Окончание работы', '2020-01');
  fireEvent.click(screen.getByLabelText('По настоящее время'));
  expect((screen.getByLabelText('Окончание работы') as HTMLInputElement).disabled).toBe(true);
  save();
  await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  const input = resumeInput(onSubmit.mock.calls[0][0]);
  expect(input.educations).toEqual([]);
  expect(input.experiences).toEqual([
    { organization: 'ООО «Алтай»', position: 'Бухгалтер', from: '2015-04', to: null, duties: null },
  ]);
  expect(input.desiredPosition).toBe('Бухгалтер');
});

test('without consent to publish the per-field checkboxes are off limits; unticked fields are sent unticked', async () => {
  const { onSubmit } = renderEditor();
  fill('Желаемая должность', 'Бухгалтер');
  fireEvent.click(screen.getByLabelText('Публиковать телефоны'));
  fireEvent.click(screen.getByLabelText('Согласен на публикацию'));
  for (const label of ['ФИО', 'адрес', 'телефоны', 'возраст'])
    await waitFor(() =>
      expect((screen.getByLabelText(`Публиковать ${label}`) as HTMLInputElement).disabled).toBe(true),
    );
  save();
  await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  expect(resumeInput(onSubmit.mock.calls[0][0]).consent).toEqual({
    publish: false,
    publishName: true,
    publishAddress: true,
    publishPhone: false,
    publishAge: true,
  });
});

test('a field the server refused shows its message on that field, nested ones included', async () => {
  renderEditor({
    initialValues: {
      ...valuesFromProfile(profile),
      experiences: [
        { organization: 'ООО', position: 'Кассир', from: '2019-05', to: '2018-01', current: false },
      ],
    },
    problem: { field: 'experiences[0].to', message: 'Окончание работы раньше начала: проверьте даты' },
  });
  // On the field and in the alert above the buttons.
  await waitFor(() =>
    expect(screen.getAllByText('Окончание работы раньше начала: проверьте даты')).toHaveLength(2),
  );
  expect(screen.getByLabelText('Окончание работы').getAttribute('aria-invalid')).toBe('true');
});
