import { expect, test } from '@playwright/test';

// Texts and label sets at the sizes other tools break on: a 50 KB text with emoji and
// right-to-left script, and a project with 2,000 labels.
test('a 50 KB text and 2,000 labels display and stay usable', async ({ page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const api = page.request;
  const labels = Array.from({ length: 2000 }, (_, i) => `topic_${String(i).padStart(4, '0')}`);
  const paragraph = 'The parcel 📦 arrived late — الطرد وصل متأخرا — החבילה הגיעה באיחור. ';
  const longText = paragraph.repeat(Math.ceil(50_000 / paragraph.length)).slice(0, 50_000);

  expect((await api.post('/api/me', { data: { name: `e2e-long-${stamp}` } })).ok()).toBe(true);
  const created = await api.post('/api/projects', {
    data: { name: `E2E long ${stamp}`, labels, multiLabel: true },
  });
  expect(created.status()).toBe(201);
  const { id: projectId } = (await created.json()) as { id: string };
  const imported = await api.post(`/api/projects/${projectId}/imports`, {
    data: { fileName: 'long.jsonl', content: `${JSON.stringify({ text: longText })}\n` },
  });
  expect(imported.status()).toBe(201);

  await page.goto(`/projects/${projectId}/annotate`);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible({ timeout: 60_000 });

  // Every character arrives, unshifted: the DOM holds exactly the stored text.
  expect(await text.textContent()).toBe(longText);
  await expect(page.getByTestId('progress')).toContainText('0');

  // The add-label search filters 2,000 labels without freezing: typing shows the match.
  await page.keyboard.press('/');
  await page.getByTestId('add-label-input').fill('topic_1999');
  await expect(page.getByTestId('add-label-option-topic_1999')).toBeVisible();
});
