// POST /api/projects/:projectId/eval – metrics of the current model on a labelled file
import { NextResponse } from 'next/server';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { importBodySchema } from '@/lib/api/schemas/imports';
import { evaluateFile } from '@/lib/eval/evaluate-file';
import { findProject } from '@/lib/projects/find-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const POST = routeHandler(async (request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const project = await findProject(prisma, (await params).projectId);
  const body = await readJsonBody(request, importBodySchema);

  return NextResponse.json(await evaluateFile(project, body));
});
