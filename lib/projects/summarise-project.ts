import type { JobDto, ProjectDto } from '../api/schemas/projects';
import type { Job } from '../db/generated/client';
import type { PrismaClient } from '../db/prisma';
import type { ProjectWithLabels } from './find-project';

/** The project as the API shows it: labels, counts, current model and latest job. */
export async function summariseProject(
  prisma: PrismaClient,
  project: ProjectWithLabels,
): Promise<ProjectDto> {
  const modelId = project.currentModelVersionId;
  const [examples, annotated, scored, latestJob] = await Promise.all([
    prisma.example.count({ where: { projectId: project.id } }),
    prisma.example.count({
      where: {
        projectId: project.id,
        submissions: { some: { kind: 'ANNOTATED', undoneAt: null } },
      },
    }),
    modelId ? prisma.prediction.count({ where: { modelVersionId: modelId } }) : Promise.resolve(0),
    prisma.job.findFirst({ where: { projectId: project.id }, orderBy: { createdAt: 'desc' } }),
  ]);

  return {
    id: project.id,
    name: project.name,
    multiLabel: project.multiLabel,
    threshold: project.threshold,
    createdAt: project.createdAt.toISOString(),
    labels: project.labels.map(({ id, name, description }) => ({ id, name, description })),
    currentModel: project.currentModelVersion
      ? {
          id: project.currentModelVersion.id,
          version: project.currentModelVersion.version,
          kind: project.currentModelVersion.kind,
        }
      : null,
    counts: { examples, annotated, scored },
    latestJob: latestJob ? toJobDto(latestJob) : null,
  };
}

export function toJobDto(job: Job): JobDto {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    total: job.total,
    processed: job.processed,
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
