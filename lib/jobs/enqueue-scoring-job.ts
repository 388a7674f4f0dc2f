import type { PrismaClient } from '../db/prisma';

export const SCORING_JOB = 'score-examples';

/**
 * Queues the background scoring of a project's unscored examples. A job that is
 * already waiting or running for the same model is reused, so importing twice
 * in a row does not score twice.
 */
export async function enqueueScoringJob(
  prisma: PrismaClient,
  projectId: string,
  modelVersionId: string,
) {
  const open = await prisma.job.findFirst({
    where: { projectId, modelVersionId, type: SCORING_JOB, status: { in: ['QUEUED', 'RUNNING'] } },
    orderBy: { createdAt: 'desc' },
  });
  const total = await prisma.example.count({ where: { projectId } });
  if (open) return prisma.job.update({ where: { id: open.id }, data: { total } });

  return prisma.job.create({
    data: { type: SCORING_JOB, projectId, modelVersionId, total, status: 'QUEUED' },
  });
}
