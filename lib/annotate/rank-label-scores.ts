import type { LabelScoreDto } from '../api/schemas/annotate';
import type { ProjectWithLabels } from '../projects/find-project';

/**
 * Every label of the project with its probability, highest first, suggestions
 * marked: those at or above the threshold (multi-label) or the top one
 * (single-label). The annotate screen, predict and the CLI all rank this way.
 */
export function rankLabelScores(
  project: ProjectWithLabels,
  probabilityOf: (labelName: string, index: number) => number,
): LabelScoreDto[] {
  const scores = project.labels
    .map((label, i) => ({
      labelId: label.id,
      label: label.name,
      description: label.description,
      probability: probabilityOf(label.name, i),
      suggested: false,
    }))
    .sort((a, b) => b.probability - a.probability);
  for (const [i, score] of scores.entries()) {
    score.suggested = project.multiLabel ? score.probability >= project.threshold : i === 0;
  }

  return scores;
}
