import { AppError } from '@/lib/errors/app-error';
import type { ImportFormat } from './types';

const formatByExtension: Record<string, ImportFormat> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
};

/**
 * Picks the import format from the file name's extension (case-insensitive), unless the
 * caller names one. A `.json` file is refused on purpose: it is usually one JSON array,
 * which is not one object per line.
 *
 * @example detectImportFormat('Reviews.CSV') // 'csv'
 * @throws AppError VALIDATION_FAILED when the extension is not one we read.
 */
export function detectImportFormat(fileName: string, override?: ImportFormat): ImportFormat {
  if (override) return override;

  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot).toLowerCase();
  const format = formatByExtension[extension];
  if (format) return format;

  const accepted = Object.keys(formatByExtension).join(', ');
  const shown = extension === '' ? 'no extension' : `extension "${extension}"`;
  throw new AppError(
    'VALIDATION_FAILED',
    `Cannot tell the format of "${fileName}" (${shown}); accepted: ${accepted}, ` +
      'or name the format (jsonl or csv). A JSON array must be converted to JSONL, ' +
      'one object per line.',
    { fileName, accepted: Object.keys(formatByExtension) },
  );
}
