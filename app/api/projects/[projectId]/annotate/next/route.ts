// GET /api/projects/:projectId/annotate/next?exclude=a,b – the next example with its scores
import { NextResponse } from 'next/server';
import { buildAnnotateItem } from '@/lib/annotate/build-annotate-item';
import { getProgress } from '@/lib/annotate/get-progress';
import { explainEmptyQueue, pickNextExample } from '@/lib/annotate/pick-next-example';
import { requestContext } from '@/lib/api/request-context';
import { routeHandler } from '@/lib/api/route-handler';
import { type NextItemResponse, nextItemQuerySchema } from '@/lib/api/schemas/annotate';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const GET = routeHandler(async (request, { params }: Context) => {
  const { prisma, project, annotator } = await requestContext(request, (await params).projectId);
  const { exclude } = nextItemQuerySchema.parse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const options = { projectId: project.id, annotatorId: annotator.id, exclude };

  const [example, progress] = await Promise.all([
    pickNextExample(prisma, options),
    getProgress(prisma, project.id),
  ]);
  const response: NextItemResponse = example
    ? { item: await buildAnnotateItem(prisma, project, example), emptyReason: null, progress }
    : { item: null, emptyReason: await explainEmptyQueue(prisma, options), progress };

  return NextResponse.json(response);
});
