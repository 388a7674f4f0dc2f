import { getEnv } from '../config/env';
import type { Job } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';
import { createLogger } from '../log/logger';
import { getClassifier } from '../model/model-registry';
import type { ModelSpec } from '../model/model-spec';
import { type ScoreProgress, scorePendingExamples } from '../scoring/score-pending-examples';
import { SCORING_JOB } from './enqueue-scoring-job';

const log = createLogger('jobs');

/**
 * Runs a claimed job to its end, recording progress and a heartbeat in its row
 * so every process (and the UI) sees how far it is.
 */
export async function runJob(
  prisma: PrismaClient,
  job: Job,
  onProgress?: (progress: ScoreProgress) => void,
): Promise<Job> {
  const started = Date.now();
  log.info({ jobId: job.id, type: job.type, projectId: job.projectId }, 'job started');
  // A heartbeat on a timer, not per batch: one batch of a large model can outlast
  // STALE_AFTER_SECONDS, and another worker would then take a live job over.
  const heartbeat = setInterval(() => {
    prisma.job
      .update({ where: { id: job.id }, data: { heartbeatAt: new Date() } })
      .catch((error: unknown) => log.warn({ jobId: job.id, err: error }, 'heartbeat failed'));
  }, HEARTBEAT_MS);

  try {
    if (job.type !== SCORING_JOB || !job.modelVersionId) {
      throw new Error(`Unknown job type "${job.type}"; this version runs "${SCORING_JOB}" jobs.`);
    }
    const version = await prisma.modelVersion.findUniqueOrThrow({
      where: { id: job.modelVersionId },
    });
    const classifier = await getClassifier({
      id: version.id,
      kind: version.kind as ModelSpec['kind'],
      source: version.source,
      config: version.config as ModelSpec['config'],
    });
    const result = await scorePendingExamples(prisma, {
      projectId: job.projectId,
      modelVersionId: version.id,
      classifier,
      batchSize: getEnv().VERDICT_SCORE_BATCH_SIZE,
      onProgress: async (progress) => {
        onProgress?.(progress);
        await prisma.job.update({
          where: { id: job.id },
          data: { processed: progress.scored, total: progress.total, heartbeatAt: new Date() },
        });
      },
    });
    const done = await prisma.job.update({
      where: { id: job.id },
      data: {
        status: 'DONE',
        processed: result.scored,
        total: result.total,
        finishedAt: new Date(),
      },
    });
    log.info({ jobId: job.id, scored: result.scored, ms: Date.now() - started }, 'job finished');

    return done;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ jobId: job.id, err: error }, 'job failed');

    return prisma.job.update({
      where: { id: job.id },
      data: { status: 'FAILED', error: message, finishedAt: new Date() },
    });
  } finally {
    clearInterval(heartbeat);
  }
}

const HEARTBEAT_MS = 5_000;
