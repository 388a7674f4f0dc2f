import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { z } from 'zod';

/** The shared datasets live beside the repository, not inside it. */
export const DATASETS_DIR = path.join(process.cwd(), '..', 'shared', 'datasets');

const rowSchema = z.object({ text: z.string(), labels: z.array(z.string()) });
export type DatasetRow = z.infer<typeof rowSchema>;

/** Every row of one `{text, labels}` JSONL file of the shared datasets, in file order. */
export async function readJsonlDataset(fileName: string): Promise<DatasetRow[]> {
  const file = path.join(DATASETS_DIR, fileName);
  const lines = (await readFile(file, 'utf8')).split('\n');

  return lines.flatMap((line, i) => {
    if (line.trim() === '') return [];
    const parsed = rowSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: not a {text, labels} row`);
    return [parsed.data];
  });
}

/** Distinct label names of the rows, in the order they first appear. */
export function distinctLabels(rows: DatasetRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.labels))];
}
