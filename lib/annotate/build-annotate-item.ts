import type { AnnotateItemDto } from '../api/schemas/annotate';
import type { PrismaClient } from '../db/prisma';
import type { ProjectWithLabels } from '../projects/find-project';
import { loadScores } from './load-scores';

/** One example as the annotate screen shows it: text, model version and scores. */
export async function buildAnnotateItem(
  prisma: PrismaClient,
  project: ProjectWithLabels,
  example: { id: string; text: string; seq: number },
): Promise<AnnotateItemDto> {
  const model = project.currentModelVersion!;

  return {
    example: { id: example.id, text: example.text, seq: example.seq },
    modelVersion: { id: model.id, version: model.version, kind: model.kind },
    scores: await loadScores(prisma, project, example),
  };
}
