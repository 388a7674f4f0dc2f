import { z } from 'zod';

/** A label as the API accepts it: a bare name or a name with a description. */
export const labelInputSchema = z.union([
  z.string(),
  z.object({ name: z.string(), description: z.string().max(2000).optional() }),
]);

const labelNameSchema = z
  .string()
  .trim()
  .min(1, 'label names cannot be empty')
  .max(200, 'label names are at most 200 characters');

export const createProjectBodySchema = z.object({
  name: z.string().trim().min(1, 'the project needs a name').max(200),
  labels: z.array(labelInputSchema).max(10_000).default([]),
  multiLabel: z.boolean().default(false),
  threshold: z.number().gt(0).lt(1).default(0.5),
  /** A local GLiClass ONNX export folder; the embedded model is used when absent. */
  modelPath: z.string().min(1).optional(),
});
export type CreateProjectBody = z.input<typeof createProjectBodySchema>;

export function normaliseLabelInput(input: z.infer<typeof labelInputSchema>) {
  const label = typeof input === 'string' ? { name: input } : input;

  return {
    name: labelNameSchema.parse(label.name),
    description: label.description?.trim() || null,
  };
}

export const labelSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
});
export type LabelDto = z.infer<typeof labelSchema>;

export const modelVersionSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.string(),
});
export type ModelVersionDto = z.infer<typeof modelVersionSchema>;

export const jobSchema = z.object({
  id: z.string(),
  type: z.string(),
  status: z.enum(['QUEUED', 'RUNNING', 'DONE', 'FAILED']),
  total: z.number().int(),
  processed: z.number().int(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobDto = z.infer<typeof jobSchema>;

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  multiLabel: z.boolean(),
  threshold: z.number(),
  createdAt: z.string(),
  labels: z.array(labelSchema),
  currentModel: modelVersionSchema.nullable(),
  counts: z.object({
    examples: z.number().int(),
    /** Examples with at least one active (not undone) annotation. */
    annotated: z.number().int(),
    /** Examples scored by the current model version. */
    scored: z.number().int(),
  }),
  latestJob: jobSchema.nullable(),
});
export type ProjectDto = z.infer<typeof projectSchema>;
