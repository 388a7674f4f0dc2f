import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { FIXTURE } from './seed-project';

// A project can be addressed by its name in the URL: the name is decoded once from the
// path and encoded once again in every API call and link.
test('a project opened by its URL-encoded name, with spaces and a %', async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const name = `ui banking77 ${stamp} 100% sure`;
  const api = page.request;

  expect((await api.post('/api/me', { data: { name: `e2e-named-${stamp}` } })).ok()).toBe(true);
  const created = await api.post('/api/projects', {
    data: { name, labels: ['praise', 'complaint', 'question'], multiLabel: false },
  });
  expect(created.status()).toBe(201);
  const imported = await api.post(`/api/projects/${encodeURIComponent(name)}/imports`, {
    multipart: {
      file: {
        name: 'reviews.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: await readFile(FIXTURE),
      },
    },
  });
  expect(imported.ok()).toBe(true);

  const encoded = encodeURIComponent(name);
  await page.goto(`/projects/${encoded}`);
  await expect(page.getByTestId('project-name')).toHaveText(name);
  await expect(page.getByTestId('count-examples')).toHaveText('5');
  await expect(page.getByTestId('job-progress')).toHaveAttribute('data-status', 'DONE', {
    timeout: 120_000,
  });

  await page.goto(`/projects/${encoded}/annotate`);
  await expect(page.getByTestId('annotate-text')).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveText(/^0 \/ 5$/);
  const back = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name });
  await expect(back).toHaveAttribute('href', `/projects/${encoded}`);

  // A submit through the name-addressed API counts.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText('All saved');
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);

  // And back on the overview, reached through the breadcrumb.
  await back.click();
  await expect(page.getByTestId('project-name')).toHaveText(name);
  await expect(page.getByTestId('count-annotated')).toHaveText('1');
});
