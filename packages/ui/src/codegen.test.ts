import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');

/** Codegen's CLI ships ES modules jest cannot load, so it runs in its own node, writing nothing. */
const generateInMemory = `
  const { generate } = require('@graphql-codegen/cli');
  generate({ ...require('./codegen.js'), silent: true }, false).then(
    (outputs) => process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content })))),
    (error) => { console.error(error); process.exit(1); },
  );
`;

test('the committed typed operations of every web app and the enum labels match the gateway schema (run `npm run codegen` if not)', () => {
  const outputs = JSON.parse(
    execFileSync(process.execPath, ['-e', generateInMemory], { cwd: root, encoding: 'utf8' }),
  ) as Array<{ filename: string; content: string }>;
  expect(outputs.length).toBeGreaterThanOrEqual(4);
  for (const { filename, content } of outputs) {
    expect({ filename, content: readFileSync(path.join(root, filename), 'utf8') }).toEqual({
      filename,
      content,
    });
  }
});
