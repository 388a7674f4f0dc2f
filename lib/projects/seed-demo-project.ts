import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PrismaClient } from '../db/prisma';
import { createLogger } from '../log/logger';
import { createProject } from './create-project';
import { importExamples } from './import-examples';

const log = createLogger('seed');

export const DEMO_PROJECT = 'SNIPS intents (demo)';
const DEMO_FILE = path.join('prisma', 'demo', 'snips-sonos-validate.jsonl');

/**
 * Creates the demo project from the CC0 SNIPS file shipped in `prisma/demo`,
 * unless it exists. The labels come from the file; gold labels are kept for eval.
 */
export async function seedDemoProject(prisma: PrismaClient, cwd = process.cwd()) {
  const existing = await prisma.project.findUnique({ where: { name: DEMO_PROJECT } });
  if (existing) return { created: false, jobId: null };

  const content = await readFile(path.join(cwd, DEMO_FILE), 'utf8');
  await createProject(prisma, { name: DEMO_PROJECT, labels: [], multiLabel: false });
  const report = await importExamples(prisma, DEMO_PROJECT, {
    fileName: path.basename(DEMO_FILE),
    content,
  });
  log.info({ project: DEMO_PROJECT, examples: report.accepted }, 'demo project seeded');

  return { created: true, jobId: report.jobId };
}
