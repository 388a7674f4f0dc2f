import path from 'node:path';
import { getEnv } from '../config/env';
import { applyMigrations } from './apply-migrations';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './start-embedded-postgres';

/**
 * Makes sure a migrated database is reachable and `process.env.DATABASE_URL`
 * names it: the configured one, else the embedded Postgres. Every entry point
 * (start script, CLI, tests) calls this before touching Prisma.
 */
export async function prepareDatabase(): Promise<{
  url: string;
  embedded: EmbeddedDatabase | null;
}> {
  const env = getEnv();
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;

  if (!url) {
    embedded = await startEmbeddedPostgres(
      env.VERDICT_PG_DIR ?? path.join(env.VERDICT_DATA_DIR, 'postgres'),
      env.VERDICT_EMBEDDED_PG_PORT,
    );
    url = embedded.url;
    process.env.DATABASE_URL = url;
  }
  await applyMigrations(url);

  return { url, embedded };
}
