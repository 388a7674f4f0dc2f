import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { PrismaClient } from '../../db/prisma';
import { type ExportFormat, exportProject } from '../../export/export-project';
import { findProject } from '../../projects/find-project';

/** `verdict export --project NAME --format jsonl|csv [--out FILE]`, to stdout by default. */
export async function exportCommand(
  prisma: PrismaClient,
  options: { project: string; format: ExportFormat; out?: string },
) {
  const project = await findProject(prisma, options.project);
  const out = options.out ? createWriteStream(options.out) : process.stdout;

  for await (const chunk of exportProject(prisma, project, options.format)) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  if (options.out) {
    out.end();
    await once(out, 'finish');
    process.stderr.write(`wrote ${options.out}\n`);
  }
}
