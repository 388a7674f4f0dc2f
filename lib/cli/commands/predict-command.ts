import type { PrismaClient } from '../../db/prisma';
import { AppError } from '../../errors/app-error';
import { predictTexts } from '../../predict/predict-texts';
import { findProject } from '../../projects/find-project';

/** `verdict predict --project NAME "text"…`: labels and scores, highest first. */
export async function predictCommand(
  prisma: PrismaClient,
  texts: string[],
  options: { project: string; json?: boolean; top?: number },
) {
  if (texts.some((text) => text.trim() === '')) {
    throw new AppError('VALIDATION_FAILED', 'Texts to predict cannot be empty.');
  }
  const project = await findProject(prisma, options.project);
  const results = await predictTexts(project, texts);

  if (options.json) {
    const rows = results.map((scores, i) => ({
      text: texts[i],
      suggested: scores.filter((s) => s.suggested).map((s) => s.label),
      scores: Object.fromEntries(
        scores
          .slice(0, options.top ?? scores.length)
          .map((s) => [s.label, Number(s.probability.toFixed(6))]),
      ),
    }));
    process.stdout.write(`${JSON.stringify(rows.length === 1 ? rows[0] : rows, null, 2)}\n`);
    return;
  }

  for (const [i, scores] of results.entries()) {
    if (results.length > 1) process.stdout.write(`${texts[i]}\n`);
    for (const score of scores.slice(0, options.top ?? scores.length)) {
      const mark = score.suggested ? '*' : ' ';
      process.stdout.write(`${mark} ${score.probability.toFixed(4)}  ${score.label}\n`);
    }
  }
}
