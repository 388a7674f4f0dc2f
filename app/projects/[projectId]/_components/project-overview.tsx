'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { Breadcrumb } from '@/app/_components/breadcrumb';
import { errorMessage } from '@/app/_lib/api-client';
import { annotatePath } from '@/app/_lib/project-paths';
import { queryKeys } from '@/app/_lib/query-keys';
import { verdictApi } from '@/app/_lib/verdict-api';
import type { ProjectDto } from '@/lib/api/schemas/projects';
import { ImportForm } from './import-form';
import { PredictBox } from './predict-box';
import { ScoringCard } from './scoring-card';

/** Projects can hold thousands of labels; the overview lists the first ones only. */
const LABELS_LISTED = 200;

const cardClass = 'rounded-xl border border-stone-200 bg-white p-5 shadow-sm';

export function ProjectOverview({ projectId }: { projectId: string }) {
  const [importJobId, setImportJobId] = useState<string | null>(null);
  const project = useQuery({
    queryKey: queryKeys.project(projectId),
    queryFn: () => verdictApi.getProject(projectId),
  });

  if (project.isPending) return <p className="text-sm text-stone-500">Loading project…</p>;
  if (project.isError) {
    return (
      <div role="alert" className="space-y-2 text-sm">
        <p className="text-red-700">Could not load this project: {errorMessage(project.error)}</p>
        <Link href="/" className="text-indigo-700 hover:underline">
          Back to the projects
        </Link>
      </div>
    );
  }

  const data = project.data;
  const jobId = importJobId ?? data.latestJob?.id ?? null;

  return (
    <div className="space-y-6">
      <ProjectHeading project={data} />

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section aria-labelledby="import-heading" className={cardClass}>
            <h2 id="import-heading" className="mb-3 text-base font-semibold">
              Import texts
            </h2>
            <ImportForm
              projectId={projectId}
              onImported={(report) => report.jobId && setImportJobId(report.jobId)}
            />
          </section>

          <ScoringCard
            project={data}
            projectUpdatedAt={project.dataUpdatedAt}
            jobId={jobId}
            className={cardClass}
          />

          <PredictBox projectId={projectId} />
        </div>

        <aside className="space-y-6">
          <CountsCard project={data} />
          <LabelsCard project={data} />
        </aside>
      </div>
    </div>
  );
}

function ProjectHeading({ project }: { project: ProjectDto }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        <Breadcrumb steps={[{ href: '/', label: 'Projects' }]} />
        <h1 data-testid="project-name" className="truncate text-2xl font-semibold tracking-tight">
          {project.name}
        </h1>
        <p className="text-sm text-stone-500">
          {project.multiLabel ? `Multi-label, threshold ${project.threshold}` : 'Single-label'}
          {' · '}
          <span data-testid="project-model-version">
            model {project.currentModel ? `v${project.currentModel.version}` : 'none yet'}
          </span>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Link
          href={annotatePath(project.id)}
          data-testid="annotate-link"
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500"
        >
          Annotate →
        </Link>
        {(['jsonl', 'csv'] as const).map((format) => (
          <a
            key={format}
            href={verdictApi.exportUrl(project.id, format)}
            download
            data-testid={`export-${format}`}
            className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-50"
          >
            Export {format.toUpperCase()}
          </a>
        ))}
      </div>
    </div>
  );
}

function CountsCard({ project }: { project: ProjectDto }) {
  const { examples, annotated } = project.counts;
  const percent = examples > 0 ? Math.round((annotated / examples) * 100) : 0;

  return (
    <section aria-labelledby="counts-heading" className={cardClass} data-testid="project-counts">
      <h2 id="counts-heading" className="mb-3 text-base font-semibold">
        Progress
      </h2>
      <p className="text-2xl font-semibold tabular-nums">
        <span data-testid="count-annotated">{annotated.toLocaleString()}</span>
        <span className="text-base font-normal text-stone-500">
          {' '}
          / <span data-testid="count-examples">{examples.toLocaleString()}</span> annotated
        </span>
      </p>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-stone-200">
        <div className="h-full rounded-full bg-indigo-500" style={{ width: `${percent}%` }} />
      </div>
    </section>
  );
}

function LabelsCard({ project }: { project: ProjectDto }) {
  return (
    <section aria-labelledby="labels-heading" className={cardClass}>
      <h2 id="labels-heading" className="mb-3 text-base font-semibold">
        Labels <span className="font-normal text-stone-500">({project.labels.length})</span>
      </h2>
      {project.labels.length === 0 ? (
        <p className="text-sm text-stone-500">
          None yet. An import that names labels creates them.
        </p>
      ) : (
        <ul data-testid="project-labels" className="max-h-80 space-y-1.5 overflow-y-auto text-sm">
          {project.labels.slice(0, LABELS_LISTED).map((label) => (
            <li key={label.id} className="min-w-0">
              <span className="font-medium" dir="auto">
                {label.name}
              </span>
              {label.description && (
                <span className="block truncate text-xs text-stone-500" title={label.description}>
                  {label.description}
                </span>
              )}
            </li>
          ))}
          {project.labels.length > LABELS_LISTED && (
            <li className="text-xs text-stone-500">
              and {(project.labels.length - LABELS_LISTED).toLocaleString()} more
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
