// Runs once when a Next.js server process starts: bring up the database and the
// background job worker (scoring after imports) inside the web-app process.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.VERDICT_NO_WORKER === '1') return;

  const { getReadyPrisma } = await import('./lib/server/ensure-server-ready');
  const { startJobWorker } = await import('./lib/jobs/start-job-worker');
  startJobWorker(await getReadyPrisma());
}
