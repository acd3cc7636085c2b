/**
 * Typed GraphQL operations of the web apps, generated from the gateway's API schema (`npm run codegen`).
 * Each package gets its own `src/gql/`, and @czn/ui also the enums' Russian labels (`src/gql/labels.ts`);
 * a test fails when a committed file differs from what this makes.
 */
const WEB_PACKAGES = ['packages/ui', 'web-citizen', 'web-employer', 'web-staff'];

const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { DateTimeISO: 'string', ID: 'string' },
  },
};

module.exports = {
  schema: 'gateway/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    ...Object.fromEntries(
      WEB_PACKAGES.map((dir) => [
        `${dir}/src/gql/`,
        { documents: [`${dir}/src/**/*.{ts,tsx}`, `!${dir}/src/gql/**`], ...clientPreset },
      ]),
    ),
    'packages/ui/src/gql/labels.ts': { plugins: ['./codegen-enum-labels.js'] },
  },
};
