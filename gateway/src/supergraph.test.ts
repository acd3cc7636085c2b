import { composeSupergraph } from './compose';
import { readApiSchema, readSupergraph } from './supergraph';

test('the committed supergraph and API schema are what the subgraphs compose to (run `npm run compose` if not)', async () => {
  const { supergraphSdl, apiSchemaSdl } = await composeSupergraph();
  expect(supergraphSdl).toBe(readSupergraph());
  expect(apiSchemaSdl).toBe(readApiSchema());
});
