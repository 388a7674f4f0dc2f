// GET /api/health – 200 once the database answers (used by the start script and tests)
import { NextResponse } from 'next/server';
import { routeHandler } from '@/lib/api/route-handler';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

export const GET = routeHandler(async () => {
  const prisma = await getReadyPrisma();
  await prisma.$queryRaw`SELECT 1`;

  return NextResponse.json({ ok: true });
});
