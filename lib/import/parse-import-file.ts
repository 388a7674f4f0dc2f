import { AppError } from '@/lib/errors/app-error';
import { detectImportFormat } from './detect-import-format';
import { parseCsv } from './parse-csv';
import { parseJsonl } from './parse-jsonl';
import type {
  DuplicateRow,
  ImportFormat,
  ImportParseResult,
  ImportRules,
  ParsedExample,
  RowError,
} from './types';
import { validateExample } from './validate-example';

export interface ImportFileInput extends ImportRules {
  content: string;
  fileName: string;
  /** Overrides the format the file name's extension implies. */
  format?: ImportFormat;
}

/**
 * Turns an uploaded file into the examples to write. Valid rows are accepted; bad rows are
 * refused with a numbered error each; a row whose text repeats an earlier accepted row
 * (same `hashText`: after NFC, ignoring surrounding whitespace and the length of
 * whitespace runs) is counted as a duplicate and skipped, the first one kept as given.
 * The caller writes `accepted` in one transaction, after `markExistingDuplicates` has set
 * aside the texts the project already holds.
 *
 * @example parseImportFile({ content: '{"text":"a"}\n{"text":"a"}\n{}', fileName: 'x.jsonl',
 *   labels: [], multiLabel: true })
 * // { format: 'jsonl', rowCount: 3,
 * //   accepted: [{ line: 1, text: 'a', labels: [], labelsGiven: false, hash }],
 * //   duplicates: [{ line: 2, hash, source: 'file', firstLine: 1 }],
 * //   errors: [{ line: 3, message: '"text" is missing; …' }] }
 * @throws AppError VALIDATION_FAILED for problems with the whole file: unknown format,
 *   empty or binary content, unreadable CSV, no `text` column.
 */
export function parseImportFile(input: ImportFileInput): ImportParseResult {
  const format = detectImportFormat(input.fileName, input.format);
  assertReadableText(input.content, input.fileName);

  const read = format === 'csv' ? parseCsv(input.content) : parseJsonl(input.content);
  const errors: RowError[] = [...read.errors];
  const accepted: ParsedExample[] = [];
  const duplicates: DuplicateRow[] = [];
  const firstLineByHash = new Map<string, number>();

  for (const raw of read.rows) {
    const result = validateExample(raw, input);
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }

    const { example } = result;
    const firstLine = firstLineByHash.get(example.hash);
    if (firstLine !== undefined) {
      duplicates.push({ line: example.line, hash: example.hash, source: 'file', firstLine });
      continue;
    }

    firstLineByHash.set(example.hash, example.line);
    accepted.push(example);
  }

  // Readers and validation report separately; one list in file order reads best.
  errors.sort((a, b) => a.line - b.line);

  return {
    format,
    rowCount: accepted.length + duplicates.length + errors.length,
    accepted,
    duplicates,
    errors,
  };
}

function assertReadableText(content: string, fileName: string): void {
  if (content.replace(/^\uFEFF/, '').trim() === '') {
    throw new AppError('VALIDATION_FAILED', `"${fileName}" is empty; there is nothing to import.`);
  }

  // NUL never occurs in text files; it does in spreadsheets saved under a .csv name.
  if (content.includes('\u0000')) {
    throw new AppError(
      'VALIDATION_FAILED',
      `"${fileName}" looks like a binary file (an Excel workbook?); ` +
        'save it as CSV UTF-8 or JSONL and import that.',
    );
  }
}
