// POST /api/projects/:projectId/annotate/undo – undo this annotator's last submit
import { NextResponse } from 'next/server';
import { buildAnnotateItem } from '@/lib/annotate/build-annotate-item';
import { getProgress } from '@/lib/annotate/get-progress';
import { undoLastSubmission } from '@/lib/annotate/undo-last-submission';
import { requestContext } from '@/lib/api/request-context';
import { routeHandler } from '@/lib/api/route-handler';
import type { UndoResponse } from '@/lib/api/schemas/annotate';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const POST = routeHandler(async (request, { params }: Context) => {
  const { prisma, project, annotator } = await requestContext(request, (await params).projectId);

  const undone = await undoLastSubmission(prisma, project.id, annotator.id);
  const response: UndoResponse = {
    undone: undone
      ? {
          submissionId: undone.submissionId,
          item: await buildAnnotateItem(prisma, project, undone.example),
        }
      : null,
    progress: await getProgress(prisma, project.id),
  };

  return NextResponse.json(response);
});
