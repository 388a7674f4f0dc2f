import path from 'node:path';

/**
 * Tests use DATABASE_URL when it is set (CI: the machine's Postgres), else an
 * embedded Postgres of their own (separate folder and port), so `npm test`
 * never touches the database of a running `npm start`.
 */
export function applyTestDatabaseEnv(): void {
  if (process.env.DATABASE_URL) return;

  const dataDir = process.env.VERDICT_DATA_DIR ?? path.join(process.cwd(), 'data');
  process.env.VERDICT_PG_DIR ??= path.join(dataDir, 'test-postgres');
  process.env.VERDICT_EMBEDDED_PG_PORT ??= '54330';
}
