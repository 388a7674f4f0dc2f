import path from 'node:path';
import {
  type CreateProjectBody,
  createProjectBodySchema,
  normaliseLabelInput,
} from '../api/schemas/projects';
import type { PrismaClient } from '../db/prisma';
import { AppError } from '../errors/app-error';
import { createLogger } from '../log/logger';
import { getClassifier } from '../model/model-registry';
import { defaultModelSpec, gliclassModelSpec, type ModelSpec } from '../model/model-spec';

const log = createLogger('projects');

/**
 * Creates a project with its labels and its first model version (v1: the
 * embedded zero-shot model, or a local GLiClass export), in one transaction.
 */
export async function createProject(prisma: PrismaClient, input: CreateProjectBody) {
  const body = createProjectBodySchema.parse(input);
  const labels = body.labels.map(normaliseLabelInput);
  assertDistinctLabels(labels.map((label) => label.name));

  const existing = await prisma.project.findFirst({
    where: { OR: [{ name: body.name }, { id: body.name }] },
  });
  if (existing) {
    throw new AppError(
      'CONFLICT',
      `A project named "${body.name}" already exists; pick another name.`,
    );
  }

  const spec = body.modelPath
    ? gliclassModelSpec(path.resolve(body.modelPath))
    : defaultModelSpec();
  if (body.modelPath) await checkModelFolder(spec);

  const project = await prisma.$transaction(async (tx) => {
    const created = await tx.project.create({
      data: {
        name: body.name,
        multiLabel: body.multiLabel,
        threshold: body.threshold,
        labels: { create: labels.map((label, position) => ({ ...label, position })) },
      },
    });
    const model = await tx.modelVersion.create({
      data: {
        projectId: created.id,
        version: 1,
        kind: spec.kind,
        source: spec.source,
        config: spec.config,
      },
    });

    return tx.project.update({
      where: { id: created.id },
      data: { currentModelVersionId: model.id },
    });
  });
  log.info(
    { projectId: project.id, project: project.name, labels: labels.length },
    'project created',
  );

  return project;
}

export function assertDistinctLabels(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      throw new AppError('VALIDATION_FAILED', `The label "${name}" is given twice.`);
    seen.add(name);
  }
}

/** Loads a GLiClass folder once now, so a bad path fails at creation with a 422, not later. */
async function checkModelFolder(spec: ModelSpec): Promise<void> {
  try {
    await getClassifier({ id: `folder:${spec.source}`, ...spec });
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError('VALIDATION_FAILED', error.message, error.details);
    throw error;
  }
}
