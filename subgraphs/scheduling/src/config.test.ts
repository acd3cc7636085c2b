import { spawnSync } from 'node:child_process';
import path from 'node:path';

test('the service refuses to start with wrong settings, naming each, and exits 1', () => {
  const main = path.join(__dirname, '..', 'dist', 'index.js');
  const result = spawnSync(process.execPath, [main], {
    env: { PATH: process.env['PATH'], PORT: '99999', INTERNAL_TOKEN_SECRET: 'short' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('[scheduling] Настройки заданы неверно');
  expect(result.stderr).toMatch(/DATABASE_URL: обязателен/);
  expect(result.stderr).toMatch(/PORT: должен быть от 0 до 65535/);
  expect(result.stderr).toMatch(/INTERNAL_TOKEN_SECRET: должен быть не короче 32 символов/);
});
