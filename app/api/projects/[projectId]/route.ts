// GET /api/projects/:projectId – labels, counts, current model, latest job
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/api/route-handler';
import { findProject } from '@/lib/projects/find-project';
import { summariseProject } from '@/lib/projects/summarise-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const GET = routeHandler(async (_request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const project = await findProject(prisma, (await params).projectId);

  return NextResponse.json(await summariseProject(prisma, project));
});
