import { composeSupergraph } from './compose';
import { readSupergraph } from './supergraph';

test('the committed supergraph is what the subgraphs compose to (run `npm run compose` if not)', async () => {
  expect(await composeSupergraph()).toBe(readSupergraph());
});
