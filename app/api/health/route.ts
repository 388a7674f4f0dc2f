// GET /api/health – 200 once the database answers, 503 while it does not
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/api/route-handler';
import { AppError } from '@/lib/errors/app-error';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

export const GET = routeHandler(async () => {
  try {
    const prisma = await getReadyPrisma();
    await prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    throw new AppError(
      'DATABASE_UNAVAILABLE',
      `The database does not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  return NextResponse.json({ ok: true });
});
