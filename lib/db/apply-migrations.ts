import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createLogger } from '../log/logger';

const run = promisify(execFile);
const log = createLogger('db');

/**
 * Applies the committed migrations in `prisma/migrations` with `prisma migrate
 * deploy`. The CLI takes ~10 s to boot its WASM engine, so it is skipped when
 * the database already records every migration as finished.
 */
export async function applyMigrations(databaseUrl: string, cwd = process.cwd()): Promise<void> {
  const migrationsDir = path.join(cwd, 'prisma', 'migrations');
  const expected = (await readdir(migrationsDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  if (await allApplied(databaseUrl, expected)) return;

  const prismaBin = path.join(cwd, 'node_modules', '.bin', 'prisma');
  const started = Date.now();
  try {
    await run(prismaBin, ['migrate', 'deploy'], {
      cwd,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        CHECKPOINT_DISABLE: '1',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
      },
    });
    log.info({ ms: Date.now() - started, migrations: expected.length }, 'database migrated');
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `Applying database migrations failed:\n${output.stdout ?? ''}${output.stderr ?? output.message}`,
    );
  }
}

async function allApplied(databaseUrl: string, expected: string[]): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public._prisma_migrations') AS t");
    if (!table.rows[0]?.t) return false;

    const done = await client.query<{ migration_name: string }>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(done.rows.map((row) => row.migration_name));

    return expected.every((name) => applied.has(name));
  } finally {
    await client.end();
  }
}
