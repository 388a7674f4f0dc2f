import { describeValue } from './describe-value';
import type { RawExample, RawRowsResult, RowError } from './types';

const EXAMPLE_OBJECT = '{"text": "…", "labels": ["a", "b"]}';

/**
 * Reads JSONL: one JSON object per line, `{"text": "…", "labels": ["a", "b"]}`.
 * `labels` is optional and may also be one string; `label` is accepted in its place.
 * `labelsGiven` says whether the object had either key (`null` counts as absent): an
 * explicit `"labels": []` is a gold answer, no key is none. Other keys are ignored.
 * Blank lines (empty or whitespace only) are skipped silently; a leading BOM and CRLF
 * line endings are fine. Line numbers are 1-based lines of the file.
 *
 * Labels come back as written; trimming and checks against the project happen later.
 *
 * @example parseJsonl('{"text":"hi","label":"a"}\n\nnope')
 * // { rows: [{ line: 1, text: 'hi', labels: ['a'], labelsGiven: true }],
 * //   errors: [{ line: 3, message: 'not valid JSON; each line must be one object such as …' }] }
 */
export function parseJsonl(content: string): RawRowsResult {
  const rows: RawExample[] = [];
  const errors: RowError[] = [];

  // JSON strings cannot hold raw line breaks, so splitting on them never cuts a record.
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  lines.forEach((source, index) => {
    const line = index + 1;
    if (source.trim() === '') return;

    const row = readLine(source, line);
    if ('message' in row) errors.push(row);
    else rows.push(row);
  });

  return { rows, errors };
}

function readLine(source: string, line: number): RawExample | RowError {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return {
      line,
      message: `not valid JSON; each line must be one object such as ${EXAMPLE_OBJECT}`,
    };
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      line,
      message: `must be a JSON object such as ${EXAMPLE_OBJECT}, got ${describeValue(value)}`,
    };
  }

  const record = value as Record<string, unknown>;
  if (!('text' in record)) {
    return { line, message: `"text" is missing; each object needs one, as in ${EXAMPLE_OBJECT}` };
  }
  if (typeof record.text !== 'string') {
    return { line, message: `"text" must be a string, got ${describeValue(record.text)}` };
  }

  const labels = readLabels(record);
  if (typeof labels === 'string') return { line, message: labels };

  return { line, text: record.text, ...labels };
}

/** The row's label names and whether it gave any key for them, or why they are unreadable. */
function readLabels(
  record: Record<string, unknown>,
): { labels: string[]; labelsGiven: boolean } | string {
  const hasLabels = record.labels !== undefined && record.labels !== null;
  const hasLabel = record.label !== undefined && record.label !== null;
  if (hasLabels && hasLabel) return 'give either "labels" or "label", not both';
  if (!hasLabels && !hasLabel) return { labels: [], labelsGiven: false };

  const key = hasLabels ? 'labels' : 'label';
  const value = record[key];
  if (typeof value === 'string') return { labels: [value], labelsGiven: true };

  const accepted = `"${key}" must be a string or an array of strings`;
  if (!Array.isArray(value)) return `${accepted}, got ${describeValue(value)}`;

  const badIndex = value.findIndex((item) => typeof item !== 'string');
  if (badIndex !== -1) {
    return `${accepted}, got ${describeValue(value[badIndex])} at index ${badIndex}`;
  }

  return { labels: value as string[], labelsGiven: true };
}
