import { parseConfig } from '@czn/kernel';
import { configShape } from './config';

const required = {
  INTERNAL_TOKEN_SECRET: 'a-secret-for-this-test-that-is-long-enough-0123456789',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
};

test('identity’s subgraph defaults to the developer machine’s and must be an address', () => {
  expect(parseConfig(configShape, required).IDENTITY_SUBGRAPH_URL).toBe('http://localhost:4001/graphql');
  expect(
    parseConfig(configShape, { ...required, IDENTITY_SUBGRAPH_URL: 'http://identity:4001/graphql' })
      .IDENTITY_SUBGRAPH_URL,
  ).toBe('http://identity:4001/graphql');
  expect(() => parseConfig(configShape, { ...required, IDENTITY_SUBGRAPH_URL: 'identity' })).toThrow(
    'IDENTITY_SUBGRAPH_URL: должен быть адресом подграфа identity вида http://identity:4001/graphql',
  );
});
