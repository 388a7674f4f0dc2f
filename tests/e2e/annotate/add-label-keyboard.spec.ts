import { expect, type Page, test } from '@playwright/test';
import { seedProject } from './seed-project';

// The `/` search hands the keyboard back: after a pick (Enter or click) or Esc, the list is
// closed, the input empty and out of focus, and the next key is a shortcut again.

// More labels than the screen lists (9), so some can only be reached through the search.
const LABELS = [
  'praise',
  'complaint',
  'question',
  'billing',
  'shipping',
  'refund',
  'account',
  'privacy',
  'feature request',
  'bug report',
  'spam',
  'other',
];

type SubmitBody = {
  kind: string;
  decisions: Array<{ labelId: string; decision: string; origin: string }>;
};

/** A label of the project that is not listed on screen. */
async function unlistedLabel(page: Page): Promise<string> {
  const rows = page.getByTestId('label-rows').locator('> li[data-testid^="label-row-"]');
  await expect(rows.first()).toBeVisible();
  const listed = new Set(
    (await rows.evaluateAll((items) => items.map((item) => item.dataset.testid ?? ''))).map((id) =>
      id.replace(/^label-row-/, ''),
    ),
  );
  const name = LABELS.find((label) => !listed.has(label));
  expect(name, 'a label the screen does not list').toBeDefined();

  return name!;
}

async function expectSearchClosed(page: Page) {
  const input = page.getByTestId('add-label-input');
  await expect(input).not.toBeFocused();
  await expect(input).toHaveValue('');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('add-label-options')).toBeHidden();
}

test('after `/`, a name and Enter, the next Enter submits with the added label', async ({
  page,
}) => {
  const { projectId } = await seedProject(page, LABELS);
  await page.goto(`/projects/${projectId}/annotate`);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveText(/^0 \/ 5$/);
  const first = (await text.textContent()) ?? '';

  // Pick with the keyboard.
  const added = await unlistedLabel(page);
  await page.keyboard.press('/');
  await expect(page.getByTestId('add-label-input')).toBeFocused();
  await page.keyboard.type(added);
  await page.keyboard.press('Enter');

  const row = page.getByTestId(`label-row-${added}`);
  await expect(row).toHaveAttribute('data-origin', 'added');
  await expect(row).toHaveAttribute('data-state', 'accept');
  await expectSearchClosed(page);
  // Single-label: the pick rejected the suggestion; a second Enter must not flip it back.
  const suggested = page.locator('[data-testid^="label-row-"][data-origin="suggested"]');
  if ((await suggested.count()) > 0) {
    await expect(suggested.first()).toHaveAttribute('data-state', 'reject');
  }

  const addedLabelId = await page.evaluate(async (id) => {
    const response = await fetch(`/api/projects/${encodeURIComponent(id)}`);
    const project = (await response.json()) as { labels: Array<{ id: string; name: string }> };
    return project.labels;
  }, projectId);
  const labelId = addedLabelId.find((label) => label.name === added)?.id;
  expect(labelId).toBeDefined();

  // Enter now submits, with the added label among the decisions.
  const submitted = page.waitForRequest(
    (request) => request.url().endsWith('/annotate/submit') && request.method() === 'POST',
  );
  await page.keyboard.press('Enter');
  const body = (await submitted).postDataJSON() as SubmitBody;
  expect(body.kind).toBe('annotated');
  expect(body.decisions).toContainEqual({ labelId, decision: 'accept', origin: 'added' });
  expect(body.decisions.filter((decision) => decision.decision === 'accept')).toHaveLength(1);
  await expect(text).not.toHaveText(first);
  await expect(page.getByTestId('save-status')).toHaveText('All saved');
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);

  // Pick with the mouse: Ctrl+Z works at once afterwards and brings the first item back.
  const second = (await text.textContent()) ?? '';
  const clicked = await unlistedLabel(page);
  await page.keyboard.press('/');
  await page.keyboard.type(clicked.slice(0, 4));
  await page.getByTestId(`add-label-option-${clicked}`).click();
  await expect(page.getByTestId(`label-row-${clicked}`)).toHaveAttribute('data-origin', 'added');
  await expectSearchClosed(page);
  await page.keyboard.press('Control+z');
  await expect(text).toHaveText(first);
  await expect(page.getByTestId('progress')).toHaveText(/^0 \/ 5$/);

  // Esc closes the search without picking; `/` opens it again, then A accepts and submits.
  await page.keyboard.press('/');
  await page.keyboard.type('zzz');
  await expect(page.getByTestId('add-label-options')).toContainText('No label matches');
  await page.keyboard.press('Escape');
  await expectSearchClosed(page);
  await page.keyboard.press('/');
  await expect(page.getByTestId('add-label-input')).toBeFocused();
  await expect(page.getByTestId('add-label-options')).toBeVisible();
  await page.keyboard.press('Escape');
  await expectSearchClosed(page);
  await page.keyboard.press('s');
  await expect(text).not.toHaveText(first);
  await expect(text).toHaveText(second);
  await expect(page.getByTestId('save-status')).toHaveText('All saved');
});
