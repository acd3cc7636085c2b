/** One jest run over every workspace; each workspace is a project with its own tests beside its code. */
const path = require('node:path');
const { SUBGRAPHS } = require('./packages/platform');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const swcReact = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const workspaces = [
  'packages/kernel',
  'packages/devdb',
  'packages/events',
  'packages/ui',
  'packages/platform',
  ...SUBGRAPHS.map(({ name }) => `subgraphs/${name}`),
  'gateway',
  'tools',
  'esia-stub',
  'web-citizen',
  'web-employer',
  'web-staff',
  'e2e',
];

/** Where tests render React: jsdom, with what antd expects of a browser. */
const isWeb = (dir) => dir === 'packages/ui' || dir.startsWith('web-');

/** Tests import workspace packages from source, so no build is needed between an edit and a test. */
const moduleNameMapper = {
  '^@czn/(kernel|devdb|testing|demo|events|ui|platform)$': '<rootDir>/../../packages/$1/src',
  [`^@czn/(${SUBGRAPHS.map(({ name }) => name).join('|')})$`]: '<rootDir>/../../subgraphs/$1/src/subgraph',
  '^@czn/tools$': '<rootDir>/../../tools/src',
  '^@czn/gateway$': '<rootDir>/../../gateway/src/server',
  '^@czn/esia-stub$': '<rootDir>/../../esia-stub/src/stub',
};

module.exports = {
  // Two cores run the suites side by side: a database test that takes 2 s alone can take 6 under that load.
  testTimeout: 30_000,
  globalSetup: './scripts/jest-global-setup.js',
  globalTeardown: './scripts/jest-global-teardown.js',
  projects: workspaces.map((dir) => ({
    displayName: dir.split('/').pop(),
    rootDir: path.join(__dirname, dir),
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
    transform: { '^.+\\.ts$': swc, '^.+\\.tsx$': swcReact },
    setupFiles: isWeb(dir) ? [path.join(__dirname, 'packages/ui/src/test/jsdom-setup.ts')] : [],
    moduleNameMapper: {
      '\\.css$': path.join(__dirname, 'packages/ui/src/test/style-stub.ts'),
      ...Object.fromEntries(
        Object.entries(moduleNameMapper).map(([k, v]) => [
          k,
          dir.includes('/') ? v : v.replace('../../', '../'),
        ]),
      ),
    },
  })),
};
