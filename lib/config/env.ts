import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable Verdict reads, parsed once. `.env.example` lists
 * the same variables with their defaults.
 */
const envSchema = z.object({
  /** A Postgres to use. Unset: an embedded Postgres under the data folder. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded database, converted models and caches live. */
  VERDICT_DATA_DIR: z.string().min(1).default(path.join(process.cwd(), 'data')),
  /** Data folder of the embedded Postgres. Default: `<VERDICT_DATA_DIR>/postgres`. */
  VERDICT_PG_DIR: z.string().min(1).optional(),
  /** Port of the embedded Postgres (only used when DATABASE_URL is unset). */
  VERDICT_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Port of the web app. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Name used for the annotator when the browser or CLI names none. */
  VERDICT_DEFAULT_ANNOTATOR: z.string().min(1).max(100).default('annotator'),
  /** Texts per model call in background scoring. */
  VERDICT_SCORE_BATCH_SIZE: z.coerce.number().int().min(1).max(1024).default(32),
  /**
   * ONNX Runtime threads per model session. Default: one less than the cores, so
   * background scoring leaves a core for requests and Postgres.
   */
  VERDICT_ONNX_THREADS: z.coerce
    .number()
    .int()
    .min(1)
    .max(256)
    .default(Math.max(1, availableParallelism() - 1)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;

  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  cached = parsed.data;

  return cached;
}

/** For tests and the start script, which set variables after the first read. */
export function resetEnvCache(): void {
  cached = undefined;
}
