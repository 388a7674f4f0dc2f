// GET /api/jobs/:jobId – status and progress of a background job
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/api/route-handler';
import { AppError } from '@/lib/errors/app-error';
import { toJobDto } from '@/lib/projects/summarise-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ jobId: string }> };

export const GET = routeHandler(async (_request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const { jobId } = await params;
  const job = await prisma.job.findUnique({ where: { id: jobId } });
  if (!job) throw new AppError('NOT_FOUND', `No job "${jobId}".`);

  return NextResponse.json(toJobDto(job));
});
