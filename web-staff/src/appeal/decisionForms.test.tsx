/** @jest-environment jsdom */
import { CombinedGraphQLErrors } from '@apollo/client';
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ACCOUNT_FORMAT, regionToday } from '../cases/case-fields';
import { CompleteAppealForm } from './CompleteAppealForm';
import type { DecisionFormProps } from './DecisionForm';
import { RejectAppealForm } from './RejectAppealForm';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const forms = [
  {
    Form: CompleteAppealForm,
    label: 'Результат оказания услуги',
    submit: 'Исполнить обращение',
    missing: 'Опишите результат оказания услуги',
    field: 'result',
    max: 4000,
  },
  {
    Form: RejectAppealForm,
    label: 'Причина отказа',
    submit: 'Отказать в услуге',
    missing: 'Укажите причину отказа',
    field: 'reason',
    max: 2000,
  },
];

function renderForm(
  Form: (props: DecisionFormProps) => React.ReactNode,
  onSubmit: DecisionFormProps['onSubmit'],
) {
  const onCancel = jest.fn();
  render(
    <UiProvider>
      <Form onSubmit={onSubmit} onCancel={onCancel} />
    </UiProvider>,
  );
  return { onCancel, user: userEvent.setup() };
}

describe.each(forms)('$submit', ({ Form, label, submit, missing, field, max }) => {
  test('an empty or blank text is not sent, and the field says why', async () => {
    const onSubmit = jest.fn();
    const { user } = renderForm(Form, onSubmit);

    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(missing)).toBeTruthy();

    await user.click(screen.getByLabelText(label));
    await user.paste('   ');
    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(missing)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test(`more than ${max} characters is not sent`, async () => {
    const onSubmit = jest.fn();
    const { user } = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('я'.repeat(max + 1));
    await user.click(screen.getByRole('button', { name: submit }));

    expect(await screen.findByText(`Не больше ${max} символов (сейчас ${max + 1})`)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a valid text is sent trimmed', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const { user } = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('  Направлен на собеседование  ');
    await user.click(screen.getByRole('button', { name: submit }));

    expect(onSubmit.mock.calls[0][0]).toBe('Направлен на собеседование');
  });

  test("the server's complaint about the text is shown on the field", async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [{ message: 'Текст не принят', extensions: { code: 'BAD_USER_INPUT', field } }],
      }),
    );
    const { user } = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('Текст');
    await user.click(screen.getByRole('button', { name: submit }));

    expect((await screen.findByText('Текст не принят')).closest('.ant-form-item')).toBeTruthy();
  });

  test("any other refusal is shown next to the form as the server's message", async () => {
    const onSubmit = jest.fn().mockRejectedValue(
      new CombinedGraphQLErrors({
        errors: [{ message: 'Обращение уже исполнено', extensions: { code: 'CONFLICT' } }],
      }),
    );
    const { user } = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('Текст');
    await user.click(screen.getByRole('button', { name: submit }));

    expect((await screen.findByRole('alert')).textContent).toContain('Обращение уже исполнено');
  });

  test('«Отмена» closes the form', async () => {
    const { user, onCancel } = renderForm(Form, jest.fn());
    await user.click(screen.getByRole('button', { name: 'Отмена' }));
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('«Открыть личное дело» when completing a job-search appeal', () => {
  // Ticking the option renders the case's fields too: far slower in jsdom than the text alone.
  jest.setTimeout(120_000);
  const complete = (onSubmit: jest.Mock, opensCase: boolean) => {
    render(
      <UiProvider>
        <CompleteAppealForm onSubmit={onSubmit} onCancel={jest.fn()} opensCase={opensCase} />
      </UiProvider>,
    );
    return userEvent.setup();
  };

  test('ticked, the case is sent with the result: status, today’s date, the account typed', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = complete(onSubmit, true);
    await user.click(screen.getByLabelText('Результат оказания услуги'));
    await user.paste('Зарегистрирован как ищущий работу');
    await user.click(screen.getByRole('checkbox', { name: 'Открыть личное дело в нашем ЦЗН' }));
    await user.click(await screen.findByLabelText('Лицевой счёт'));
    await user.paste('4081 7810 0000');
    await user.click(screen.getByRole('button', { name: 'Исполнить обращение' }));
    expect(onSubmit).toHaveBeenCalledWith('Зарегистрирован как ищущий работу', {
      status: 'JOB_SEEKER',
      openedOn: regionToday(),
      personalAccountNumber: '4081 7810 0000',
    });
  });

  test('a malformed account is not sent; unticked, no case is', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = complete(onSubmit, true);
    await user.click(screen.getByLabelText('Результат оказания услуги'));
    await user.paste('Готово');
    await user.click(screen.getByRole('checkbox', { name: 'Открыть личное дело в нашем ЦЗН' }));
    await user.click(await screen.findByLabelText('Лицевой счёт'));
    await user.paste('12a');
    await user.click(screen.getByRole('button', { name: 'Исполнить обращение' }));
    expect(await screen.findByText(ACCOUNT_FORMAT)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(screen.getByRole('checkbox', { name: 'Открыть личное дело в нашем ЦЗН' }));
    await user.click(screen.getByRole('button', { name: 'Исполнить обращение' }));
    expect(onSubmit).toHaveBeenCalledWith('Готово', null);
  });

  test('other appeals have no such option', () => {
    complete(jest.fn(), false);
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
