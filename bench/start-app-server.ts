import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { keepFileUnchanged } from './keep-file-unchanged';
import { listServerProcesses, readStartTime } from './list-server-processes';

export interface AppServerOptions {
  port: number;
  /** Embedded Postgres data folder and port; ignored when DATABASE_URL is set. */
  pgDir: string;
  pgPort: number;
  /** Server stdout and stderr go here, so the bench output stays readable. */
  logFile: string;
  /** Long enough for the first `next build`, which the start script runs when needed. */
  readyTimeoutMs: number;
  /** Run after the server is stopped on Ctrl+C, before the bench exits. */
  cleanUpOnSignal?: () => Promise<void>;
}

export interface AppServer {
  baseUrl: string;
  /** The process group the start script leads; Next and Postgres are its descendants. */
  groupId: number;
  /** Seconds from spawn until /api/health answered. */
  startSeconds: number;
  /** Stops every process of the server; resolves once none is left. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the real app (`scripts/start.ts`, as `npm start` does) in its own process group
 * and waits for `GET /api/health`. Node runs the script with tsx as a loader, so the
 * group leader is the start script itself and its own Ctrl+C handling stops Next and
 * then the database; anything still alive after that is killed by pid.
 */
export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  if (await isHealthy(baseUrl)) {
    throw new Error(`something already answers on ${baseUrl}; stop it or pick another port`);
  }

  const log = openSync(options.logFile, 'a');
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!env.DATABASE_URL) {
    env.VERDICT_PG_DIR = options.pgDir;
    env.VERDICT_EMBEDDED_PG_PORT = String(options.pgPort);
  }
  const restoreTsconfig = keepFileUnchanged('tsconfig.json');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join('scripts', 'start.ts'),
      '--port',
      String(options.port),
      '--no-demo',
    ],
    { detached: true, stdio: ['ignore', log, log], env },
  );
  const groupId = child.pid!;
  let exited: number | null | undefined;
  child.on('exit', (code) => {
    exited = code;
  });

  // The server is in a group of its own, so Ctrl+C on the bench does not reach it:
  // stop it from here, from spawn on (a first start spends a minute in `next build`).
  let stopping: Promise<void> | null = null;
  const onSignal = () =>
    void stop()
      .then(() => options.cleanUpOnSignal?.())
      .finally(() => process.exit(130));
  const stop = () => {
    stopping ??= stopServerProcesses(groupId, () => exited !== undefined).finally(() => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    });
    return stopping;
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const deadline = performance.now() + options.readyTimeoutMs;
  while (!(await isHealthy(baseUrl))) {
    if (exited !== undefined || performance.now() > deadline) {
      await stop();
      restoreTsconfig();
      const why = exited !== undefined ? `exited with ${exited}` : 'did not become healthy';
      throw new Error(`the app server ${why}; last log lines:\n${tail(options.logFile, 30)}`);
    }
    await sleep(500);
  }
  // Healthy means any build is over, so Next will not touch the file again.
  if (restoreTsconfig()) {
    process.stderr.write('… next build had rewritten tsconfig.json; restored it\n');
  }

  return { baseUrl, groupId, startSeconds: (performance.now() - started) / 1000, stop };
}

/**
 * Stops the server the polite way first: SIGTERM to the start script, whose handler
 * stops Next and then Postgres (which stops its own children). Whatever is still alive
 * after that, including Postgres children whose parent was killed, gets SIGTERM and then
 * SIGKILL, by pid, and only while the pid still names the process the bench saw.
 */
async function stopServerProcesses(groupId: number, leaderExited: () => boolean) {
  const known = new Map<number, number>();
  const remember = () => {
    for (const entry of listServerProcesses(groupId)) known.set(entry.pid, entry.startTime);
  };
  const alive = () => {
    remember();
    return [...known].filter(([pid, startTime]) => readStartTime(pid) === startTime);
  };
  const waitUntilGone = async (timeoutMs: number) => {
    const deadline = performance.now() + timeoutMs;
    while (alive().length > 0 && performance.now() < deadline) await sleep(200);
    return alive().length === 0;
  };
  const signalAll = (name: NodeJS.Signals) => {
    for (const [pid] of alive()) {
      try {
        process.kill(pid, name);
      } catch {
        // Gone since the check.
      }
    }
  };

  remember();
  if (!leaderExited()) {
    try {
      process.kill(groupId, 'SIGTERM');
    } catch {
      // Exited since the check.
    }
  }
  if (await waitUntilGone(20_000)) return;
  signalAll('SIGTERM');
  if (await waitUntilGone(5_000)) return;
  signalAll('SIGKILL');
  if (!(await waitUntilGone(5_000))) {
    const left = alive().map(([pid]) => pid);
    throw new Error(`app server processes survived SIGKILL: ${left.join(', ')}`);
  }
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    return response.ok;
  } catch {
    return false;
  }
}

function tail(file: string, lines: number): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
