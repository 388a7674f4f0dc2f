import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../../db/prisma';
import { evaluateFile } from '../../eval/evaluate-file';
import { findProject } from '../../projects/find-project';
import { progressLine } from '../progress-line';

/** `verdict eval --project NAME --file F`: one JSON object of metrics on stdout. */
export async function evalCommand(
  prisma: PrismaClient,
  options: { project: string; file: string },
) {
  const project = await findProject(prisma, options.project);
  const content = await readFile(options.file, 'utf8');
  const progress = progressLine('evaluating');

  const report = await evaluateFile(
    project,
    { fileName: path.basename(options.file), content },
    progress.update,
  );
  progress.end();
  if (report.refused.length > 0) {
    process.stderr.write(`${report.refused.length} rows were not scored:\n`);
    for (const row of report.refused.slice(0, 20))
      process.stderr.write(`  line ${row.line}: ${row.message}\n`);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
