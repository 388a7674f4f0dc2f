import type { Prisma } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';

type Db = PrismaClient | Prisma.TransactionClient;

/** How long an example stays held for the annotator it was served to. */
export const LEASE_SECONDS = 600;

interface PickOptions {
  projectId: string;
  annotatorId: string;
  /** Examples the client already holds (on screen or prefetched). */
  exclude: string[];
}

/**
 * The one place that decides which example an annotator sees next: the earliest
 * example nobody has annotated, this annotator has not skipped, and no other
 * annotator holds. The chosen example is leased to this annotator in the same
 * transaction; `FOR UPDATE SKIP LOCKED` makes concurrent pickers pass over a row
 * another picker is leasing at that moment, so two annotators never get the same
 * item. Active-learning orderings (ROADMAP) change the ORDER BY, not the callers.
 */
export async function pickNextExample(prisma: PrismaClient, options: PickOptions) {
  const { projectId, annotatorId } = options;

  return prisma.$transaction(async (tx) => {
    const passedOver = [...options.exclude];
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const rows = await tx.$queryRawUnsafe<{ id: string; text: string; seq: number }[]>(
        CANDIDATE_SQL,
        projectId,
        annotatorId,
        passedOver,
      );
      const example = rows[0];
      if (!example) return null;

      // The candidate query's snapshot may predate a lease another picker committed
      // just before we locked the row; a fresh statement sees it.
      if (!(await heldByOther(tx, example.id, annotatorId))) {
        await holdExample(tx, example.id, annotatorId);
        return example;
      }
      passedOver.push(example.id);
    }

    return null;
  });
}

const MAX_ATTEMPTS = 20;

const CANDIDATE_SQL = `
  SELECT e.id, e.text, e.seq FROM "Example" e
   WHERE e."projectId" = $1
     AND NOT (e.id = ANY($3::text[]))
     AND NOT EXISTS (
       SELECT 1 FROM "Submission" s
        WHERE s."exampleId" = e.id AND s."undoneAt" IS NULL
          AND (s.kind = 'ANNOTATED' OR (s.kind = 'SKIPPED' AND s."annotatorId" = $2)))
     AND NOT EXISTS (
       SELECT 1 FROM "ExampleLease" l
        WHERE l."exampleId" = e.id AND l."annotatorId" <> $2 AND l."expiresAt" > now())
   ORDER BY e.seq
   LIMIT 1
   FOR UPDATE OF e SKIP LOCKED`;

async function heldByOther(tx: Db, exampleId: string, annotatorId: string): Promise<boolean> {
  const lease = await tx.exampleLease.findFirst({
    where: { exampleId, annotatorId: { not: annotatorId }, expiresAt: { gt: new Date() } },
    select: { exampleId: true },
  });

  return lease !== null;
}

/** Leases an example to an annotator (again), e.g. when an undo brings it back. */
export async function holdExample(prisma: Db, exampleId: string, annotatorId: string) {
  const expiresAt = new Date(Date.now() + LEASE_SECONDS * 1000);
  await prisma.exampleLease.upsert({
    where: { exampleId_annotatorId: { exampleId, annotatorId } },
    create: { exampleId, annotatorId, expiresAt },
    update: { expiresAt },
  });
}

/** Lets other annotators have an example again (after a skip). */
export async function releaseExample(prisma: Db, exampleId: string, annotatorId: string) {
  await prisma.exampleLease.deleteMany({ where: { exampleId, annotatorId } });
}

/** Why `pickNextExample` found nothing, in words a person can act on. */
export async function explainEmptyQueue(
  prisma: PrismaClient,
  options: PickOptions,
): Promise<string> {
  const { projectId, annotatorId } = options;
  const open = { submissions: { none: { undoneAt: null, kind: 'ANNOTATED' as const } } };
  const [total, annotated, skippedByYou, heldByOthers, labels] = await Promise.all([
    prisma.example.count({ where: { projectId } }),
    countAnnotated(prisma, projectId),
    prisma.example.count({
      where: {
        projectId,
        ...open,
        AND: { submissions: { some: { undoneAt: null, kind: 'SKIPPED', annotatorId } } },
      },
    }),
    prisma.example.count({
      where: {
        projectId,
        ...open,
        leases: { some: { annotatorId: { not: annotatorId }, expiresAt: { gt: new Date() } } },
      },
    }),
    prisma.label.count({ where: { projectId } }),
  ]);

  if (total === 0) return 'This project has no examples yet: import a JSONL or CSV file.';
  if (labels === 0) return 'This project has no labels yet: add labels before annotating.';
  if (annotated === total) return `All ${total} examples are annotated.`;
  const reasons: string[] = [];
  if (skippedByYou > 0) reasons.push(`${skippedByYou} you skipped (undo a skip to see it again)`);
  if (heldByOthers > 0) {
    reasons.push(
      `${heldByOthers} on other annotators' screens (they return if not done within ` +
        `${LEASE_SECONDS / 60} minutes)`,
    );
  }
  if (reasons.length === 0) return 'The remaining examples are already on your screen.';

  return `No example is free for you: of the ${total - annotated} left, ${reasons.join(' and ')}.`;
}

export function countAnnotated(prisma: PrismaClient, projectId: string): Promise<number> {
  return prisma.example.count({
    where: { projectId, submissions: { some: { undoneAt: null, kind: 'ANNOTATED' } } },
  });
}
