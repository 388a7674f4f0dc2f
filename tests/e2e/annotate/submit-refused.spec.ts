import { expect, type Page, test } from '@playwright/test';
import { seedProject } from './seed-project';

// The same annotator in two tabs: a submit of an item already annotated in the other tab is
// refused with a 409. Retrying cannot fix that, so the tab shows the server's message once,
// keeps nothing as "not saved", and moves on.

const LABELS = ['praise', 'complaint', 'question'];
// The server's message for the 409 (its wording may say annotated or submitted).
const CONFLICT = /You already \w+ this example \(in another tab\?\)/;

async function openAnnotate(page: Page, projectId: string): Promise<string> {
  await page.goto(`/projects/${projectId}/annotate`);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible();

  return (await text.textContent()) ?? '';
}

/** Accepts label 2 (which rejects the others) and submits; waits for the next text. */
async function annotate(page: Page, shown: string): Promise<void> {
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('annotate-text')).not.toHaveText(shown);
}

test('a submit refused with 409 in a second tab is reported once, not retried', async ({
  page,
  context,
}) => {
  const { projectId } = await seedProject(page, LABELS);
  const second = await context.newPage();
  const submitUrl = `**/api/projects/${projectId}/annotate/submit`;
  // The HTTP status of every submit each tab sends (retries included).
  const statuses = { first: [] as number[], second: [] as number[] };
  for (const [tab, sent] of [
    [page, statuses.first],
    [second, statuses.second],
  ] as const) {
    await tab.route(submitUrl, async (route) => {
      const response = await route.fetch();
      sent.push(response.status());
      await route.fulfill({ response });
    });
  }

  const first = await openAnnotate(page, projectId);
  // Same annotator: the example leased to them is served to both tabs.
  expect(await openAnnotate(second, projectId)).toBe(first);

  await annotate(page, first);
  await expect(page.getByTestId('save-status')).toHaveText('All saved', { timeout: 20_000 });
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);

  await annotate(second, first);
  const refused = second.getByTestId('submit-refused');
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(CONFLICT);
  await expect(second.getByTestId('submit-failed')).toBeHidden();
  await expect(second.getByTestId('retry-submit')).toHaveCount(0);
  await expect(second.getByTestId('save-status')).toHaveText('All saved');
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-failed', '0');
  // Not retried: give a retry (first back-off is 1 s) the time to show up.
  await second.waitForTimeout(2_000);
  expect(statuses.second).toEqual([409]);

  // The tab has moved on; the next successful submit clears the message and the progress.
  const next = (await second.getByTestId('annotate-text').textContent()) ?? '';
  expect(next).not.toBe(first);
  await second.keyboard.press('s');
  await expect(second.getByTestId('annotate-text')).not.toHaveText(next);
  await expect(second.getByTestId('save-status')).toHaveText('All saved', { timeout: 20_000 });
  await expect(refused).toBeHidden();
  await expect(second.getByTestId('submit-failed')).toBeHidden();
  await expect(second.getByTestId('progress')).toHaveText(/^1 \/ 5$/);
  expect(statuses.second).toEqual([409, 201]);

  // The first tab still shows the item just skipped here: its submit is refused in turn,
  // and this time the message is dismissed by hand.
  await expect(page.getByTestId('annotate-text')).toHaveText(next);
  await annotate(page, next);
  const refusedFirst = page.getByTestId('submit-refused');
  await expect(refusedFirst).toContainText(CONFLICT);
  await expect(page.getByTestId('retry-submit')).toHaveCount(0);
  await page.getByTestId('dismiss-refused').click();
  await expect(refusedFirst).toBeHidden();
  await expect(page.getByTestId('save-status')).toHaveText('All saved');
  expect(statuses.first).toEqual([201, 409]);
  expect(statuses.second).toEqual([409, 201]);
});
