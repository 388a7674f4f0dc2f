import type { ImportReport } from '../api/schemas/imports';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { collectLabelNames } from '../import/collect-label-names';
import { hasGoldLabels } from '../import/has-gold-labels';
import { markExistingDuplicates } from '../import/mark-existing-duplicates';
import { parseImportFile } from '../import/parse-import-file';
import type { ImportFormat } from '../import/types';
import { enqueueScoringJob } from '../jobs/enqueue-scoring-job';
import { createLogger } from '../log/logger';
import { findProject } from './find-project';

const log = createLogger('import');

// Postgres caps bind parameters per statement; look hashes up in slices.
const HASH_LOOKUP_SLICE = 5000;

interface ImportInput {
  fileName: string;
  content: string;
  format?: ImportFormat;
}

/**
 * Imports a JSONL or CSV file into a project. Bad rows are refused with numbered
 * errors, duplicates (in the file or already in the project) are counted and
 * skipped, and every valid row is written in one transaction. A project without
 * labels takes the label names the file uses. Scoring is queued afterwards.
 */
export async function importExamples(
  prisma: PrismaClient,
  projectIdOrName: string,
  input: ImportInput,
): Promise<ImportReport> {
  const project = await findProject(prisma, projectIdOrName);
  const knownLabels = project.labels.map((label) => label.name);

  const parsed = parseImportFile({ ...input, labels: knownLabels, multiLabel: project.multiLabel });
  const existing = await findExistingHashes(
    prisma,
    project.id,
    parsed.accepted.map((e) => e.hash),
  );
  const result = markExistingDuplicates(parsed, existing);
  const labelsCreated = knownLabels.length === 0 ? collectLabelNames(result.accepted) : [];
  if (knownLabels.length === 0 && labelsCreated.length === 0 && result.accepted.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Project "${project.name}" has no labels and "${input.fileName}" names none. ` +
        'Add labels to the project first (or give a `labels` field in the file).',
    );
  }

  const batchId = await prisma.$transaction(async (tx) => {
    // Lock the project row so concurrent imports get distinct, gap-free sequence numbers.
    await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${project.id} FOR UPDATE`;
    if (result.accepted.length === 0) return null;

    if (labelsCreated.length > 0) {
      await tx.label.createMany({
        data: labelsCreated.map((name, position) => ({ projectId: project.id, name, position })),
      });
    }
    const last = await tx.example.aggregate({
      where: { projectId: project.id },
      _max: { seq: true },
    });
    const firstSeq = (last._max.seq ?? 0) + 1;
    const batch = await tx.importBatch.create({
      data: {
        projectId: project.id,
        fileName: input.fileName,
        format: result.format,
        acceptedCount: result.accepted.length,
        duplicateCount: result.duplicates.length,
        rejectedCount: result.errors.length,
        errors: result.errors.slice(0, 1000).map((error) => ({ ...error })),
      },
    });
    await tx.example.createMany({
      data: result.accepted.map((example, i) => ({
        projectId: project.id,
        text: example.text,
        contentHash: example.hash,
        goldLabels: example.labels,
        // An explicit `"labels": []` is gold too ("none apply" in multi-label sets).
        hasGold: hasGoldLabels(example, project.multiLabel),
        importBatchId: batch.id,
        seq: firstSeq + i,
      })),
    });

    return batch.id;
  });

  const job =
    batchId && project.currentModelVersionId
      ? await enqueueScoringJob(prisma, project.id, project.currentModelVersionId)
      : null;
  log.info(
    {
      projectId: project.id,
      fileName: input.fileName,
      accepted: result.accepted.length,
      duplicates: result.duplicates.length,
      rejected: result.errors.length,
    },
    'import finished',
  );

  return {
    batchId,
    accepted: result.accepted.length,
    duplicates: result.duplicates.length,
    rejected: result.errors.length,
    errors: result.errors,
    labelsCreated,
    jobId: job?.id ?? null,
  };
}

async function findExistingHashes(prisma: PrismaClient, projectId: string, hashes: string[]) {
  const found = new Set<string>();
  for (let start = 0; start < hashes.length; start += HASH_LOOKUP_SLICE) {
    const slice = hashes.slice(start, start + HASH_LOOKUP_SLICE);
    const rows = await prisma.example.findMany({
      where: { projectId, contentHash: { in: slice } },
      select: { contentHash: true },
    });
    for (const row of rows) found.add(row.contentHash);
  }

  return found;
}
