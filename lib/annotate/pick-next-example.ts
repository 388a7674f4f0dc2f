import type { PrismaClient } from '../db/prisma';

interface PickOptions {
  projectId: string;
  annotatorId: string;
  /** Examples the client already holds (on screen or prefetched). */
  exclude: string[];
}

/**
 * The one place that decides which example an annotator sees next. Today: the
 * earliest example nobody has annotated and this annotator has not skipped.
 * Active-learning orderings and leases (ROADMAP) replace the body, not callers.
 */
export async function pickNextExample(prisma: PrismaClient, options: PickOptions) {
  return prisma.example.findFirst({
    where: {
      projectId: options.projectId,
      id: options.exclude.length > 0 ? { notIn: options.exclude } : undefined,
      submissions: {
        none: {
          undoneAt: null,
          OR: [{ kind: 'ANNOTATED' }, { kind: 'SKIPPED', annotatorId: options.annotatorId }],
        },
      },
    },
    orderBy: { seq: 'asc' },
    select: { id: true, text: true, seq: true },
  });
}

/** Why `pickNextExample` found nothing, in words a person can act on. */
export async function explainEmptyQueue(
  prisma: PrismaClient,
  options: PickOptions,
): Promise<string> {
  const { projectId, annotatorId } = options;
  const [total, annotated, skippedByYou, labels] = await Promise.all([
    prisma.example.count({ where: { projectId } }),
    countAnnotated(prisma, projectId),
    prisma.example.count({
      where: {
        projectId,
        submissions: { none: { undoneAt: null, kind: 'ANNOTATED' } },
        AND: { submissions: { some: { undoneAt: null, kind: 'SKIPPED', annotatorId } } },
      },
    }),
    prisma.label.count({ where: { projectId } }),
  ]);

  if (total === 0) return 'This project has no examples yet: import a JSONL or CSV file.';
  if (labels === 0) return 'This project has no labels yet: add labels before annotating.';
  if (annotated === total) return `All ${total} examples are annotated.`;
  if (skippedByYou > 0 && annotated + skippedByYou === total) {
    return `The ${skippedByYou} examples left are ones you skipped; undo a skip to see it again.`;
  }

  return 'The remaining examples are already on your screen.';
}

export function countAnnotated(prisma: PrismaClient, projectId: string): Promise<number> {
  return prisma.example.count({
    where: { projectId, submissions: { some: { undoneAt: null, kind: 'ANNOTATED' } } },
  });
}
