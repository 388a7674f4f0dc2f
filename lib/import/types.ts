import { z } from 'zod';

/** The import formats we read. `.jsonl` / `.ndjson` files are JSONL; `.csv` files are CSV. */
export const importFormatSchema = z.enum(['jsonl', 'csv']);

export type ImportFormat = z.infer<typeof importFormatSchema>;

/**
 * One row as a format reader found it: the text and the label names exactly as written,
 * before any normalisation or checks against the project.
 */
export interface RawExample {
  /** 1-based line in the file where the row starts. */
  line: number;
  text: string;
  labels: string[];
  /**
   * Whether the row states its labels. JSONL: the object has a non-null `labels` or `label`
   * key, even `[]`. CSV: the file has a labels column (an empty cell is then `[]`, given).
   * An explicit empty list is a gold answer ("none of the labels apply" in multi-label
   * sets such as NLU++), unlike a row that says nothing about labels.
   */
  labelsGiven: boolean;
}

/** A refused row. `message` names what was wrong and what would have been accepted. */
export interface RowError {
  line: number;
  message: string;
}

/** What a format reader returns: rows to check further, and rows it already refused. */
export interface RawRowsResult {
  rows: RawExample[];
  errors: RowError[];
}

/** A row that passed every check, ready to be written. */
export interface ParsedExample {
  line: number;
  /** The text as given, NFC-normalised and nothing else. */
  text: string;
  /** Distinct label names in the order given, trimmed and NFC-normalised. */
  labels: string[];
  /** As in `RawExample`: true when `labels` is the row's gold answer, even if empty. */
  labelsGiven: boolean;
  /** `hashText(text)`: sha256 hex of the NFC text with whitespace runs collapsed. */
  hash: string;
}

/**
 * A skipped duplicate: either of an earlier row in the same file (`source: 'file'`, the
 * first one is kept) or of an example the project already holds (`source: 'project'`).
 */
export type DuplicateRow =
  | { line: number; hash: string; source: 'file'; firstLine: number }
  | { line: number; hash: string; source: 'project' };

export interface ImportParseResult {
  format: ImportFormat;
  /** Rows that are not blank: accepted + duplicates + errors. */
  rowCount: number;
  accepted: ParsedExample[];
  duplicates: DuplicateRow[];
  errors: RowError[];
}

/** What the project allows. */
export interface ImportRules {
  /** The project's label names; empty when it has none yet (then any name is taken). */
  labels: readonly string[];
  /** False for single-label projects: a row may then carry at most one label. */
  multiLabel: boolean;
}
