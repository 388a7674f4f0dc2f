'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { JobDto } from '@/lib/api/schemas/projects';
import { queryKeys } from './query-keys';
import { verdictApi } from './verdict-api';

export const isJobActive = (job: JobDto | null | undefined) =>
  job?.status === 'QUEUED' || job?.status === 'RUNNING';

type Options = {
  /** What the page already knows of the job, shown until the first poll answers. */
  initial?: JobDto | null;
  /** Called once when the job reaches DONE or FAILED, e.g. to refresh counts. */
  onSettled?: (job: JobDto) => void;
};

/**
 * Polls GET /api/jobs/:id every second while the job is queued or running. `settledAt` is
 * when this page saw the job end (`Date.now()`), 0 if it was already over when first read:
 * data fetched before that moment predates the job's results.
 */
export function useJob(jobId: string, { initial, onSettled }: Options = {}) {
  const job = useQuery({
    queryKey: queryKeys.job(jobId),
    queryFn: () => verdictApi.getJob(jobId),
    initialData: initial?.id === jobId ? initial : undefined,
    // Poll from the start even with initial data: it may be stale by the time we render.
    initialDataUpdatedAt: 0,
    refetchInterval: (query) =>
      query.state.data && !isJobActive(query.state.data) ? false : 1_000,
  });

  const queryClient = useQueryClient();
  const data = job.data;
  const seenActive = useRef(false);
  const settledFor = useRef<string | null>(null);
  const [settledAt, setSettledAt] = useState(0);

  useEffect(() => {
    if (!data) return;
    if (isJobActive(data)) {
      seenActive.current = true;
      return;
    }
    if (settledFor.current === data.id) return;
    settledFor.current = data.id;
    if (seenActive.current) setSettledAt(Date.now());
    onSettled?.(data);
    // Every project query (the list and each project) starts with this key.
    void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
  }, [data, onSettled, queryClient]);

  return { job: data, error: job.isError ? job.error : null, settledAt };
}
