import type { LabelScoreDto } from '../api/schemas/annotate';
import { classifierForProject } from '../model/classifier-for-project';
import type { ProjectWithLabels } from '../projects/find-project';

/** Scores free texts with the project's current model: every label, highest first. */
export async function predictTexts(
  project: ProjectWithLabels,
  texts: string[],
): Promise<LabelScoreDto[][]> {
  const classifier = await classifierForProject(project);
  const labels = project.labels.map(({ name, description }) => ({ name, description }));
  const results = await classifier.classify(texts, labels, { multiLabel: project.multiLabel });

  return results.map((result) => {
    const scores = project.labels
      .map((label, i) => ({
        labelId: label.id,
        label: label.name,
        description: label.description,
        probability: result.probabilities[i] ?? 0,
        suggested: false,
      }))
      .sort((a, b) => b.probability - a.probability);
    for (const [i, score] of scores.entries()) {
      score.suggested = project.multiLabel ? score.probability >= project.threshold : i === 0;
    }

    return scores;
  });
}
