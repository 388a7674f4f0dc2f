'use client';

import type { JobDto } from '@/lib/api/schemas/projects';
import { useJob } from '../_lib/use-job';
import { JobProgressBar } from './job-progress-bar';
import { JobProgressLoading } from './job-progress-loading';

type Props = {
  jobId: string;
  /** What the page already knows of the job, shown until the first poll answers. */
  initial?: JobDto | null;
  /** Called once when the job reaches DONE or FAILED, e.g. to refresh counts. */
  onSettled?: (job: JobDto) => void;
  compact?: boolean;
};

/** A progress bar that polls GET /api/jobs/:id every second while the job is running. */
export function JobProgress({ jobId, initial, onSettled, compact = false }: Props) {
  const { job, error } = useJob(jobId, { initial, onSettled });

  if (!job) return <JobProgressLoading error={error} />;

  return <JobProgressBar job={job} compact={compact} />;
}
