import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('reads quoted commas, quoted newlines, doubled quotes, BOM, CRLF and spaced headers', () => {
    const content =
      '\uFEFF Text ,LABELS\r\n' +
      '"a, b",x\r\n' +
      '\r\n' +
      '"line1\nline2",y|z\r\n' +
      '"He said ""hi""",\r\n';

    expect(parseCsv(content)).toEqual({
      rows: [
        { line: 2, text: 'a, b', labels: ['x'] },
        { line: 4, text: 'line1\nline2', labels: ['y', 'z'] },
        { line: 6, text: 'He said "hi"', labels: [] },
      ],
      errors: [],
    });
  });

  it('gives the starting line of records that hold CRLF line breaks', () => {
    // Lines: 1 header, 2–3 "a⏎b", 4 blank, 5–7 "c⏎⏎d", 8 e.
    const content = 'text\r\n"a\r\nb"\r\n\r\n"c\r\n\r\nd"\r\ne\r\n';

    expect(parseCsv(content).rows).toEqual([
      { line: 2, text: 'a\r\nb', labels: [] },
      { line: 5, text: 'c\r\n\r\nd', labels: [] },
      { line: 8, text: 'e', labels: [] },
    ]);
  });

  it('reads files with old Mac (\\r) line endings', () => {
    expect(parseCsv('text\r"a\rb"\rc').rows).toEqual([
      { line: 2, text: 'a\rb', labels: [] },
      { line: 4, text: 'c', labels: [] },
    ]);
  });

  it('skips blank lines and rows whose cells are all empty or whitespace', () => {
    const content = 'text,labels\n\n,\n   \n  ,  \nx,\n\n';

    expect(parseCsv(content)).toEqual({ rows: [{ line: 6, text: 'x', labels: [] }], errors: [] });
  });

  it('keeps a whitespace-only text that has labels, for validation to refuse', () => {
    expect(parseCsv('text,labels\n"   ",a').rows).toEqual([
      { line: 2, text: '   ', labels: ['a'] },
    ]);
  });

  it('keeps emoji and RTL text exactly', () => {
    const content = 'text\n"👍🏽 great, thanks"\nمرحبا بالعالم\n"שלום, עולם"\n';

    expect(parseCsv(content).rows.map((row) => row.text)).toEqual([
      '👍🏽 great, thanks',
      'مرحبا بالعالم',
      'שלום, עולם',
    ]);
  });

  it('splits label cells on | only, and reads JSON-array cells', () => {
    const content = [
      'text,labels',
      't1,spam | urgent',
      't2,"Sales, EMEA"',
      't3,"[""a|b"", ""c""]"',
      't4,"[1, 2]"',
    ].join('\n');

    expect(parseCsv(content)).toEqual({
      rows: [
        { line: 2, text: 't1', labels: ['spam ', ' urgent'] },
        { line: 3, text: 't2', labels: ['Sales, EMEA'] },
        { line: 4, text: 't3', labels: ['a|b', 'c'] },
      ],
      errors: [
        {
          line: 5,
          message:
            'labels cell starts with "[" but is not a JSON array of strings; ' +
            'write labels as a|b or ["a", "b"]',
        },
      ],
    });
  });

  it('accepts a "label" column, ignores other columns and allows short rows', () => {
    const content = 'id,Label,text,source\n1,a,first,web\n2,,second\n3';

    expect(parseCsv(content).rows).toEqual([
      { line: 2, text: 'first', labels: ['a'] },
      { line: 3, text: 'second', labels: [] },
      { line: 4, text: '', labels: [] },
    ]);
  });

  it('refuses a row with more cells than the header', () => {
    expect(parseCsv('text,labels\nHello, world,greeting\nok,a')).toEqual({
      rows: [{ line: 3, text: 'ok', labels: ['a'] }],
      errors: [
        {
          line: 2,
          message:
            '3 cells but the header has 2 columns; ' +
            'put text that contains commas in double quotes, as in "Hello, world"',
        },
      ],
    });
  });

  it('keeps a stray quote inside an unquoted cell', () => {
    expect(parseCsv('text\nshe said "no" twice').rows).toEqual([
      { line: 2, text: 'she said "no" twice', labels: [] },
    ]);
  });

  it('returns no rows for a header-only file', () => {
    expect(parseCsv('text,labels\r\n')).toEqual({ rows: [], errors: [] });
  });

  it('throws a file-level error when there is no text column', () => {
    const read = () => parseCsv('body,labels\nhello,a');

    expect(read).toThrow(AppError);
    expect(read).toThrow(
      'The CSV header has no "text" column (found "body", "labels"); ' +
        'name the column that holds the text "text", and labels "labels" (optional).',
    );
  });

  it('throws a file-level error when text or labels columns repeat', () => {
    expect(() => parseCsv('text,TEXT\na,b')).toThrow(
      /names the text or labels column more than once/,
    );
    expect(() => parseCsv('text,label,labels\na,b,c')).toThrow(/more than once/);
  });

  it('throws a file-level error for an unclosed quote', () => {
    const read = () => parseCsv('text\n"never closed\nmore');

    expect(read).toThrow(AppError);
    expect(read).toThrow(/could not be read as CSV: Quote Not Closed.*never closed\.$/);
  });
});
