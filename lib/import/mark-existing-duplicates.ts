import type { DuplicateRow, ImportParseResult } from './types';

/**
 * Moves accepted rows whose hash the project already holds into `duplicates`
 * (`source: 'project'`), so that re-importing a file adds only what is new. The input is
 * left untouched; duplicates stay in file order.
 *
 * @example markExistingDuplicates(result, new Set([hashText('seen before')]))
 */
export function markExistingDuplicates(
  result: ImportParseResult,
  existingHashes: ReadonlySet<string>,
): ImportParseResult {
  const accepted = result.accepted.filter((example) => !existingHashes.has(example.hash));
  const inProject: DuplicateRow[] = result.accepted
    .filter((example) => existingHashes.has(example.hash))
    .map((example) => ({ line: example.line, hash: example.hash, source: 'project' }));
  const duplicates = [...result.duplicates, ...inProject].sort((a, b) => a.line - b.line);

  return { ...result, accepted, duplicates };
}
