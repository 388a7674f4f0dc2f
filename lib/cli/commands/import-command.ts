import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../../db/prisma';
import { AppError } from '../../errors/app-error';
import { parseImportFile } from '../../import/parse-import-file';
import { createProject } from '../../projects/create-project';
import { importExamples } from '../../projects/import-examples';
import { runScoringWithProgress } from '../run-scoring-with-progress';

export interface ImportCommandOptions {
  project: string;
  labels?: string[];
  multiLabel?: boolean;
  threshold?: number;
  model?: string;
  score?: boolean;
}

/**
 * `verdict import FILE --project NAME`: creates the project if it does not exist
 * (labels from --labels, else from the file), imports, then scores with progress.
 */
export async function importCommand(
  prisma: PrismaClient,
  file: string,
  options: ImportCommandOptions,
) {
  const content = await readFile(file, 'utf8');
  const existing = await prisma.project.findUnique({ where: { name: options.project } });
  if (!existing) assertImportable(file, content, options);
  if (!existing) {
    await createProject(prisma, {
      name: options.project,
      labels: options.labels ?? [],
      multiLabel: options.multiLabel ?? false,
      threshold: options.threshold ?? 0.5,
      modelPath: options.model,
    });
    process.stderr.write(`created project "${options.project}"\n`);
  } else if (options.labels?.length || options.multiLabel || options.model) {
    process.stderr.write(
      `project "${options.project}" exists: --labels, --multi-label and --model are ignored\n`,
    );
  }

  const report = await importExamples(prisma, options.project, {
    fileName: path.basename(file),
    content,
  });
  printReport(report);
  if (report.jobId && options.score !== false) await runScoringWithProgress(prisma, report.jobId);

  return report;
}

function printReport(report: Awaited<ReturnType<typeof importExamples>>): void {
  const out = process.stderr;
  out.write(
    `imported ${report.accepted}, skipped ${report.duplicates} duplicates, refused ${report.rejected}\n`,
  );
  if (report.labelsCreated.length > 0)
    out.write(`labels created: ${report.labelsCreated.join(', ')}\n`);
  for (const error of report.errors.slice(0, 50))
    out.write(`  line ${error.line}: ${error.message}\n`);
  if (report.errors.length > 50) out.write(`  … and ${report.errors.length - 50} more\n`);
}

/**
 * Reads the file as the import will, before a new project is created for it, so
 * a file that cannot be imported does not leave an empty project behind.
 */
function assertImportable(file: string, content: string, options: ImportCommandOptions): void {
  const parsed = parseImportFile({
    content,
    fileName: path.basename(file),
    labels: options.labels ?? [],
    multiLabel: options.multiLabel ?? false,
  });
  if (parsed.accepted.length > 0) return;

  const first = parsed.errors[0];
  throw new AppError(
    'VALIDATION_FAILED',
    `Nothing in ${path.basename(file)} can be imported, so project "${options.project}" was not ` +
      `created${first ? ` (line ${first.line}: ${first.message})` : ''}.`,
  );
}
