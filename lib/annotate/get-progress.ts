import type { PrismaClient } from '../db/prisma';

/**
 * done: examples with an active annotation; total: examples in the project.
 * One statement, since every annotate request asks for it.
 */
export async function getProgress(prisma: PrismaClient, projectId: string) {
  const [row] = await prisma.$queryRaw<{ done: number; total: number }[]>`
    SELECT
      (SELECT count(DISTINCT s."exampleId")::int
         FROM "Submission" s JOIN "Example" e ON e.id = s."exampleId"
        WHERE e."projectId" = ${projectId} AND s.kind = 'ANNOTATED' AND s."undoneAt" IS NULL
      ) AS done,
      (SELECT count(*)::int FROM "Example" WHERE "projectId" = ${projectId}) AS total`;

  return { done: row?.done ?? 0, total: row?.total ?? 0 };
}
