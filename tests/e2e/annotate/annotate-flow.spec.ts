import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { formatProbability } from '../../../app/_lib/format-probability';

// One annotator's whole loop through the browser: create a project, import a file, wait for
// scoring, annotate with the keyboard, undo, skip, and find every decision in the export.

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'reviews.jsonl');
const LABELS = ['praise', 'complaint: something went wrong', 'question'];
const ARABIC = 'هذا المنتج رائع جدا وأنا سعيد به كثيرا';

type ExportedAnnotation = {
  annotator: string;
  label: string;
  decision: 'accept' | 'reject';
  origin: string;
  model_version: number | null;
  probability_shown: number | null;
  undone_at: string | null;
};
type ExportedLine = {
  id: string;
  text: string;
  annotations: ExportedAnnotation[];
  skips: Array<{ annotator: string; undone_at: string | null }>;
};

type ShownRow = { name: string; probability: number; percent: string; suggested: boolean };

/** The label rows on screen, in order, with what each one shows. */
async function readRows(page: Page): Promise<ShownRow[]> {
  const rows = page.getByTestId('label-rows').locator('> li[data-testid^="label-row-"]');
  const count = await rows.count();
  const shown: ShownRow[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    const testId = (await row.getAttribute('data-testid')) ?? '';
    shown.push({
      name: testId.replace(/^label-row-/, ''),
      probability: Number(await row.getAttribute('data-probability')),
      percent: (await row.getByTestId('label-probability').textContent()) ?? '',
      suggested: (await row.getAttribute('data-suggested')) === 'true',
    });
  }

  return shown;
}

const rowOf = (page: Page, name: string): Locator => page.getByTestId(`label-row-${name}`);

async function currentText(page: Page): Promise<string> {
  return (await page.getByTestId('annotate-text').textContent()) ?? '';
}

