import type { JobDto } from '@/lib/api/schemas/projects';

type Props = { job: JobDto; compact?: boolean };

/** A scoring job's state, processed / total and bar; the caller polls the job. */
export function JobProgressBar({ job, compact = false }: Props) {
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : 0;
  const done = job.status === 'DONE';
  const failed = job.status === 'FAILED';
  const label = failed
    ? 'Scoring failed'
    : done
      ? 'Scored'
      : job.status === 'QUEUED'
        ? 'Waiting to score'
        : 'Scoring';

  return (
    <div data-testid="job-progress" data-status={job.status} className="space-y-1">
      <div className="flex items-baseline justify-between gap-3 text-xs text-stone-600">
        <span className={failed ? 'font-medium text-red-700' : undefined}>{label}</span>
        <span data-testid="job-progress-count" className="tabular-nums">
          {job.processed.toLocaleString()} / {job.total.toLocaleString()}
          {!compact && ` (${done ? 100 : percent}%)`}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={job.total}
        aria-valuenow={job.processed}
        className={`h-1.5 overflow-hidden rounded-full bg-stone-200 ${compact ? 'w-32' : 'w-full'}`}
      >
        <div
          className={`h-full rounded-full transition-[width] duration-500 ${
            failed ? 'bg-red-500' : done ? 'bg-emerald-500' : 'bg-indigo-500'
          }`}
          style={{ width: `${done ? 100 : percent}%` }}
        />
      </div>
      {failed && job.error && (
        <p role="alert" data-testid="job-error" className="text-xs text-red-700">
          {job.error}
        </p>
      )}
    </div>
  );
}
