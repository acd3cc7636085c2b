/** @jest-environment jsdom */
import { act, render, screen } from '@testing-library/react';
import { ConnectionBanner } from './ConnectionBanner';
import { ConnectionContext, ConnectionMonitor } from './connection';

test('when the socket gives up, the banner asks the person to reload the page, with a button for it', () => {
  const monitor = new ConnectionMonitor();
  render(
    <ConnectionContext.Provider value={monitor}>
      <ConnectionBanner />
    </ConnectionContext.Provider>,
  );
  act(() => monitor.connected());
  act(() => monitor.lost());
  expect(screen.getByRole('status').textContent).toContain('Переподключаемся…');

  act(() => monitor.failed());
  const status = screen.getByRole('status');
  expect(status.textContent).toContain('Не удаётся восстановить связь. Обновите страницу');
  expect(status.textContent).not.toContain('Переподключаемся…');
  expect(screen.getByRole('button', { name: 'Обновить страницу' })).toBeTruthy();
});
