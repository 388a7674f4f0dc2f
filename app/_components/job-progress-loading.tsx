import { errorMessage } from '../_lib/api-client';

/** What stands in for a job's bar until its first poll answers. */
export function JobProgressLoading({ error }: { error: unknown }) {
  return (
    <div data-testid="job-progress" data-status="LOADING" className="text-sm text-stone-500">
      {error ? `Could not read the job: ${errorMessage(error)}` : 'Loading job…'}
    </div>
  );
}
