import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The shared, read-only datasets beside the repository (see `../shared/datasets/README.md`). */
export const DATASETS_DIR = path.join('..', 'shared', 'datasets');

/**
 * The texts of every `.jsonl` set in `../shared/datasets`, file by file in name order.
 * `every: n` keeps every n-th text and `perFile` caps each file, so a sample spreads over
 * each file instead of taking its head.
 */
export function readDatasetTexts(options: { every?: number; perFile?: number } = {}): string[] {
  const every = options.every ?? 1;
  const files = readdirSync(DATASETS_DIR)
    .filter((file) => file.endsWith('.jsonl'))
    .sort();

  return files.flatMap((file) =>
    readFileSync(path.join(DATASETS_DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter((_, i) => i % every === 0)
      .slice(0, options.perFile ?? Number.POSITIVE_INFINITY)
      .map((line) => (JSON.parse(line) as { text: string }).text),
  );
}