test('annotate with the keyboard, undo, skip, and export every decision', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const annotator = `e2e-${stamp}`;
  const projectName = `E2E reviews ${stamp}`;

  // Annotator name, stored by the server in a cookie.
  await page.goto('/');
  await page.getByTestId('annotator-edit').click();
  await page.getByTestId('annotator-input').fill(annotator);
  await page.getByTestId('annotator-save').click();
  await expect(page.getByTestId('annotator-name')).toHaveText(annotator);

  // Validation errors come back inline.
  await page.getByTestId('create-project').click();
  await expect(page.getByTestId('project-name-error')).toBeVisible();

  // Create a single-label project.
  await page.getByTestId('project-name-input').fill(projectName);
  await page.getByTestId('project-labels-input').fill(LABELS.join('\n'));
  await page.getByTestId('mode-single').click();
  await page.getByTestId('create-project').click();
  await expect(page).toHaveURL(/\/projects\/[^/]+$/);
  await expect(page.getByTestId('project-name')).toHaveText(projectName);

  // Import: 5 texts kept, 1 duplicate, 2 refused lines with their numbers.
  await page.getByTestId('import-file').setInputFiles(FIXTURE);
  await page.getByTestId('import-submit').click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('import-accepted')).toHaveText('5');
  await expect(page.getByTestId('import-duplicates')).toHaveText('1');
  await expect(page.getByTestId('import-rejected')).toHaveText('2');
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('line 6');
  await expect(errors).toContainText('line 8');

  // Scoring runs in the background; the bar follows the job until it is done.
  await expect(page.getByTestId('job-progress')).toHaveAttribute('data-status', 'DONE', {
    timeout: 120_000,
  });

  // The loading placeholder must never appear once the first text is on screen: the next
  // text is prefetched while the current one is shown.
  // (Installed in this document: the link below navigates on the client side.)
  await page.evaluate(() => {
    const flags = window as unknown as { __loadingFlash?: boolean };
    let seenText = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="annotate-text"]')) seenText = true;
      else if (seenText && document.querySelector('[data-testid="annotate-loading"]')) {
        flags.__loadingFlash = true;
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const prefetch = page.waitForResponse((response) =>
    response.url().includes('/annotate/next?exclude='),
  );
  await page.getByTestId('annotate-link').click();
  await expect(page).toHaveURL(/\/annotate$/);
  const text = page.getByTestId('annotate-text');
  await expect(text).toBeVisible();
  await expect(page.getByTestId('model-version')).toHaveText(/^v\d+$/);
  const modelVersion = Number((await page.getByTestId('model-version').textContent())?.slice(1));
  await expect(page.getByTestId('progress')).toHaveText(/^0 \/ 5$/);
  await expect(page.getByTestId('decision-rule')).toContainText('Suggested labels start accepted');

  const shownTexts: string[] = [];
  const checkDirection = async () => {
    const shown = await currentText(page);
    shownTexts.push(shown);
    if (shown === ARABIC) {
      expect(await text.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    }
    return shown;
  };

  // Item 1: accept label 2 with its key; single-label, so the suggestion (row 1) is rejected.
  const text1 = await checkDirection();
  const rows1 = await readRows(page);
  expect(rows1).toHaveLength(3);
  expect(rows1.map((row) => row.probability)).toEqual(
    [...rows1.map((row) => row.probability)].sort((a, b) => b - a),
  );
  const [top1, second1] = [rows1[0]!, rows1[1]!];
  expect(top1.suggested).toBe(true);
  await expect(rowOf(page, top1.name)).toHaveAttribute('data-state', 'accept');
  await expect(rowOf(page, second1.name)).toHaveAttribute('data-state', 'unset');
  await page.keyboard.press('2');
  await expect(rowOf(page, second1.name)).toHaveAttribute('data-state', 'accept');
  await expect(rowOf(page, top1.name)).toHaveAttribute('data-state', 'reject');
  await prefetch;
  await page.keyboard.press('Enter');
  await expect(text).not.toHaveText(text1);
  expect(await page.evaluate(() => (window as { __loadingFlash?: boolean }).__loadingFlash)).toBe(
    undefined,
  );

  // Item 2: accept the suggestion and submit in one key; then undo it.
  const text2 = await checkDirection();
  const rows2 = await readRows(page);
  const top2 = rows2[0]!;
  const third2 = rows2[2]!;
  await page.keyboard.press('a');
  await expect(text).not.toHaveText(text2);
  await expect(page.getByTestId('save-status')).toHaveText('All saved');
  await expect(page.getByTestId('progress')).toHaveText(/^2 \/ 5$/);

  await page.keyboard.press('u');
  await expect(text).toHaveText(text2);
  await expect(rowOf(page, top2.name)).toHaveAttribute('data-state', 'accept');
  await expect(rowOf(page, third2.name)).toHaveAttribute('data-state', 'unset');
  await expect(page.getByTestId('progress')).toHaveText(/^1 \/ 5$/);

  // Re-annotate item 2 differently: label 3 by key.
  await page.keyboard.press('3');
  await expect(rowOf(page, third2.name)).toHaveAttribute('data-state', 'accept');
  await expect(rowOf(page, top2.name)).toHaveAttribute('data-state', 'reject');
  await page.keyboard.press('Enter');
  await expect(text).not.toHaveText(text2);

  // Item 3: skip.
  const text3 = await checkDirection();
  await page.keyboard.press('s');
  await expect(text).not.toHaveText(text3);
  await expect(page.getByTestId('save-status')).toHaveText('All saved');

  // Shortcuts stay quiet while typing in the label search.
  const beforeTyping = await currentText(page);
  await page.keyboard.press('/');
  await expect(page.getByTestId('add-label-input')).toBeFocused();
  await page.keyboard.type('s1a');
  await expect(text).toHaveText(beforeTyping);
  await page.keyboard.press('Escape');

  // Export and find every decision with who made it, the model version and the probability.
  await page.goto(page.url().replace(/\/annotate$/, ''));
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-jsonl').click();
  const download = await downloadPromise;
  const content = await readFile((await download.path())!, 'utf8');
  const lines: ExportedLine[] = content
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  expect(lines).toHaveLength(5);
  const byText = new Map(lines.map((line) => [line.text, line]));
  // Emoji, Arabic and kept whitespace survive import and export byte for byte.
  expect(byText.has(ARABIC)).toBe(true);
  expect(byText.has('First line\n   indented second line\n\nafter a blank line 👍🏽')).toBe(true);

  const active = (line: ExportedLine | undefined) =>
    (line?.annotations ?? []).filter((annotation) => annotation.undone_at === null);
  const expectDecision = (
    annotations: ExportedAnnotation[],
    row: ShownRow,
    decision: 'accept' | 'reject',
    origin: string,
  ) => {
    const found = annotations.find((annotation) => annotation.label === row.name);
    expect(found, `decision for ${row.name}`).toBeDefined();
    expect(found).toMatchObject({ annotator, decision, origin, model_version: modelVersion });
    expect(found!.probability_shown).toBeCloseTo(row.probability, 5);
    expect(formatProbability(found!.probability_shown!)).toBe(row.percent);
  };

  const item1 = active(byText.get(text1));
  expect(item1).toHaveLength(2);
  expectDecision(item1, top1, 'reject', 'suggested');
  expectDecision(item1, second1, 'accept', 'not_suggested');

  const line2 = byText.get(text2);
  const item2 = active(line2);
  expect(item2).toHaveLength(2);
  expectDecision(item2, top2, 'reject', 'suggested');
  expectDecision(item2, third2, 'accept', 'not_suggested');
  // The undone accept is kept, marked as undone.
  const undone = (line2?.annotations ?? []).filter((annotation) => annotation.undone_at !== null);
  expect(undone).toEqual([
    expect.objectContaining({ annotator, label: top2.name, decision: 'accept' }),
  ]);

  const line3 = byText.get(text3);
  expect(active(line3)).toHaveLength(0);
  expect(line3?.skips).toEqual([expect.objectContaining({ annotator, undone_at: null })]);
  expect(shownTexts).toHaveLength(3);

  // The CSV export carries the same decisions, one row each.
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const csv = await readFile((await (await csvDownload).path())!, 'utf8');
  expect(csv.split('\n')[0]).toContain('probability_shown');
  expect(csv).toContain(annotator);
});
