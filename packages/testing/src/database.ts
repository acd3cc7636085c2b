import { createScratchDatabase, type Database } from '@czn/devdb';

export type { Database };

/** A fresh database on the test server (DATABASE_URL, or the embedded one jest's global setup started). */
export function createTestDatabase(): Promise<Database> {
  const serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) throw new Error('DATABASE_URL не задан: запускайте тесты через npm test');
  return createScratchDatabase(serverUrl);
}

export const TEST_INTERNAL_SECRET = 'test-internal-secret-which-is-long-enough-0123456789';
