import { hashText } from './hash-text';
import { MAX_LABEL_LENGTH, MAX_LISTED_LABELS, MAX_TEXT_BYTES } from './limits';
import type { ImportRules, ParsedExample, RawExample } from './types';

// Postgres text columns refuse U+0000 ("invalid byte sequence for encoding UTF8: 0x00").
const NUL = '\u0000';

export type ValidationResult =
  | { ok: true; example: ParsedExample }
  | { ok: false; error: { line: number; message: string } };

/**
 * Checks one row against the project's rules and normalises it. The text is NFC-normalised
 * and otherwise kept byte for byte (no trimming: leading spaces or RTL marks may matter).
 * Label names are NFC-normalised and trimmed; empty names are dropped and repeats merged.
 * Every problem in the row is reported in one message, joined by "; ".
 *
 * Refused: text empty or whitespace only; text over MAX_TEXT_BYTES; text or a label name
 * holding U+0000 (a JSON `\u0000` escape; Postgres text cannot store it, and one such row
 * would fail the whole import's write); a label name over MAX_LABEL_LENGTH; label names
 * the project does not have (when it has any); more than one label in a single-label
 * project.
 *
 * The hash used to find duplicates ignores whitespace differences (see `hashText`).
 *
 * @example validateExample({ line: 7, text: 'hi', labels: ['foo'] },
 *   { labels: ['a', 'b'], multiLabel: true })
 * // { ok: false, error: { line: 7, message: 'unknown label "foo"; known labels: a, b' } }
 */
export function validateExample(raw: RawExample, rules: ImportRules): ValidationResult {
  const text = raw.text.normalize('NFC');
  const labels = [
    ...new Set(raw.labels.map((name) => name.normalize('NFC').trim()).filter(Boolean)),
  ];
  const problems: string[] = [];

  if (text.trim() === '') {
    problems.push('text is empty or only whitespace; give the text to classify');
  }

  const nulIndex = text.indexOf(NUL);
  if (nulIndex !== -1) {
    // Counted in code points, so an emoji before it counts as one character.
    const position = [...text.slice(0, nulIndex)].length + 1;
    problems.push(
      `text contains a NUL character (U+0000) at character ${position}, ` +
        'which Postgres cannot store; remove it',
    );
  }

  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_TEXT_BYTES) {
    problems.push(
      `text is ${bytes.toLocaleString('en-US')} bytes; ` +
        `the limit is ${MAX_TEXT_BYTES.toLocaleString('en-US')} bytes (UTF-8)`,
    );
  }

  const tooLong = labels.find((name) => name.length > MAX_LABEL_LENGTH);
  if (tooLong !== undefined) {
    problems.push(
      `a label name is ${tooLong.length} characters; the limit is ${MAX_LABEL_LENGTH} ` +
        '(is text in the labels column?)',
    );
  }

  const withNul = labels.find((name) => name.includes(NUL));
  if (withNul !== undefined) {
    problems.push(
      `label ${quote(withNul)} contains a NUL character (U+0000), ` +
        'which Postgres cannot store; remove it',
    );
  }

  // A name that is too long or holds NUL is already reported; "unknown" would only repeat it.
  if (rules.labels.length > 0 && tooLong === undefined && withNul === undefined) {
    const unknown = describeUnknownLabels(labels, rules.labels);
    if (unknown) problems.push(unknown);
  }

  if (!rules.multiLabel && labels.length > 1) {
    problems.push(
      `${labels.length} labels (${labels.map(quote).join(', ')}) but this project is ` +
        'single-label; give at most one',
    );
  }

  if (problems.length > 0) {
    return { ok: false, error: { line: raw.line, message: problems.join('; ') } };
  }

  return {
    ok: true,
    example: { line: raw.line, text, labels, labelsGiven: raw.labelsGiven, hash: hashText(text) },
  };
}

function describeUnknownLabels(labels: string[], known: readonly string[]): string | undefined {
  const knownSet = new Set(known);
  const unknown = labels.filter((name) => !knownSet.has(name));
  if (unknown.length === 0) return undefined;

  const noun = unknown.length === 1 ? 'label' : 'labels';
  const hidden = known.length - MAX_LISTED_LABELS;
  const listed =
    known.slice(0, MAX_LISTED_LABELS).join(', ') + (hidden > 0 ? ` and ${hidden} more` : '');
  let message = `unknown ${noun} ${unknown.map(quote).join(', ')}; known labels: ${listed}`;

  // The two mistakes we expect: a different case, and commas used as separators in CSV.
  const byLowerCase = new Map(known.map((name) => [name.toLowerCase(), name]));
  const hints = unknown.flatMap((name) => {
    const match = byLowerCase.get(name.toLowerCase());
    return match === undefined ? [] : [`${quote(match)} for ${quote(name)}`];
  });
  if (hints.length > 0) message += ` (did you mean ${hints.join(', ')}?)`;
  if (unknown.some((name) => name.includes(','))) {
    message += ' (separate labels with | rather than commas)';
  }

  return message;
}

function quote(name: string): string {
  return JSON.stringify(name);
}
