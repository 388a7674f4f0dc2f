import { type SubmitBody, submitBodySchema } from '../api/schemas/annotate';
import { Prisma } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';
import type { ProjectWithLabels } from '../projects/find-project';
import { releaseExample } from './pick-next-example';

const DECISION = { accept: 'ACCEPT', reject: 'REJECT' } as const;
const ORIGIN = { suggested: 'SUGGESTED', not_suggested: 'NOT_SUGGESTED', added: 'ADDED' } as const;

/**
 * Stores one submit (decisions or a skip) in one transaction. Each decision
 * keeps the probability the model showed and the model version that showed it,
 * read from the stored prediction rather than trusted from the client. A retry
 * with the same clientId returns the first result and writes nothing.
 */
export async function submitDecisions(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  annotatorId: string,
  input: SubmitBody,
): Promise<{ submissionId: string; duplicate: boolean }> {
  const body = submitBodySchema.parse(input);
  const earlier = await findEarlier(prisma, body.clientId, annotatorId, body.exampleId);
  if (earlier) return { submissionId: earlier, duplicate: true };

  const example = await prisma.example.findFirst({
    where: { id: body.exampleId, projectId: project.id },
    select: { id: true },
  });
  if (!example) {
    throw new AppError(
      'NOT_FOUND',
      `Example "${body.exampleId}" is not in project "${project.name}".`,
    );
  }
  const labelsById = new Map(project.labels.map((label) => [label.id, label]));
  checkDecisions(project, body.decisions, labelsById);
  const modelVersionId = await checkModelVersion(prisma, project, body.modelVersionId);
  const shown = modelVersionId
    ? await probabilitiesShown(prisma, example.id, modelVersionId)
    : null;

  try {
    const submission = await prisma.$transaction(async (tx) => {
      const created = await tx.submission.create({
        data: {
          clientId: body.clientId,
          exampleId: example.id,
          annotatorId,
          modelVersionId,
          kind: body.kind === 'skipped' ? 'SKIPPED' : 'ANNOTATED',
          durationMs: body.durationMs,
        },
      });
      await tx.feedback.createMany({
        data: body.decisions.map((decision) => ({
          submissionId: created.id,
          exampleId: example.id,
          labelId: decision.labelId,
          decision: DECISION[decision.decision],
          origin: ORIGIN[decision.origin],
          probabilityShown: shown?.[labelsById.get(decision.labelId)!.name] ?? null,
          modelVersionId,
          annotatorId,
          durationMs: body.durationMs,
          decidedAt: created.submittedAt,
        })),
      });

      // A skip hands the example back to the others; an annotation ends its lease.
      await releaseExample(tx, example.id, annotatorId);

      return created;
    });

    return { submissionId: submission.id, duplicate: false };
  } catch (error) {
    // Two copies of the same retry raced; the other one won and this one is a no-op.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findEarlier(prisma, body.clientId, annotatorId, body.exampleId);
      if (winner) return { submissionId: winner, duplicate: true };
    }
    throw error;
  }
}

async function findEarlier(
  prisma: PrismaClient,
  clientId: string,
  annotatorId: string,
  exampleId: string,
) {
  const earlier = await prisma.submission.findUnique({ where: { clientId } });
  if (!earlier) return null;
  if (earlier.annotatorId !== annotatorId || earlier.exampleId !== exampleId) {
    throw new AppError(
      'CONFLICT',
      `clientId "${clientId}" was already used for another submit; generate a new id per submit.`,
    );
  }

  return earlier.id;
}

function checkDecisions(
  project: ProjectWithLabels,
  decisions: { labelId: string; decision: 'accept' | 'reject' }[],
  labelsById: Map<string, { name: string }>,
): void {
  const seen = new Set<string>();
  for (const decision of decisions) {
    if (!labelsById.has(decision.labelId)) {
      const known = project.labels.slice(0, 20).map((label) => `${label.name} (${label.id})`);
      throw new AppError(
        'VALIDATION_FAILED',
        `Label id "${decision.labelId}" is not a label of "${project.name}"; labels: ${known.join(', ')}.`,
      );
    }
    if (seen.has(decision.labelId)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `Label "${labelsById.get(decision.labelId)!.name}" is decided twice.`,
      );
    }
    seen.add(decision.labelId);
  }

  const accepted = decisions.filter((decision) => decision.decision === 'accept').length;
  if (!project.multiLabel && accepted > 1) {
    throw new AppError(
      'VALIDATION_FAILED',
      `"${project.name}" is single-label: accept one label at most (got ${accepted}).`,
    );
  }
}

async function checkModelVersion(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  id: string | null,
) {
  if (!id) return null;

  const version = await prisma.modelVersion.findFirst({ where: { id, projectId: project.id } });
  if (!version) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Model version "${id}" does not belong to "${project.name}".`,
    );
  }

  return version.id;
}

async function probabilitiesShown(prisma: PrismaClient, exampleId: string, modelVersionId: string) {
  const prediction = await prisma.prediction.findUnique({
    where: { exampleId_modelVersionId: { exampleId, modelVersionId } },
    select: { probabilities: true },
  });

  return (prediction?.probabilities as Record<string, number> | undefined) ?? null;
}
