import { z } from 'zod';

export const ENGINES = ['onnx', 'tfjs'] as const;
export type Engine = (typeof ENGINES)[number];

const memorySchema = z.object({
  rss: z.number(),
  heapUsed: z.number(),
  heapTotal: z.number(),
  external: z.number(),
});

/** What one engine's child process reports back to the bench (a JSON file). */
export const throughputResultSchema = z.object({
  engine: z.enum(ENGINES),
  /** The inference runtime and its version, as the report names it. */
  runtime: z.string(),
  classifierKind: z.string(),
  loadMs: z.number(),
  texts: z.number().int(),
  corpus: z.string(),
  points: z.array(
    z.object({ labels: z.number().int(), textsPerSecond: z.number(), passMs: z.array(z.number()) }),
  ),
  memory: z.object({
    /** After imports, before the model is loaded. */
    baseline: memorySchema,
    afterLoad: memorySchema,
    afterRuns: memorySchema,
    /** Largest `process.memoryUsage()` values seen after any classify call. */
    peakHeapUsed: z.number(),
    peakExternal: z.number(),
    /** The kernel's high-water mark of the child's RSS (VmHWM): the true peak. */
    peakRss: z.number(),
  }),
});
export type ThroughputResult = z.infer<typeof throughputResultSchema>;
