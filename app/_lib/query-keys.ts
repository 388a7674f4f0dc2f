/** Every TanStack Query key of the UI, so invalidations cannot drift from the queries. */
export const queryKeys = {
  me: ['me'] as const,
  projects: ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
  job: (jobId: string) => ['jobs', jobId] as const,
  /** The next item to annotate, given the ids the client already holds. */
  nextItem: (projectId: string, exclude: readonly string[]) =>
    ['annotate', projectId, 'next', exclude.join(',')] as const,
  annotate: (projectId: string) => ['annotate', projectId] as const,
};
