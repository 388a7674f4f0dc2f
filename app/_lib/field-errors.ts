import { z } from 'zod';
import { ApiError } from './api-client';

const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])).default([]),
  message: z.string(),
});
const detailsSchema = z.union([
  z.array(issueSchema),
  z.object({ issues: z.array(issueSchema) }).transform((value) => value.issues),
  z
    .object({ fieldErrors: z.record(z.string(), z.array(z.string()).optional()) })
    .transform((value) =>
      Object.entries(value.fieldErrors).flatMap(([field, messages]) =>
        (messages ?? []).map((message) => ({ path: [field], message })),
      ),
    ),
]);

export type FieldErrors = Record<string, string[]>;

/**
 * Groups a 4xx error's details by the first segment of each issue's path, so a form can show
 * them next to the field. Details of another shape give no field errors (show the message).
 * A nested path keeps its tail, e.g. `labels.3.name` under `labels` reads "line 4: …".
 */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const parsed = detailsSchema.safeParse(error.details);
  if (!parsed.success) return {};

  const grouped: FieldErrors = {};
  for (const issue of parsed.data) {
    const [head, index] = issue.path;
    const field = head === undefined ? 'form' : String(head);
    const prefix = typeof index === 'number' ? `line ${index + 1}: ` : '';
    grouped[field] = [...(grouped[field] ?? []), `${prefix}${issue.message}`];
  }

  return grouped;
}
