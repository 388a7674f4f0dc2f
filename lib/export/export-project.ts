import { stringify } from 'csv-stringify/sync';
import type { Prisma } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';
import type { ProjectWithLabels } from '../projects/find-project';

export type ExportFormat = 'jsonl' | 'csv';

const PAGE = 500;

const exportInclude = {
  submissions: {
    orderBy: { submittedAt: 'asc' },
    include: {
      annotator: { select: { name: true } },
      modelVersion: { select: { version: true } },
      feedback: { include: { label: { select: { name: true } } }, orderBy: { decidedAt: 'asc' } },
    },
  },
} satisfies Prisma.ExampleInclude;

const CSV_COLUMNS = [
  'example_id',
  'text',
  'gold_labels',
  'submission_kind',
  'annotator',
  'label',
  'decision',
  'origin',
  'model_version',
  'probability_shown',
  'duration_ms',
  'decided_at',
  'undone_at',
] as const;

/**
 * Streams every example of a project with its gold labels and all its feedback:
 * one JSON object per example (JSONL), or one CSV row per decision, and one per
 * example without any, so nothing stored is left out. Undone decisions are
 * kept and marked with `undone_at`.
 */
export async function* exportProject(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  format: ExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield stringify([CSV_COLUMNS as unknown as string[]]);

  let cursor: string | undefined;
  for (;;) {
    const examples = await prisma.example.findMany({
      where: { projectId: project.id },
      orderBy: { seq: 'asc' },
      take: PAGE,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      include: exportInclude,
    });
    if (examples.length === 0) return;
    cursor = examples.at(-1)!.id;

    yield format === 'jsonl'
      ? examples.map(toJsonLine).join('')
      : stringify(examples.flatMap(toCsvRows));
  }
}

type ExportedExample = Prisma.ExampleGetPayload<{ include: typeof exportInclude }>;

function toJsonLine(example: ExportedExample): string {
  const annotations = example.submissions.flatMap((submission) =>
    submission.feedback.map((feedback) => ({
      annotator: submission.annotator.name,
      label: feedback.label.name,
      decision: feedback.decision.toLowerCase(),
      origin: feedback.origin.toLowerCase(),
      model_version: submission.modelVersion?.version ?? null,
      probability_shown: feedback.probabilityShown,
      duration_ms: submission.durationMs,
      decided_at: feedback.decidedAt.toISOString(),
      undone_at: feedback.undoneAt?.toISOString() ?? null,
    })),
  );
  const skips = example.submissions
    .filter((submission) => submission.kind === 'SKIPPED')
    .map((submission) => ({
      annotator: submission.annotator.name,
      model_version: submission.modelVersion?.version ?? null,
      duration_ms: submission.durationMs,
      skipped_at: submission.submittedAt.toISOString(),
      undone_at: submission.undoneAt?.toISOString() ?? null,
    }));

  const line = {
    id: example.id,
    text: example.text,
    labels: example.hasGold ? example.goldLabels : null,
    annotations,
    skips,
  };

  return `${JSON.stringify(line)}\n`;
}

function toCsvRows(example: ExportedExample): (string | number | null)[][] {
  const base = [example.id, example.text, example.goldLabels.join('|')];
  const rows: (string | number | null)[][] = [];
  for (const submission of example.submissions) {
    const version = submission.modelVersion?.version ?? null;
    if (submission.kind === 'SKIPPED') {
      rows.push([
        ...base,
        'skipped',
        submission.annotator.name,
        null,
        null,
        null,
        version,
        null,
        submission.durationMs,
        submission.submittedAt.toISOString(),
        submission.undoneAt?.toISOString() ?? null,
      ]);
    }
    for (const feedback of submission.feedback) {
      rows.push([
        ...base,
        'annotated',
        submission.annotator.name,
        feedback.label.name,
        feedback.decision.toLowerCase(),
        feedback.origin.toLowerCase(),
        version,
        feedback.probabilityShown,
        submission.durationMs,
        feedback.decidedAt.toISOString(),
        feedback.undoneAt?.toISOString() ?? null,
      ]);
    }
  }
  if (rows.length === 0)
    rows.push([...base, null, null, null, null, null, null, null, null, null, null]);

  return rows;
}
