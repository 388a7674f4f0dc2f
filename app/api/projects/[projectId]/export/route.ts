// GET /api/projects/:projectId/export?format=jsonl|csv – every example with all its feedback
import { z } from 'zod';
import { routeHandler } from '@/lib/api/route-handler';
import { exportProject } from '@/lib/export/export-project';
import { findProject } from '@/lib/projects/find-project';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

const querySchema = z.object({ format: z.enum(['jsonl', 'csv']).default('jsonl') });

export const GET = routeHandler(async (request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const project = await findProject(prisma, (await params).projectId);
  const { format } = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));

  const chunks = exportProject(prisma, project, format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const safeName = project.name.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'export';
  const fileName = `${safeName}.${format}`;

  return new Response(body, {
    headers: {
      'content-type':
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
    },
  });
});
