'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { JobDto } from '@/lib/api/schemas/projects';
import { errorMessage } from '../_lib/api-client';
import { queryKeys } from '../_lib/query-keys';
import { verdictApi } from '../_lib/verdict-api';

const isActive = (job: JobDto | undefined) => job?.status === 'QUEUED' || job?.status === 'RUNNING';

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
  const job = useQuery({
    queryKey: queryKeys.job(jobId),
    queryFn: () => verdictApi.getJob(jobId),
    initialData: initial?.id === jobId ? initial : undefined,
    // Poll from the start even with initial data: it may be stale by the time we render.
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => (query.state.data && !isActive(query.state.data) ? false : 1_000),
  });

  const settledFor = useRef<string | null>(null);
  const queryClient = useQueryClient();
  const data = job.data;

  useEffect(() => {
    if (!data || isActive(data) || settledFor.current === data.id) return;
    settledFor.current = data.id;
    onSettled?.(data);
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
  }, [data, onSettled, queryClient]);

  if (!data) {
    return (
      <div data-testid="job-progress" data-status="LOADING" className="text-sm text-stone-500">
        {job.isError ? `Could not read the job: ${errorMessage(job.error)}` : 'Loading job…'}
      </div>
    );
  }

  const percent = data.total > 0 ? Math.round((data.processed / data.total) * 100) : 0;
  const done = data.status === 'DONE';
  const failed = data.status === 'FAILED';
  const label = failed
    ? 'Scoring failed'
    : done
      ? 'Scored'
      : data.status === 'QUEUED'
        ? 'Waiting to score'
        : 'Scoring';

  return (
    <div data-testid="job-progress" data-status={data.status} className="space-y-1">
      <div className="flex items-baseline justify-between gap-3 text-xs text-stone-600">
        <span className={failed ? 'font-medium text-red-700' : undefined}>{label}</span>
        <span className="tabular-nums">
          {data.processed.toLocaleString()} / {data.total.toLocaleString()}
          {!compact && ` (${done ? 100 : percent}%)`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={data.total}
        aria-valuenow={data.processed}
        className={`h-1.5 overflow-hidden rounded-full bg-stone-200 ${compact ? 'w-32' : 'w-full'}`}
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${
            failed ? 'bg-red-500' : done ? 'bg-emerald-500' : 'bg-indigo-500'
          }`}
          style={{ width: `${done ? 100 : percent}%` }}
        />
      </div>
      {failed && data.error && (
        <p role="alert" data-testid="job-error" className="text-xs text-red-700">
          {data.error}
        </p>
      )}
    </div>
  );
}
