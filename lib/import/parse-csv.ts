// The sync build bundles its own CsvError class, so `instanceof` needs this one.
import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '@/lib/errors/app-error';
import { parseLabelCell } from './parse-label-cell';
import type { RawExample, RawRowsResult, RowError } from './types';

interface CsvRecord {
  record: string[];
  info: { bytes: number };
}

/**
 * Reads CSV with a header row. The header must name a `text` column and may name a
 * `labels` (or `label`) column; names are matched after trimming and ignoring case, so
 * ` Text ` and `LABELS` work. Other columns are ignored. Label cells follow
 * `parseLabelCell` (`a|b`, or a JSON array). Quoted commas, quoted line breaks, doubled
 * quotes, a BOM and CRLF are handled by csv-parse. Blank lines, and rows whose cells are
 * all empty or whitespace, are skipped silently. Each row's line is the file line where
 * the record starts. `labelsGiven` is true on every row when the file has a labels
 * column (an empty cell then means "no label applies") and false on every row otherwise.
 *
 * @example parseCsv('text,labels\n"a, b",x|y')
 * // { rows: [{ line: 2, text: 'a, b', labels: ['x', 'y'], labelsGiven: true }], errors: [] }
 * @throws AppError VALIDATION_FAILED when the file cannot be read as CSV, or the header
 *   has no `text` column.
 */
export function parseCsv(content: string): RawRowsResult {
  const source = content.replace(/^\uFEFF/, '');
  const lineOf = lineLocator(source);
  const records = readRecords(source, lineOf);
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [] };

  const columns = findColumns(header.record);
  // With a labels column every row states its labels; an empty cell means none apply.
  const labelsGiven = columns.labels !== undefined;
  const rows: RawExample[] = [];
  const errors: RowError[] = [];

  for (const { record, info } of body) {
    // csv-parse's own line count drifts on CRLF inside quoted cells, so the start line is
    // derived from the record's end offset minus the line breaks inside its cells.
    const line = lineOf(info.bytes - 1) - countLineBreaks(record);

    if (record.every((cell) => cell.trim() === '')) continue;

    if (record.length > header.record.length) {
      errors.push({
        line,
        message:
          `${record.length} cells but the header has ${header.record.length} columns; ` +
          'put text that contains commas in double quotes, as in "Hello, world"',
      });
      continue;
    }

    const text = record[columns.text] ?? '';
    const labels = columns.labels === undefined ? [] : parseLabelCell(record[columns.labels] ?? '');
    if (typeof labels === 'string') errors.push({ line, message: labels });
    else rows.push({ line, text, labels, labelsGiven });
  }

  return { rows, errors };
}

function readRecords(source: string, lineOf: (byteOffset: number) => number): CsvRecord[] {
  try {
    // With `info: true` each record comes wrapped as { record, info }; the sync typings
    // do not model that, hence the cast.
    return parse(source, {
      info: true,
      // A stray quote inside an unquoted cell is kept as a character instead of failing.
      relax_quotes: true,
      // Short rows are fine (trailing empty cells are often dropped); long ones are
      // reported per row below.
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;

    const quoteOffset =
      error.code === 'CSV_QUOTE_NOT_CLOSED' ? findUnclosedQuote(source, error) : undefined;
    if (quoteOffset !== undefined) {
      const line = lineOf(quoteOffset);
      throw new AppError(
        'VALIDATION_FAILED',
        `The file could not be read as CSV: the quoted cell that starts on line ${line} ` +
          'has no closing double quote, so the rest of the file was read as part of it. ' +
          'Add the closing quote, and double any quote inside the cell ("").',
        { code: error.code, line },
      );
    }

    throw new AppError(
      'VALIDATION_FAILED',
      `The file could not be read as CSV: ${error.message}. ` +
        'Check for a double quote that is opened and never closed.',
      { code: error.code },
    );
  }
}

/**
 * The byte offset of the quote that opens the never-closed cell. csv-parse reports the
 * line where it gave up (the end of the file), but its `bytes` is the offset of the last
 * field or record boundary it passed. A quote only opens a cell at the cell's start, so
 * the first quote at or after that boundary (past a comma or skipped blank lines) is it.
 */
function findUnclosedQuote(source: string, error: CsvError): number | undefined {
  if (typeof error.bytes !== 'number') return undefined;

  const offset = Buffer.from(source, 'utf8').indexOf(0x22, error.bytes);

  return offset === -1 ? undefined : offset;
}

function findColumns(header: string[]): { text: number; labels: number | undefined } {
  const names = header.map((name) => name.trim().toLowerCase());
  const indexesOf = (name: string) =>
    names.flatMap((candidate, index) => (candidate === name ? [index] : []));

  const text = indexesOf('text');
  const labels = [...indexesOf('labels'), ...indexesOf('label')];
  const found = header.map((name) => JSON.stringify(name)).join(', ');

  if (text.length === 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The CSV header has no "text" column (found ${found}); ` +
        'name the column that holds the text "text", and labels "labels" (optional).',
      { columns: header },
    );
  }
  if (text.length > 1 || labels.length > 1) {
    throw new AppError(
      'VALIDATION_FAILED',
      `The CSV header names the text or labels column more than once (found ${found}); ` +
        'keep one "text" and at most one "labels" or "label" column.',
      { columns: header },
    );
  }

  return { text: text[0]!, labels: labels[0] };
}

/** Maps a UTF-8 byte offset in `source` to its 1-based line (\r\n, \r and \n each end one). */
function lineLocator(source: string): (byteOffset: number) => number {
  const bytes = Buffer.from(source, 'utf8');
  const breakEnds: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) breakEnds.push(i);
  }

  return (byteOffset) => {
    // Binary search: how many line breaks end before the offset.
    let low = 0;
    let high = breakEnds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (breakEnds[mid]! < byteOffset) low = mid + 1;
      else high = mid;
    }

    return low + 1;
  };
}

function countLineBreaks(cells: string[]): number {
  return cells.reduce((sum, cell) => sum + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}
