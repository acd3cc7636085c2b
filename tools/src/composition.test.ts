import { composeSupergraph, readComposedFile, type ComposedFile } from './compose';

test('the committed supergraph, API schema and subscriptions are what the subgraphs compose to (run `npm run compose` if not)', async () => {
  const composition = await composeSupergraph();
  for (const file of Object.keys(composition) as ComposedFile[]) {
    expect([file, composition[file]]).toEqual([file, readComposedFile(file)]);
  }
});
