// POST /api/projects/:projectId/predict – score free texts with the current model
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { predictTexts } from '@/lib/predict/predict-texts';
import { findProject } from '@/lib/projects/find-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

const bodySchema = z.object({
  texts: z
    .array(
      z
        .string()
        .max(100_000, 'texts are at most 100,000 characters')
        .refine((text) => text.trim() !== '', 'texts cannot be empty'),
    )
    .min(1, 'give at least one text')
    .max(256, 'at most 256 texts per call; use import for larger sets'),
});

export const POST = routeHandler(async (request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const project = await findProject(prisma, (await params).projectId);
  const { texts } = await readJsonBody(request, bodySchema);

  const scores = await predictTexts(project, texts);

  return NextResponse.json({ results: scores.map((labelScores) => ({ scores: labelScores })) });
});
