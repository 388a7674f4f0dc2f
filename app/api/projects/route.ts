// GET /api/projects – every project with counts; POST /api/projects – create one
import { NextResponse } from 'next/server';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { createProjectBodySchema } from '@/lib/api/schemas/projects';
import { createProject } from '@/lib/projects/create-project';
import { findProject } from '@/lib/projects/find-project';
import { summariseProject } from '@/lib/projects/summarise-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

export const GET = routeHandler(async () => {
  const prisma = await getReadyPrisma();
  const projects = await prisma.project.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  const summaries = await Promise.all(
    projects.map(async ({ id }) => summariseProject(prisma, await findProject(prisma, id))),
  );

  return NextResponse.json(summaries);
});

export const POST = routeHandler(async (request) => {
  const prisma = await getReadyPrisma();
  const body = await readJsonBody(request, createProjectBodySchema);
  const project = await createProject(prisma, body);

  return NextResponse.json(await summariseProject(prisma, await findProject(prisma, project.id)), {
    status: 201,
  });
});
