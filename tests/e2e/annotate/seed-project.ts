import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'reviews.jsonl');

/**
 * Sets the annotator and creates a scored single-label project through the API (faster than
 * the forms, which annotate-flow.spec.ts covers). Cookies land in the page's context.
 */
export async function seedProject(page: Page, labels: string[]): Promise<{ projectId: string }> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = page.request;

  expect((await api.post('/api/me', { data: { name: `e2e-${stamp}` } })).ok()).toBe(true);
  const created = await api.post('/api/projects', {
    data: { name: `E2E seeded ${stamp}`, labels, multiLabel: false },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };

  const imported = await api.post(`/api/projects/${projectId}/imports`, {
    multipart: {
      file: {
        name: 'reviews.jsonl',
        mimeType: 'application/x-ndjson',
        buffer: await readFile(FIXTURE),
      },
    },
  });
  expect(imported.ok()).toBe(true);
  const { jobId } = (await imported.json()) as { jobId: string | null };

  if (jobId) {
    await expect
      .poll(
        async () =>
          ((await (await api.get(`/api/jobs/${jobId}`)).json()) as { status: string }).status,
        { timeout: 120_000, intervals: [250, 500, 1_000] },
      )
      .toBe('DONE');
  }

  return { projectId };
}
