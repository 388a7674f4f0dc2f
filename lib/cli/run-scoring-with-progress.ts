import type { PrismaClient } from '../db/prisma';
import { claimJob } from '../jobs/claim-job';
import { runJob } from '../jobs/run-job';
import { progressLine } from './progress-line';

/**
 * Runs the scoring job an import queued, here in the CLI, with progress on
 * stderr. If the web app's worker claimed it first, follows its progress instead.
 */
export async function runScoringWithProgress(prisma: PrismaClient, jobId: string): Promise<void> {
  const progress = progressLine('scoring');
  const job = await claimJob(prisma, jobId);

  if (job) {
    const finished = await runJob(prisma, job, ({ scored, total }) =>
      progress.update(scored, total),
    );
    progress.end();
    if (finished.status === 'FAILED') throw new Error(`Scoring failed: ${finished.error}`);
    return;
  }

  for (;;) {
    const current = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
    progress.update(current.processed, current.total);
    if (current.status === 'DONE') break;
    if (current.status === 'FAILED') {
      progress.end();
      throw new Error(`Scoring failed: ${current.error}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  progress.end();
}
