import type { PrismaClient } from '../db/prisma';
import type { Classifier } from '../model/classifier';
import { labelSpecs } from '../projects/label-specs';
import { probabilitiesByLabel } from './probabilities-by-label';

export interface ScoreProgress {
  /** Examples of the project that now have a prediction from this model version. */
  scored: number;
  total: number;
}

interface ScoreOptions {
  projectId: string;
  modelVersionId: string;
  classifier: Classifier;
  batchSize: number;
  onProgress?: (progress: ScoreProgress) => Promise<void> | void;
  /** Checked between batches; return true to stop early (the job was cancelled). */
  shouldStop?: () => boolean;
}

/**
 * Scores every example of a project that has no prediction from the given model
 * version yet, one batch at a time, so an interrupted run resumes where it was.
 */
export async function scorePendingExamples(
  prisma: PrismaClient,
  options: ScoreOptions,
): Promise<ScoreProgress> {
  const { projectId, modelVersionId, classifier, batchSize } = options;
  const project = await prisma.project.findUniqueOrThrow({
    where: { id: projectId },
    include: { labels: { orderBy: { position: 'asc' } } },
  });
  const labels = labelSpecs(project);
  const total = await prisma.example.count({ where: { projectId } });
  let scored = await prisma.prediction.count({ where: { modelVersionId, example: { projectId } } });
  await options.onProgress?.({ scored, total });

  while (!options.shouldStop?.()) {
    const batch = await prisma.example.findMany({
      where: { projectId, predictions: { none: { modelVersionId } } },
      orderBy: { seq: 'asc' },
      take: batchSize,
      select: { id: true, text: true },
    });
    if (batch.length === 0 || labels.length === 0) break;

    const results = await classifier.classify(
      batch.map((example) => example.text),
      labels,
      { multiLabel: project.multiLabel },
    );
    const written = await prisma.prediction.createMany({
      data: batch.map((example, i) => ({
        exampleId: example.id,
        modelVersionId,
        probabilities: probabilitiesByLabel(labels, results[i]!.probabilities),
      })),
      skipDuplicates: true,
    });
    scored += written.count;
    await options.onProgress?.({ scored, total });
  }

  return { scored, total };
}
