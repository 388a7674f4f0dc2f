import { expect, test } from '@playwright/test';
import { seedProject } from './seed-project';

// The scoring card's bar and the count under it read the same numbers: the job's while it
// runs, the project's (fetched again when the job ends) once it is over.

type Job = { id: string; status: string; processed: number; total: number };
type Project = { counts: { examples: number; scored: number }; latestJob: Job | null };

test('the scoring bar and the scored count agree while the job runs and after', async ({
  page,
}) => {
  const { projectId } = await seedProject(page, ['praise', 'complaint', 'question']);
  const real = (await (await page.request.get(`/api/projects/${projectId}`)).json()) as Project;
  const job = real.latestJob;
  expect(job?.status).toBe('DONE');
  expect(real.counts).toMatchObject({ examples: 5, scored: 5 });
  const running = { ...job!, status: 'RUNNING', processed: 2, finishedAt: null };

  // Replay the moment the job was 2 / 5 through: the project, read then, counted 0 scored.
  const projectUrl = `**/api/projects/${projectId}`;
  const jobUrl = `**/api/jobs/${job!.id}`;
  await page.route(projectUrl, (route) =>
    route.fulfill({
      json: { ...real, counts: { ...real.counts, scored: 0 }, latestJob: running },
    }),
  );
  await page.route(jobUrl, (route) => route.fulfill({ json: running }));

  await page.goto(`/projects/${projectId}`);
  const progress = page.getByTestId('job-progress');
  const scored = page.getByTestId('scored-count');
  await expect(progress).toHaveAttribute('data-status', 'RUNNING');
  await expect(page.getByTestId('job-progress-count')).toHaveText('2 / 5 (40%)');
  await expect(scored).toHaveText('2 of 5 examples scored so far.');
  await expect(scored).toHaveAttribute('data-source', 'job');

  // The job ends: the bar shows it done and the count is the project's, fetched again.
  const refetched = page.waitForResponse(
    (response) => new URL(response.url()).pathname === `/api/projects/${projectId}`,
  );
  await page.unroute(projectUrl);
  await page.unroute(jobUrl);
  await expect(progress).toHaveAttribute('data-status', 'DONE');
  await expect(page.getByTestId('job-progress-count')).toHaveText('5 / 5 (100%)');
  expect((await refetched).ok()).toBe(true);
  await expect(scored).toHaveText('5 of 5 examples scored by the current model.');
  await expect(scored).toHaveAttribute('data-source', 'project');
});
