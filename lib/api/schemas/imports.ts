import { z } from 'zod';

/** JSON form of an import; the route also takes multipart form data with a `file` field. */
export const importBodySchema = z.object({
  fileName: z.string().min(1).max(500),
  content: z.string(),
  format: z.enum(['jsonl', 'csv']).optional(),
});

export const importReportSchema = z.object({
  batchId: z.string().nullable(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
  /** One entry per refused row: `line` is 1-based in the file. */
  errors: z.array(z.object({ line: z.number().int(), message: z.string() })),
  /** Labels that were created because the project had none and the file named them. */
  labelsCreated: z.array(z.string()),
  /** The background scoring job started for the new examples. */
  jobId: z.string().nullable(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
