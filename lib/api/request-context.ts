import { annotatorNameFromRequest, resolveAnnotator } from '../annotators/resolve-annotator';
import { getEnv } from '../config/env';
import { findProject } from '../projects/find-project';
import { getReadyPrisma } from '../server/ensure-server-ready';

/** The database, the project named in the path and the annotator behind a request. */
export async function requestContext(request: Request, projectId: string) {
  const prisma = await getReadyPrisma();
  const [project, annotator] = await Promise.all([
    findProject(prisma, projectId),
    resolveAnnotator(prisma, annotatorNameFromRequest(request), getEnv().VERDICT_DEFAULT_ANNOTATOR),
  ]);

  return { prisma, project, annotator };
}
