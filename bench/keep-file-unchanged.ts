import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Remembers a file and returns a function that puts it back if it changed. `next build`
 * rewrites `tsconfig.json` (it adds `.next/dev/types/**` to `include` and reformats the
 * file); the bench must leave the repository as it found it.
 *
 * @returns restore: true when the file had changed and was put back.
 */
export function keepFileUnchanged(file: string): () => boolean {
  const original = readFileSync(file, 'utf8');

  return () => {
    if (readFileSync(file, 'utf8') === original) return false;
    writeFileSync(file, original);
    return true;
  };
}
