import { expect, test } from '@playwright/test';
import { seedProject } from './seed-project';

// A submit that meets a network failure is retried with the same clientId, and one that
// fails every retry stays on screen as "not saved" until retried or brought back with U.

const LABELS = ['praise', 'complaint', 'question'];

test('a failed submit is retried with the same clientId', async ({ page }) => {
  const { projectId } = await seedProject(page, LABELS);
  const submitUrl = `**/api/projects/${projectId}/annotate/submit`;
  const clientIds: string[] = [];
  let aborted = 0;
  await page.route(submitUrl, async (route) => {
    clientIds.push((route.request().postDataJSON() as { clientId: string }).clientId);
    // The first attempt never reaches the server.
    if (aborted++ === 0) return route.abort('connectionreset');
    return route.continue();
  });

  await page.goto(`/projects/${projectId}/annotate`);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible();
  const first = await text.textContent();

  await page.keyboard.press('Enter');
  await expect(text).not.toHaveText(first ?? '');
  await expect(page.getByTestId('save-status')).toHaveText('All saved', { timeout: 20_000 });
  expect(clientIds).toHaveLength(2);
  expect(clientIds[0]).toBe(clientIds[1]);
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);
});

test('a submit that keeps failing is shown, and U brings it back', async ({ page }) => {
  const { projectId } = await seedProject(page, LABELS);
  await page.route(`**/api/projects/${projectId}/annotate/submit`, (route) =>
    route.abort('internetdisconnected'),
  );

  await page.goto(`/projects/${projectId}/annotate`);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible();
  const first = (await text.textContent()) ?? '';

  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(text).not.toHaveText(first);
  const banner = page.getByTestId('submit-failed');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('not saved');
  await expect(page.getByTestId('save-status')).toHaveText('1 not saved');

  // Undo restores the unsaved item locally, its decisions reset.
  await page.keyboard.press('u');
  await expect(text).toHaveText(first);
  await expect(banner).toBeHidden();

  // With the network back, the same item saves.
  await page.unroute(`**/api/projects/${projectId}/annotate/submit`);
  await page.keyboard.press('Enter');
  await expect(text).not.toHaveText(first);
  await expect(page.getByTestId('save-status')).toHaveText('All saved', { timeout: 20_000 });
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);
});
