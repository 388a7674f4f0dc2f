import type { PrismaClient } from '../db/prisma';
import { countAnnotated } from './pick-next-example';

/** done: examples with an active annotation; total: examples in the project. */
export async function getProgress(prisma: PrismaClient, projectId: string) {
  const [done, total] = await Promise.all([
    countAnnotated(prisma, projectId),
    prisma.example.count({ where: { projectId } }),
  ]);

  return { done, total };
}
