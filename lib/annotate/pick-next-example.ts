import type { Prisma } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';

type Db = PrismaClient | Prisma.TransactionClient;

/** How long an example stays held for the annotator it was served to. */
export const LEASE_SECONDS = 600;

// A candidate held by someone else makes the statement return it unleased; after this
// many such candidates in a row the queue is reported empty rather than looping.
const MAX_ATTEMPTS = 20;

interface PickOptions {
  projectId: string;
  annotatorId: string;
  /** Examples the client already holds (on screen or prefetched). */
  exclude: string[];
}

/**
 * The one place that decides which example an annotator sees next: the earliest
 * example nobody has annotated, this annotator has not skipped, and no other
 * annotator holds; it is leased to this annotator in the same statement.
 *
 * Two mechanisms keep concurrent annotators apart. `FOR UPDATE SKIP LOCKED` makes
 * pickers running at the same moment pass over each other's candidate. And the
 * lease is taken with `ON CONFLICT ... DO UPDATE ... WHERE`, which Postgres decides
 * on the latest committed lease row, not the statement's snapshot: a lease another
 * picker committed after this statement began still wins, and this picker moves on.
 * Active-learning orderings (ROADMAP) change the ORDER BY, not the callers.
 */
export async function pickNextExample(prisma: PrismaClient, options: PickOptions) {
  const passedOver = [...options.exclude];

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const [row] = await prisma.$queryRawUnsafe<
      { id: string; text: string; seq: number; leased: boolean }[]
    >(PICK_AND_LEASE_SQL, options.projectId, options.annotatorId, passedOver, LEASE_SECONDS);
    if (!row) return null;
    if (row.leased) return { id: row.id, text: row.text, seq: row.seq };

    passedOver.push(row.id);
  }

  return null;
}

const PICK_AND_LEASE_SQL = `
  WITH candidate AS (
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
     FOR UPDATE OF e SKIP LOCKED
  ), leased AS (
    INSERT INTO "ExampleLease" ("exampleId", "annotatorId", "expiresAt")
    SELECT id, $2, now() + make_interval(secs => $4) FROM candidate
    ON CONFLICT ("exampleId") DO UPDATE
       SET "annotatorId" = EXCLUDED."annotatorId", "expiresAt" = EXCLUDED."expiresAt"
     WHERE "ExampleLease"."annotatorId" = EXCLUDED."annotatorId"
        OR "ExampleLease"."expiresAt" <= now()
    RETURNING "exampleId"
  )
  SELECT c.id, c.text, c.seq, (l."exampleId" IS NOT NULL) AS leased
    FROM candidate c LEFT JOIN leased l ON l."exampleId" = c.id`;

/** Leases an example to an annotator (again), e.g. when an undo brings it back. */
export async function holdExample(prisma: Db, exampleId: string, annotatorId: string) {
  const expiresAt = new Date(Date.now() + LEASE_SECONDS * 1000);
  await prisma.exampleLease.upsert({
    where: { exampleId },
    create: { exampleId, annotatorId, expiresAt },
    update: { annotatorId, expiresAt },
  });
}

/** Lets other annotators have an example again (after a skip or a submit). */
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
        lease: { is: { annotatorId: { not: annotatorId }, expiresAt: { gt: new Date() } } },
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
