import type { PrismaClient } from '../db/prisma';
import { createLogger } from '../log/logger';
import { claimJob } from './claim-job';
import { runJob } from './run-job';

const log = createLogger('jobs');

const globalWorker = globalThis as unknown as { verdictWorker?: { stop: () => Promise<void> } };

/**
 * Polls the job table and runs jobs one at a time in this process. Started once
 * per web-app process; safe beside other workers thanks to SKIP LOCKED claims.
 */
export function startJobWorker(prisma: PrismaClient, pollMs = 1000): { stop: () => Promise<void> } {
  if (globalWorker.verdictWorker) return globalWorker.verdictWorker;

  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let failures = 0;

  const tick = async () => {
    if (stopped) return;
    try {
      const job = await claimJob(prisma);
      if (failures > 0) log.info({ failures }, 'job worker reaches the database again');
      failures = 0;
      if (job) {
        current = runJob(prisma, job);
        await current;
        setImmediate(tick);
        return;
      }
    } catch (error) {
      // One line when polling starts failing (database down), not one per second.
      if (failures === 0) log.error({ err: error }, 'job worker cannot poll; retrying quietly');
      failures++;
    }
    // Back off up to 30 s while the database is unreachable.
    timer = setTimeout(tick, Math.min(pollMs * 2 ** failures, 30_000));
  };
  timer = setTimeout(tick, 0);
  log.info({ pollMs }, 'job worker started');

  globalWorker.verdictWorker = {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current.catch(() => {});
      globalWorker.verdictWorker = undefined;
    },
  };

  return globalWorker.verdictWorker;
}
