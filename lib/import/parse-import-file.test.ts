import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { hashText } from './hash-text';
import { parseImportFile } from './parse-import-file';

const rules = { labels: ['a', 'b', 'c'], multiLabel: true };

describe('parseImportFile', () => {
  it('imports a CSV with tricky cells and reports bad rows and duplicates by line', () => {
    const content = [
      ' Text ,LABELS', // 1
      '"a, b",a', // 2
      '"line1', // 3
      'line2",a|b', // 4
      '"He said ""hi""",', // 5
      '', // 6
      '"a, b",c', // 7: same text as line 2
      'bad row,foo', // 8
      '"  ",a', // 9
    ].join('\r\n');

    expect(parseImportFile({ content, fileName: 'reviews.csv', ...rules })).toEqual({
      format: 'csv',
      rowCount: 6,
      accepted: [
        { line: 2, text: 'a, b', labels: ['a'], labelsGiven: true, hash: hashText('a, b') },
        {
          line: 3,
          text: 'line1\r\nline2',
          labels: ['a', 'b'],
          labelsGiven: true,
          hash: hashText('line1\r\nline2'),
        },
        {
          line: 5,
          text: 'He said "hi"',
          labels: [],
          labelsGiven: true,
          hash: hashText('He said "hi"'),
        },
      ],
      duplicates: [{ line: 7, hash: hashText('a, b'), source: 'file', firstLine: 2 }],
      errors: [
        { line: 8, message: 'unknown label "foo"; known labels: a, b, c' },
        { line: 9, message: 'text is empty or only whitespace; give the text to classify' },
      ],
    });
  });

  it('imports JSONL, merging reader and validation errors in line order', () => {
    const content = [
      '{"text": "👍🏽 love it", "labels": ["a"]}',
      '{"text": 5}',
      '',
      '{"text": "مرحبا", "label": "zzz"}',
      '{"text": "שלום", "label": "b"}',
      '{"text": "👍🏽 love it", "labels": ["b"]}',
    ].join('\n');

    const result = parseImportFile({ content, fileName: 'data.ndjson', ...rules });

    expect(result.format).toBe('jsonl');
    expect(result.rowCount).toBe(5);
    expect(result.accepted.map(({ line, text, labels }) => ({ line, text, labels }))).toEqual([
      { line: 1, text: '👍🏽 love it', labels: ['a'] },
      { line: 5, text: 'שלום', labels: ['b'] },
    ]);
    expect(result.duplicates).toEqual([
      { line: 6, hash: hashText('👍🏽 love it'), source: 'file', firstLine: 1 },
    ]);
    expect(result.errors).toEqual([
      { line: 2, message: '"text" must be a string, got a number' },
      { line: 4, message: 'unknown label "zzz"; known labels: a, b, c' },
    ]);
  });

  it('treats texts that differ only in Unicode composition as duplicates', () => {
    const decomposed = JSON.stringify({ text: 'cafe\u0301' });
    const composed = JSON.stringify({ text: 'caf\u00e9' });
    const content = `${decomposed}\n${composed}`;

    const result = parseImportFile({ content, fileName: 'x.jsonl', ...rules });

    expect(result.accepted.map((example) => example.text)).toEqual(['caf\u00e9']);
    expect(result.duplicates).toEqual([
      { line: 2, hash: hashText('caf\u00e9'), source: 'file', firstLine: 1 },
    ]);
  });

  it('treats texts that differ only in surrounding or repeated whitespace as duplicates', () => {
    const content = [
      'text,labels',
      'play some jazz,a', // 2
      '"  play some jazz  ",a', // 3
      '"play  some\njazz",a', // 4–5
      '"\tplay some jazz\u00a0",b', // 6
      'play somejazz,a', // 7: a different text
    ].join('\n');

    const result = parseImportFile({ content, fileName: 'x.csv', ...rules });
    const hash = hashText('play some jazz');

    expect(result.accepted.map(({ line, text }) => ({ line, text }))).toEqual([
      { line: 2, text: 'play some jazz' },
      { line: 7, text: 'play somejazz' },
    ]);
    expect(result.duplicates).toEqual([
      { line: 3, hash, source: 'file', firstLine: 2 },
      { line: 4, hash, source: 'file', firstLine: 2 },
      { line: 6, hash, source: 'file', firstLine: 2 },
    ]);
  });

  it('stores the first of whitespace duplicates exactly as given', () => {
    const content = '{"text": "  play some jazz  "}\n{"text": "play some jazz"}';

    const result = parseImportFile({ content, fileName: 'x.jsonl', ...rules });

    expect(result.accepted.map((example) => example.text)).toEqual(['  play some jazz  ']);
    expect(result.duplicates.map((row) => row.line)).toEqual([2]);
  });

  it('refuses rows whose text or label holds an escaped NUL, and keeps the rest', () => {
    const content = [
      '{"text": "a\\u0000b", "labels": ["a"]}',
      '{"text": "fine", "labels": ["a"]}',
      '{"text": "label has one", "label": "b\\u0000"}',
    ].join('\n');

    const result = parseImportFile({ content, fileName: 'x.jsonl', ...rules });

    expect(result.accepted.map((example) => example.text)).toEqual(['fine']);
    expect(result.errors).toEqual([
      {
        line: 1,
        message:
          'text contains a NUL character (U+0000) at character 2, ' +
          'which Postgres cannot store; remove it',
      },
      {
        line: 3,
        message:
          'label "b\\u0000" contains a NUL character (U+0000), ' +
          'which Postgres cannot store; remove it',
      },
    ]);
  });

  it('says per accepted row whether labels were given, "labels": [] included', () => {
    const jsonl = [
      '{"text": "none apply", "labels": []}',
      '{"text": "unlabelled"}',
      '{"text": "labelled", "label": "a"}',
    ].join('\n');

    const fromJsonl = parseImportFile({ content: jsonl, fileName: 'x.jsonl', ...rules });
    const fromCsv = parseImportFile({
      content: 'text,labels\nx,\ny,a',
      fileName: 'x.csv',
      ...rules,
    });
    const noColumn = parseImportFile({ content: 'text\nx', fileName: 'x.csv', ...rules });

    expect(fromJsonl.accepted.map((e) => [e.line, e.labels, e.labelsGiven])).toEqual([
      [1, [], true],
      [2, [], false],
      [3, ['a'], true],
    ]);
    expect(fromCsv.accepted.map((e) => e.labelsGiven)).toEqual([true, true]);
    expect(noColumn.accepted.map((e) => e.labelsGiven)).toEqual([false]);
  });

  it('does not count an invalid row as the first of a duplicate pair', () => {
    const content = '{"text": "t", "label": "foo"}\n{"text": "t", "label": "a"}';

    const result = parseImportFile({ content, fileName: 'x.jsonl', ...rules });

    expect(result.accepted.map((example) => example.line)).toEqual([2]);
    expect(result.duplicates).toEqual([]);
  });

  it('enforces one label per row in a single-label project', () => {
    const content = 'text,labels\nx,a|b\ny,c';

    const result = parseImportFile({
      content,
      fileName: 'x.csv',
      labels: ['a', 'b', 'c'],
      multiLabel: false,
    });

    expect(result.errors).toEqual([
      {
        line: 2,
        message: '2 labels ("a", "b") but this project is single-label; give at most one',
      },
    ]);
    expect(result.accepted.map((example) => example.labels)).toEqual([['c']]);
  });

  it('takes an explicit format over the extension', () => {
    const result = parseImportFile({
      content: 'text\nhi',
      fileName: 'export.txt',
      format: 'csv',
      ...rules,
    });

    expect(result.accepted.map((example) => example.text)).toEqual(['hi']);
  });

  it('throws file-level errors for an unknown extension, empty or binary content', () => {
    expect(() => parseImportFile({ content: 'x', fileName: 'data.xlsx', ...rules })).toThrow(
      AppError,
    );
    expect(() =>
      parseImportFile({ content: '\uFEFF \r\n\n', fileName: 'a.csv', ...rules }),
    ).toThrow('"a.csv" is empty; there is nothing to import.');
    expect(() =>
      parseImportFile({ content: 'PK\u0003\u0004\u0000', fileName: 'a.csv', ...rules }),
    ).toThrow(
      '"a.csv" looks like a binary file (an Excel workbook?); ' +
        'save it as CSV UTF-8 or JSONL and import that.',
    );
  });

  it('throws a file-level error for a CSV without a text column', () => {
    const parse = () => parseImportFile({ content: 'body\nhello', fileName: 'a.csv', ...rules });

    expect(parse).toThrow(AppError);
    expect(parse).toThrow(/no "text" column \(found "body"\)/);
  });
});
