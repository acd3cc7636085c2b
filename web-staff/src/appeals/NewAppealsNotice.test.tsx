/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewAppealsNotice } from './NewAppealsNotice';

test('the count of new appeals is a status, announced as it changes, and can be acknowledged', async () => {
  const acknowledge = jest.fn();
  const { rerender } = render(<NewAppealsNotice count={0} onAcknowledge={acknowledge} />);
  const status = screen.getByRole('status');
  expect(status.textContent).toBe('');
  expect(screen.queryByRole('button')).toBeNull();

  rerender(<NewAppealsNotice count={2} onAcknowledge={acknowledge} />);
  expect(screen.getByRole('status')).toBe(status);
  expect(status.textContent).toBe('Новых обращений: 2');

  await userEvent.click(screen.getByRole('button', { name: 'Отметить просмотренными' }));
  expect(acknowledge).toHaveBeenCalled();
});
