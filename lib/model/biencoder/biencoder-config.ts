import { z } from 'zod';

import { AppError } from '@/lib/errors/app-error';

/**
 * Settings of the bi-encoder scorer, stored as `ModelVersion.config` (plain JSON). The
 * defaults were measured with `npx tsx scripts/calibrate-scorer.ts` on the six labelled
 * sets in ../shared/datasets; docs/model.md has the numbers and the reasoning.
 */
export const biencoderConfigSchema = z.object({
  template: z
    .string()
    .refine((value) => value.includes('{label}'), 'must contain {label}')
    .default('{label}')
    .describe(
      'Text embedded for each label; {label} is replaced by the humanised name. The bare ' +
        'name beat "This text is about {label}." and four other phrasings on average.',
    ),
  scale: z
    .number()
    .positive()
    .max(1000)
    .default(18)
    .describe(
      'Logit = scale · (similarity − bias). Sets how peaked the probabilities are; 18 ' +
        'gave the lowest mean log-loss over the six sets (softmax and sigmoid alike).',
    ),
  bias: z
    .number()
    .min(-2)
    .max(2)
    .default(0.14)
    .describe(
      'Similarity at which a label gets probability 0.5 under the sigmoid (multi-label). ' +
        'A softmax ignores it. 0.14 maximised mean macro-F1 of the two multi-label sets.',
    ),
  centre: z
    .boolean()
    .default(true)
    .describe(
      "Subtract each text's mean similarity over the labels before the bias (when there " +
        'are at least two labels). Removes the per-text offset of cosine similarity, which ' +
        'made one bias fit both multi-label sets; a softmax is unchanged by it.',
    ),
});

export type BiencoderConfig = z.infer<typeof biencoderConfigSchema>;

/**
 * Parses a stored config; missing fields take their defaults, so `{}` (or null) is
 * the calibrated default scorer.
 *
 * @example parseBiencoderConfig({}) // { template: '{label}', scale: 18, bias: 0.14, centre: true }
 * @throws AppError VALIDATION_FAILED naming the bad field and what it accepts.
 */
export function parseBiencoderConfig(raw: unknown): BiencoderConfig {
  const parsed = biencoderConfigSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new AppError(
      'VALIDATION_FAILED',
      `invalid bi-encoder config: ${problems.join('; ')}`,
      parsed.error.issues,
    );
  }

  return parsed.data;
}
