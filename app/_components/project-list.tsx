'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { ProjectDto } from '@/lib/api/schemas/projects';
import { errorMessage } from '../_lib/api-client';
import { annotatePath, projectPath } from '../_lib/project-paths';
import { queryKeys } from '../_lib/query-keys';
import { verdictApi } from '../_lib/verdict-api';
import { JobProgress } from './job-progress';

const scoringActive = (project: ProjectDto) =>
  project.latestJob?.status === 'QUEUED' || project.latestJob?.status === 'RUNNING';

export function ProjectList() {
  const projects = useQuery({
    queryKey: queryKeys.projects,
    queryFn: verdictApi.listProjects,
    // Counts move while a scoring job runs; refresh the list until every job is over.
    refetchInterval: (query) => (query.state.data?.some(scoringActive) ? 2_000 : false),
  });

  if (projects.isPending) {
    return <p className="text-sm text-stone-500">Loading projects…</p>;
  }
  if (projects.isError) {
    return (
      <p role="alert" className="text-sm text-red-700">
        Could not load the projects: {errorMessage(projects.error)}
      </p>
    );
  }
  if (projects.data.length === 0) {
    return (
      <div
        data-testid="project-list-empty"
        className="rounded-xl border border-dashed border-stone-300 p-8 text-center text-sm text-stone-500"
      >
        No projects yet. Create one with the form: a name and a few labels are enough.
      </div>
    );
  }

  return (
    <ul data-testid="project-list" className="space-y-3">
      {projects.data.map((project) => (
        <ProjectCard key={project.id} project={project} />
      ))}
    </ul>
  );
}

function ProjectCard({ project }: { project: ProjectDto }) {
  const { counts, latestJob } = project;

  return (
    <li
      data-testid={`project-card-${project.name}`}
      className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm transition hover:border-stone-300"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <Link
            href={projectPath(project.id)}
            data-testid="project-link"
            className="block truncate font-medium text-stone-900 hover:text-indigo-700"
          >
            {project.name}
          </Link>
          <p className="mt-0.5 text-xs text-stone-500">
            {project.labels.length.toLocaleString()} label{project.labels.length === 1 ? '' : 's'}
            {' · '}
            {project.multiLabel ? `multi-label, threshold ${project.threshold}` : 'single-label'}
            {' · '}
            model {project.currentModel ? `v${project.currentModel.version}` : 'none yet'}
          </p>
        </div>
        <Link
          href={annotatePath(project.id)}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-50"
        >
          Annotate
        </Link>
      </div>
      <dl className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-2 text-sm">
        <div>
          <dt className="text-xs text-stone-500">Examples</dt>
          <dd className="tabular-nums">{counts.examples.toLocaleString()}</dd>
        </div>
        <div>
          <dt className="text-xs text-stone-500">Annotated</dt>
          <dd className="tabular-nums">
            {counts.annotated.toLocaleString()} / {counts.examples.toLocaleString()}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-stone-500">Scored</dt>
          <dd className="tabular-nums">
            {counts.scored.toLocaleString()} / {counts.examples.toLocaleString()}
          </dd>
        </div>
        {latestJob && scoringActive(project) && (
          <div className="min-w-48 flex-1">
            <JobProgress jobId={latestJob.id} initial={latestJob} compact />
          </div>
        )}
        {latestJob?.status === 'FAILED' && (
          <div className="text-xs text-red-700" title={latestJob.error ?? undefined}>
            Last scoring job failed
          </div>
        )}
      </dl>
    </li>
  );
}
