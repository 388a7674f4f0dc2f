import type { PrismaClient } from '../db/prisma';
import { holdExample } from './pick-next-example';

/**
 * Undoes this annotator's latest active submit in the project (decisions or a
 * skip), even long after it was stored. Rows are kept, marked undone, so the
 * audit trail and the trainer's logged data stay complete; repeated undos step
 * further back. Returns the example to show again, or null if nothing is left.
 */
export async function undoLastSubmission(
  prisma: PrismaClient,
  projectId: string,
  annotatorId: string,
) {
  return prisma.$transaction(async (tx) => {
    const last = await tx.submission.findFirst({
      where: { annotatorId, undoneAt: null, example: { projectId } },
      orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      include: { example: { select: { id: true, text: true, seq: true } } },
    });
    if (!last) return null;

    // Conditional update: of two concurrent undos of the same submit, one wins.
    const now = new Date();
    const marked = await tx.submission.updateMany({
      where: { id: last.id, undoneAt: null },
      data: { undoneAt: now },
    });
    if (marked.count === 0) return null;
    await tx.feedback.updateMany({ where: { submissionId: last.id }, data: { undoneAt: now } });
    await holdExample(tx, last.exampleId, annotatorId);

    return { submissionId: last.id, example: last.example };
  });
}
