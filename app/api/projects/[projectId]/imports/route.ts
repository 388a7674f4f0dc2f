// POST /api/projects/:projectId/imports – import a JSONL/CSV file (multipart `file` or JSON)
import { NextResponse } from 'next/server';
import { readJsonBody, routeHandler } from '@/lib/api/route-handler';
import { importBodySchema } from '@/lib/api/schemas/imports';
import { AppError } from '@/lib/errors/app-error';
import { importExamples } from '@/lib/projects/import-examples';
import { getReadyPrisma } from '@/lib/server/ensure-server-ready';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ projectId: string }> };

export const POST = routeHandler(async (request, { params }: Context) => {
  const prisma = await getReadyPrisma();
  const input = await readImport(request);
  const report = await importExamples(prisma, (await params).projectId, input);

  return NextResponse.json(report, { status: report.accepted > 0 ? 201 : 200 });
});

async function readImport(request: Request) {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('multipart/form-data')) return readJsonBody(request, importBodySchema);

  const form = await request.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    throw new AppError(
      'BAD_REQUEST',
      'The form needs a `file` field holding a .jsonl or .csv file.',
    );
  }
  const format = form.get('format');

  return importBodySchema.parse({
    fileName: file.name,
    content: await file.text(),
    format: typeof format === 'string' && format ? format : undefined,
  });
}
