// GET /api/me – who the server thinks is annotating; POST /api/me – set the name (cookie)
import { NextResponse } from 'next/server';
import { z } from 'zod';
import {
  ANNOTATOR_COOKIE,
  annotatorNameFromRequest,
  annotatorNameSchema,
  resolveAnnotator,
} from '@/lib/annotators/resolve-annotator';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { getEnv } from '@/lib/config/env';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

export const GET = routeHandler(async (request) => {
  const prisma = await getReadyPrisma();
  const annotator = await resolveAnnotator(
    prisma,
    annotatorNameFromRequest(request),
    getEnv().VERDICT_DEFAULT_ANNOTATOR,
  );

  return NextResponse.json({ annotator });
});

export const POST = routeHandler(async (request) => {
  const prisma = await getReadyPrisma();
  const { name } = await readJsonBody(request, z.object({ name: annotatorNameSchema }));
  const annotator = await resolveAnnotator(prisma, name, name);

  const response = NextResponse.json({ annotator });
  // Next encodes the value itself; encoding here too would store "gp%2520user".
  response.cookies.set(ANNOTATOR_COOKIE, annotator.name, {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  });

  return response;
});
