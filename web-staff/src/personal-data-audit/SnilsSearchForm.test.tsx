/** @jest-environment jsdom */
import { UiProvider } from '@czn/ui';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SnilsSearchForm, type SnilsSearchFormProps } from './SnilsSearchForm';

// antd renders its styles in jsdom too: slow on a busy machine.
jest.setTimeout(30_000);

function renderForm(props: Partial<SnilsSearchFormProps> = {}) {
  const onSearch = jest.fn();
  const view = render(
    <UiProvider>
      <SnilsSearchForm initial="" onSearch={onSearch} refusal={null} searching={false} {...props} />
    </UiProvider>,
  );
  return { onSearch, user: userEvent.setup(), ...view };
}

test('the field is labelled and hinted; a SNILS typed any usual way is searched by its digits on Enter', async () => {
  const { onSearch, user } = renderForm();
  const field = screen.getByLabelText('СНИЛС');
  expect(screen.getByText('11 цифр, например 112-233-445 95')).toBeTruthy();

  await user.type(field, '112 233 445-95{Enter}');
  await waitFor(() => expect(onSearch).toHaveBeenCalledWith('11223344595'));
});

test('an empty or malformed SNILS is not searched, and the field says why', async () => {
  const { onSearch, user } = renderForm();
  await user.click(screen.getByRole('button', { name: 'Найти' }));
  expect(await screen.findByText('Введите СНИЛС человека')).toBeTruthy();

  await user.type(screen.getByLabelText('СНИЛС'), '112-233-445');
  await user.click(screen.getByRole('button', { name: 'Найти' }));
  expect(
    await screen.findByText('СНИЛС — 11 цифр, можно с дефисами и пробелом: 112-233-445 95'),
  ).toBeTruthy();
  expect(onSearch).not.toHaveBeenCalled();
});

test('the server’s refusal is said on the field', async () => {
  renderForm({
    initial: '000-000-000 01',
    refusal: { message: 'Человек со СНИЛС 000-000-000 01 на портале не найден' },
  });
  expect(await screen.findByText('Человек со СНИЛС 000-000-000 01 на портале не найден')).toBeTruthy();
  expect(screen.getByLabelText('СНИЛС').getAttribute('aria-invalid')).toBe('true');
});
