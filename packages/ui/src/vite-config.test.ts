import path from 'node:path';
import { devServerFiles, webAppConfig } from '../vite-config';

const repository = path.resolve('/srv/czn');
const app = path.join(repository, 'web-citizen');

/** Issue 14: `/@fs/…` served any file of the repository, the embedded database's files under .data/ too. */
test("the development server serves the app, the UI kit and installed packages, never the repository's other files", () => {
  const files = devServerFiles(app);
  expect(files.strict).toBe(true);
  expect(files.allow).toEqual([
    app,
    path.join(repository, 'packages', 'ui'),
    path.join(repository, 'node_modules'),
  ]);
  expect(files.allow).not.toContain(repository);
  expect(files.deny).toEqual(expect.arrayContaining(['**/.data/**', '**/.git/**', '.env', '*.{crt,pem}']));
});

test('each app is configured so', () => {
  expect(webAppConfig(3000, app).server?.fs).toEqual(devServerFiles(app));
});
