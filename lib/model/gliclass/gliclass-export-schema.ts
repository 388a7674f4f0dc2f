import { z } from 'zod';

/** Architecture types this loader runs; the others are named in the error message. */
export const SUPPORTED_ARCHITECTURES = ['uni-encoder'] as const;

/**
 * The fields of a GLiClass export's `config.json` that inference depends on. Exports
 * carry many more (encoder config, scorer type, reference logits); those are kept but
 * not read.
 */
export const gliclassConfigSchema = z.looseObject({
  architecture_type: z.string().describe('e.g. "uni-encoder"'),
  prompt_first: z.boolean().describe('labels before the text when true'),
  max_length: z.number().int().positive().optional(),
  max_len: z.number().int().positive().optional(),
  max_num_classes: z.number().int().positive().optional(),
  max_num_labels: z.number().int().positive().optional(),
});

export type GliclassConfig = z.infer<typeof gliclassConfigSchema>;

/** The parts of a HuggingFace `tokenizer.json` that are checked before loading it. */
export const tokenizerJsonSchema = z.looseObject({
  model: z.looseObject({ type: z.string().optional() }),
  added_tokens: z.array(z.looseObject({ id: z.number().int(), content: z.string() })),
  padding: z.looseObject({ pad_id: z.number().int().optional() }).nullish(),
});

export type TokenizerJson = z.infer<typeof tokenizerJsonSchema>;

/** Options a caller may pass to `loadGliclassExport`; every one has a default. */
export const loadGliclassOptionsSchema = z.object({
  modelFile: z
    .string()
    .default('onnx/model.onnx')
    .describe('model path inside the folder, e.g. onnx/model_quantized.onnx'),
  maxLength: z
    .number()
    .int()
    .min(16)
    .max(1024)
    .optional()
    .describe('overrides config.json max_length; never above 1024'),
  maxLabels: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('overrides config.json max_num_classes'),
  batchSize: z.number().int().positive().default(8).describe('texts per ONNX run'),
  lowercaseLabels: z
    .boolean()
    .default(false)
    .describe('lowercase label text, as older GLiClass pipelines did'),
  intraOpNumThreads: z.number().int().positive().optional(),
});

export type LoadGliclassOptions = z.input<typeof loadGliclassOptionsSchema>;
