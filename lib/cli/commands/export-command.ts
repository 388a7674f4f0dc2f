import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { PrismaClient } from '../../db/prisma';
import { AppError } from '../../errors/app-error';
import { type ExportFormat, exportProject } from '../../export/export-project';
import { findProject } from '../../projects/find-project';

/** `verdict export --project NAME --format jsonl|csv [--out FILE]`, to stdout by default. */
export async function exportCommand(
  prisma: PrismaClient,
  options: { project: string; format: ExportFormat; out?: string },
) {
  const project = await findProject(prisma, options.project);
  const out = options.out ? await openForWriting(options.out) : process.stdout;

  for await (const chunk of exportProject(prisma, project, options.format)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (options.out) {
    out.end();
    await once(out, 'finish');
    process.stderr.write(`wrote ${options.out}\n`);
  }
}

/** Opens the --out file, failing with the reason (no such folder, no permission) up front. */
async function openForWriting(file: string) {
  const stream = createWriteStream(file);
  const [error] = await Promise.race([once(stream, 'open').then(() => []), once(stream, 'error')]);
  if (error) {
    throw new AppError('BAD_REQUEST', `Cannot write ${file}: ${(error as Error).message}`);
  }

  return stream;
}
