import { AppError } from '../errors/app-error';
import { hasGoldLabels } from '../import/has-gold-labels';
import { parseImportFile } from '../import/parse-import-file';
import type { ImportFormat, RowError } from '../import/types';
import { classifierForProject } from '../model/classifier-for-project';
import type { ProjectWithLabels } from '../projects/find-project';
import { labelSpecs } from '../projects/label-specs';
import { computeMetrics } from './compute-metrics';
import { predictLabels } from './predict-labels';
import type { EvalMetrics } from './types';

const EVAL_BATCH = 64;
const NO_GOLD_MESSAGE =
  'no gold labels: eval needs "labels" on every row (single-label: one label per row)';

export interface EvalReport extends EvalMetrics {
  model_version: number | null;
  /** Rows of the file that could not be scored (no text, unknown label, no labels field...). */
  refused: RowError[];
}

/**
 * Scores a labelled JSONL/CSV file with the project's current model and compares
 * the predicted labels with the file's labels. Nothing is written to the database.
 * Rows without a gold answer (see `hasGoldLabels`) are refused, not scored.
 *
 * @throws AppError VALIDATION_FAILED when no row of the file can be evaluated.
 */
export async function evaluateFile(
  project: ProjectWithLabels,
  input: { fileName: string; content: string; format?: ImportFormat },
  onProgress?: (done: number, total: number) => void,
): Promise<EvalReport> {
  const labelNames = project.labels.map((label) => label.name);
  const parsed = parseImportFile({ ...input, labels: labelNames, multiLabel: project.multiLabel });

  // A row without a gold answer would count every prediction on it as wrong.
  const isGold = (example: (typeof parsed.accepted)[number]) =>
    hasGoldLabels(example, project.multiLabel);
  const gold = parsed.accepted.filter(isGold);
  const refused: RowError[] = [
    ...parsed.errors,
    ...parsed.accepted
      .filter((example) => !isGold(example))
      .map((example) => ({ line: example.line, message: NO_GOLD_MESSAGE })),
  ].sort((a, b) => a.line - b.line);
  if (gold.length === 0) {
    const first = refused[0];
    const why = first ? ` (line ${first.line}: ${first.message})` : '';
    const rows = parsed.rowCount === 1 ? 'the one row' : `the ${parsed.rowCount} rows`;
    throw new AppError(
      'VALIDATION_FAILED',
      `None of ${rows} of "${input.fileName}" could be evaluated${why}.`,
      { refused: refused.slice(0, 20), duplicates: parsed.duplicates.length },
    );
  }

  const classifier = await classifierForProject(project);
  const labels = labelSpecs(project);
  const predicted: string[][] = [];

  for (let start = 0; start < gold.length; start += EVAL_BATCH) {
    const batch = gold.slice(start, start + EVAL_BATCH);
    const results = await classifier.classify(
      batch.map((example) => example.text),
      labels,
      { multiLabel: project.multiLabel },
    );
    for (const result of results) {
      predicted.push(
        predictLabels(result.probabilities, labelNames, {
          multiLabel: project.multiLabel,
          threshold: project.threshold,
        }),
      );
    }
    onProgress?.(predicted.length, gold.length);
  }
  const metrics = computeMetrics({
    gold: gold.map((example) => example.labels),
    predicted,
    labels: labelNames,
  });

  return {
    ...metrics,
    model_version: project.currentModelVersion?.version ?? null,
    refused,
  };
}
