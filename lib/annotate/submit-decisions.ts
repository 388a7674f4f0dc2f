import { randomUUID } from 'node:crypto';
import { type SubmitBody, submitBodySchema } from '../api/schemas/annotate';
import { Prisma } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';
import type { ProjectWithLabels } from '../projects/find-project';
import { rankLabelScores } from './rank-label-scores';

const ALREADY_SUBMITTED =
  'You already submitted this example (in another tab?); undo that submit first to change it.';

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
  const context = await loadSubmitContext(prisma, project.id, annotatorId, body);
  const earlier = checkEarlier(context.earlier, body, annotatorId);
  if (earlier) return { submissionId: earlier, duplicate: true };

  if (!context.exampleFound) {
    throw new AppError(
      'NOT_FOUND',
      `Example "${body.exampleId}" is not in project "${project.name}".`,
    );
  }
  if (body.modelVersionId && !context.modelFound) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Model version "${body.modelVersionId}" does not belong to "${project.name}".`,
    );
  }
  const labelsById = new Map(project.labels.map((label) => [label.id, label]));
  checkDecisions(project, body.decisions, labelsById);
  checkOrigins(project, body.decisions, labelsById, context.shown);
  if (context.annotatedByYou) {
    throw new AppError('CONFLICT', ALREADY_SUBMITTED);
  }

  // The id is made here so the submission and its feedback go in one batch transaction.
  const submissionId = randomUUID();
  const submittedAt = new Date();
  const writes = [
    prisma.submission.create({
      data: {
        id: submissionId,
        clientId: body.clientId,
        exampleId: body.exampleId,
        annotatorId,
        modelVersionId: body.modelVersionId,
        kind: body.kind === 'skipped' ? 'SKIPPED' : 'ANNOTATED',
        durationMs: body.durationMs,
        submittedAt,
      },
    }),
    prisma.feedback.createMany({
      data: body.decisions.map((decision) => ({
        submissionId,
        exampleId: body.exampleId,
        labelId: decision.labelId,
        decision: DECISION[decision.decision],
        origin: ORIGIN[decision.origin],
        probabilityShown: context.shown?.[labelsById.get(decision.labelId)!.name] ?? null,
        modelVersionId: body.modelVersionId,
        annotatorId,
        durationMs: body.durationMs,
        decidedAt: submittedAt,
      })),
    }),
    // A skip hands the example back to the others at once; an annotated example
    // leaves the queue anyway, and its lease simply expires.
    ...(body.kind === 'skipped'
      ? [prisma.exampleLease.deleteMany({ where: { exampleId: body.exampleId, annotatorId } })]
      : []),
  ];

  try {
    await prisma.$transaction(writes);

    return { submissionId, duplicate: false };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      // Two copies of the same retry raced; the other one won and this one is a no-op.
      const again = await loadSubmitContext(prisma, project.id, annotatorId, body);
      const winner = checkEarlier(again.earlier, body, annotatorId);
      if (winner) return { submissionId: winner, duplicate: true };

      // Otherwise another submit of this example by this annotator (a second tab)
      // got in first: the partial unique index on active submissions refused this one.
      throw new AppError('CONFLICT', ALREADY_SUBMITTED);
    }
    throw error;
  }
}

interface StoredDecision {
  labelId: string;
  decision: string;
  origin: string;
}

interface SubmitContext {
  earlier: {
    id: string;
    annotatorId: string;
    exampleId: string;
    kind: string;
    decisions: StoredDecision[];
  } | null;
  exampleFound: boolean;
  modelFound: boolean;
  /** This annotator already has an active (not undone) submission (or skip) of the example. */
  annotatedByYou: boolean;
  /** The stored prediction's `{ label: probability }` for the shown model version. */
  shown: Record<string, number> | null;
}

/** Everything a submit checks, in one round trip: it is on every annotator's hot path. */
async function loadSubmitContext(
  prisma: PrismaClient,
  projectId: string,
  annotatorId: string,
  body: { clientId: string; exampleId: string; modelVersionId: string | null },
): Promise<SubmitContext> {
  const [row] = await prisma.$queryRaw<SubmitContext[]>`
    SELECT
      (SELECT json_build_object(
                'id', s.id, 'annotatorId', s."annotatorId", 'exampleId', s."exampleId",
                'kind', s.kind,
                'decisions', COALESCE((
                  SELECT json_agg(json_build_object(
                           'labelId', f."labelId", 'decision', f.decision, 'origin', f.origin))
                    FROM "Feedback" f WHERE f."submissionId" = s.id), '[]'::json))
         FROM "Submission" s WHERE s."clientId" = ${body.clientId}) AS earlier,
      EXISTS (SELECT 1 FROM "Example"
               WHERE id = ${body.exampleId} AND "projectId" = ${projectId}) AS "exampleFound",
      EXISTS (SELECT 1 FROM "ModelVersion"
               WHERE id = ${body.modelVersionId} AND "projectId" = ${projectId}) AS "modelFound",
      EXISTS (SELECT 1 FROM "Submission"
               WHERE "exampleId" = ${body.exampleId} AND "annotatorId" = ${annotatorId}
                 AND "undoneAt" IS NULL) AS "annotatedByYou",
      (SELECT probabilities FROM "Prediction"
        WHERE "exampleId" = ${body.exampleId}
          AND "modelVersionId" = ${body.modelVersionId}) AS shown`;

  return row!;
}

/**
 * The submission an earlier request with the same clientId stored, if any. A true
 * retry (same annotator, example and decisions) gets that submission back; anything
 * else under a used clientId is a client bug, refused rather than silently dropped.
 */
function checkEarlier(
  earlier: SubmitContext['earlier'],
  body: ParsedSubmit,
  annotatorId: string,
): string | null {
  if (!earlier) return null;

  const sameKind = earlier.kind === (body.kind === 'skipped' ? 'SKIPPED' : 'ANNOTATED');
  const sameDecisions =
    decisionKey(earlier.decisions) ===
    decisionKey(
      body.decisions.map((d) => ({
        labelId: d.labelId,
        decision: DECISION[d.decision],
        origin: ORIGIN[d.origin],
      })),
    );
  if (
    earlier.annotatorId !== annotatorId ||
    earlier.exampleId !== body.exampleId ||
    !sameKind ||
    !sameDecisions
  ) {
    throw new AppError(
      'CONFLICT',
      `clientId "${body.clientId}" was already used for a different submit; ` +
        'generate a new id for each submit and reuse it only to retry that same submit.',
    );
  }

  return earlier.id;
}

function decisionKey(decisions: StoredDecision[]): string {
  return decisions
    .map((d) => `${d.labelId}:${d.decision}:${d.origin}`)
    .sort()
    .join('|');
}

/**
 * "suggested" must name a label the shown model version did suggest, and
 * "not_suggested" one it did not: the trainer reads origin as what the annotator saw.
 */
function checkOrigins(
  project: ProjectWithLabels,
  decisions: ParsedSubmit['decisions'],
  labelsById: Map<string, { name: string }>,
  shown: Record<string, number> | null,
): void {
  const suggested = new Set(
    shown
      ? rankLabelScores(project, (name) => shown[name] ?? 0)
          .filter((score) => score.suggested)
          .map((score) => score.label)
      : [],
  );
  for (const decision of decisions) {
    const name = labelsById.get(decision.labelId)!.name;
    if (decision.origin === 'suggested' && !suggested.has(name)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `"${name}" was not suggested by the model version shown; use origin "not_suggested" ` +
          `(shown, not suggested) or "added". Suggested: ${[...suggested].join(', ') || 'none'}.`,
      );
    }
    if (decision.origin === 'not_suggested' && suggested.has(name)) {
      throw new AppError(
        'VALIDATION_FAILED',
        `"${name}" was suggested by the model version shown; use origin "suggested".`,
      );
    }
  }
}

type ParsedSubmit = ReturnType<typeof submitBodySchema.parse>;

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
