import type { Job } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';

/** A RUNNING job whose heartbeat is older than this lost its worker and may be taken over. */
export const STALE_AFTER_SECONDS = 20;

/**
 * Claims one job for this worker: the given one, or the oldest waiting one.
 * `FOR UPDATE SKIP LOCKED` lets any number of processes (web app, CLI, later
 * trainer workers) poll the same table without ever claiming the same job.
 */
export async function claimJob(prisma: PrismaClient, jobId?: string): Promise<Job | null> {
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `UPDATE "Job" SET status = 'RUNNING', "startedAt" = COALESCE("startedAt", now()),
            "heartbeatAt" = now()
      WHERE id = (
        SELECT id FROM "Job"
         WHERE ($1::text IS NULL OR id = $1)
           AND (status = 'QUEUED'
                OR (status = 'RUNNING' AND "heartbeatAt" < now() - make_interval(secs => $2)))
         ORDER BY "createdAt"
         FOR UPDATE SKIP LOCKED
         LIMIT 1)
      RETURNING id`,
    jobId ?? null,
    STALE_AFTER_SECONDS,
  );
  const claimed = rows[0];

  return claimed ? prisma.job.findUnique({ where: { id: claimed.id } }) : null;
}
