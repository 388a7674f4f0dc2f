import { describe, expect, it } from 'vitest';
import { hashText } from './hash-text';
import { markExistingDuplicates } from './mark-existing-duplicates';
import type { ImportParseResult } from './types';

function example(line: number, text: string) {
  return { line, text, labels: [], labelsGiven: false, hash: hashText(text) };
}

describe('markExistingDuplicates', () => {
  it('moves texts the project holds into duplicates, in line order, without mutating', () => {
    const result: ImportParseResult = {
      format: 'jsonl',
      rowCount: 4,
      accepted: [example(1, 'old'), example(2, 'new'), example(4, 'older')],
      duplicates: [{ line: 3, hash: hashText('new'), source: 'file', firstLine: 2 }],
      errors: [],
    };
    const before = structuredClone(result);

    const marked = markExistingDuplicates(result, new Set([hashText('old'), hashText('older')]));

    expect(marked).toEqual({
      format: 'jsonl',
      rowCount: 4,
      accepted: [example(2, 'new')],
      duplicates: [
        { line: 1, hash: hashText('old'), source: 'project' },
        { line: 3, hash: hashText('new'), source: 'file', firstLine: 2 },
        { line: 4, hash: hashText('older'), source: 'project' },
      ],
      errors: [],
    });
    expect(result).toEqual(before);
  });
});
