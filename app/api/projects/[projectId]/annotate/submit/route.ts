// POST /api/projects/:projectId/annotate/submit – store one example's decisions or a skip
import { NextResponse } from 'next/server';
import { getProgress } from '@/lib/annotate/get-progress';
import { submitDecisions } from '@/lib/annotate/submit-decisions';
import { requestContext } from '@/lib/api/request-context';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { type SubmitResponse, submitBodySchema } from '@/lib/api/schemas/annotate';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const POST = routeHandler(async (request, { params }: Context) => {
  const { prisma, project, annotator } = await requestContext(request, (await params).projectId);
  const body = await readJsonBody(request, submitBodySchema);

  const result = await submitDecisions(prisma, project, annotator.id, body);
  const response: SubmitResponse = { ...result, progress: await getProgress(prisma, project.id) };

  return NextResponse.json(response, { status: result.duplicate ? 200 : 201 });
});
