/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DecisionFormProps } from '../appeal/DecisionForm';
import { CompleteReferralForm, DeclineReferralForm } from './OutcomeForms';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

const forms = [
  {
    Form: CompleteReferralForm,
    label: 'Что сделано',
    submit: 'Отметить исполненным',
    missing: 'Опишите, что сделано по направлению',
  },
  {
    Form: DeclineReferralForm,
    label: 'Причина отклонения',
    submit: 'Отклонить направление',
    missing: 'Укажите, почему направление отклонено',
  },
];

function renderForm(Form: (props: DecisionFormProps) => React.ReactNode, onSubmit: jest.Mock) {
  render(
    <UiProvider>
      <Form onSubmit={onSubmit} onCancel={jest.fn()} />
    </UiProvider>,
  );
  return userEvent.setup();
}

describe.each(forms)('$submit', ({ Form, label, submit, missing }) => {
  test('the outcome is required: an empty or blank one is not sent, and the field says why in Russian', async () => {
    const onSubmit = jest.fn();
    const user = renderForm(Form, onSubmit);

    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(missing)).toBeTruthy();

    await user.click(screen.getByLabelText(label));
    await user.paste('  \n ');
    await user.click(screen.getByRole('button', { name: submit }));
    expect(await screen.findByText(missing)).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('more than the server keeps (2000 characters) is not sent', async () => {
    const onSubmit = jest.fn();
    const user = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('я'.repeat(2001));
    await user.click(screen.getByRole('button', { name: submit }));

    expect(await screen.findByText('Не больше 2000 символов (сейчас 2001)')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a written outcome is sent trimmed', async () => {
    const onSubmit = jest.fn().mockResolvedValue(undefined);
    const user = renderForm(Form, onSubmit);

    await user.click(screen.getByLabelText(label));
    await user.paste('  Рассрочка по алиментам оформлена  ');
    await user.click(screen.getByRole('button', { name: submit }));

    expect(onSubmit).toHaveBeenCalledWith('Рассрочка по алиментам оформлена');
  });
});
