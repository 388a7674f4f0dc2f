import { parseImportFile } from '../import/parse-import-file';
import type { ImportFormat, RowError } from '../import/types';
import { classifierForProject } from '../model/classifier-for-project';
import type { ProjectWithLabels } from '../projects/find-project';
import { labelSpecs } from '../projects/label-specs';
import { computeMetrics } from './compute-metrics';
import { predictLabels } from './predict-labels';
import type { EvalMetrics } from './types';

const EVAL_BATCH = 64;

export interface EvalReport extends EvalMetrics {
  model_version: number | null;
  /** Rows of the file that could not be scored (no text, unknown label, ...). */
  refused: RowError[];
}

/**
 * Scores a labelled JSONL/CSV file with the project's current model and compares
 * the predicted labels with the file's labels. Nothing is written to the database.
 */
export async function evaluateFile(
  project: ProjectWithLabels,
  input: { fileName: string; content: string; format?: ImportFormat },
  onProgress?: (done: number, total: number) => void,
): Promise<EvalReport> {
  const labelNames = project.labels.map((label) => label.name);
  const parsed = parseImportFile({ ...input, labels: labelNames, multiLabel: project.multiLabel });
  const classifier = await classifierForProject(project);
  const labels = labelSpecs(project);
  const predicted: string[][] = [];

  for (let start = 0; start < parsed.accepted.length; start += EVAL_BATCH) {
    const batch = parsed.accepted.slice(start, start + EVAL_BATCH);
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
    onProgress?.(predicted.length, parsed.accepted.length);
  }
  const metrics = computeMetrics({
    gold: parsed.accepted.map((example) => example.labels),
    predicted,
    labels: labelNames,
  });

  return {
    ...metrics,
    model_version: project.currentModelVersion?.version ?? null,
    refused: parsed.errors,
  };
}
