import { ConfigError, databaseConfigShape, parseConfig, portSetting, serviceConfigShape } from './config';

const shape = { ...serviceConfigShape, ...databaseConfigShape, PORT: portSetting(4002) };

test('every problem is listed at once, each naming its setting', () => {
  let error: unknown;
  try {
    parseConfig(shape, { NODE_ENV: 'staging', PORT: 'восемь', DATABASE_URL: 'mysql://x' });
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const problems = (error as ConfigError).problems;
  expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
    'DATABASE_URL',
    'INTERNAL_TOKEN_SECRET',
    'NODE_ENV',
    'PORT',
  ]);
  expect((error as ConfigError).message).toContain('INTERNAL_TOKEN_SECRET: обязателен');
});

test('defaults fill what is optional', () => {
  const config = parseConfig(shape, {
    INTERNAL_TOKEN_SECRET: 'x'.repeat(32),
    DATABASE_URL: 'postgres://localhost/czn',
  });
  expect(config).toMatchObject({ NODE_ENV: 'development', LOG_LEVEL: 'info', PORT: 4002 });
});
