'use client';

import { JobProgressBar } from '@/app/_components/job-progress-bar';
import { JobProgressLoading } from '@/app/_components/job-progress-loading';
import { isJobActive, useJob } from '@/app/_lib/use-job';
import type { JobDto, ProjectDto } from '@/lib/api/schemas/projects';

type Props = {
  project: ProjectDto;
  /** When `project` was fetched (the query's `dataUpdatedAt`). */
  projectUpdatedAt: number;
  /** The job to follow: the one just imported, else the project's latest. */
  jobId: string | null;
  className: string;
};

/**
 * The scoring job's bar and, under it, how many examples are scored. Both read the same
 * numbers: the job's processed / total while it runs (and until the project's counts are
 * fetched again after it ends), the project's counts otherwise.
 */
export function ScoringCard({ project, projectUpdatedAt, jobId, className }: Props) {
  return (
    <section aria-labelledby="scoring-heading" className={className}>
      <h2 id="scoring-heading" className="mb-3 text-base font-semibold">
        Scoring
      </h2>
      {jobId ? (
        <FollowedJob
          key={jobId}
          jobId={jobId}
          project={project}
          projectUpdatedAt={projectUpdatedAt}
        />
      ) : (
        <>
          <p className="text-sm text-stone-500">
            No scoring job yet: import texts and the current model scores them.
          </p>
          <ScoredCount project={project} job={null} />
        </>
      )}
    </section>
  );
}

type FollowedJobProps = { jobId: string; project: ProjectDto; projectUpdatedAt: number };

function FollowedJob({ jobId, project, projectUpdatedAt }: FollowedJobProps) {
  // Once the job ends, the hook refetches every project query, these counts included.
  const { job, error, settledAt } = useJob(jobId, { initial: project.latestJob });
  const countsBehind = job && (isJobActive(job) || projectUpdatedAt < settledAt);

  return (
    <>
      {job ? <JobProgressBar job={job} /> : <JobProgressLoading error={error} />}
      <ScoredCount project={project} job={countsBehind ? job : null} />
    </>
  );
}

function ScoredCount({ project, job }: { project: ProjectDto; job: JobDto | null }) {
  return (
    <p
      data-testid="scored-count"
      data-source={job ? 'job' : 'project'}
      className="mt-3 text-xs text-stone-500"
    >
      {job
        ? `${job.processed.toLocaleString()} of ${job.total.toLocaleString()} examples scored so far.`
        : `${project.counts.scored.toLocaleString()} of ${project.counts.examples.toLocaleString()} examples scored by the current model.`}
    </p>
  );
}
