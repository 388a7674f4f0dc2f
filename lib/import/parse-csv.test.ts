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
        { line: 2, text: 'a, b', labels: ['x'], labelsGiven: true },
        { line: 4, text: 'line1\nline2', labels: ['y', 'z'], labelsGiven: true },
        { line: 6, text: 'He said "hi"', labels: [], labelsGiven: true },
      ],
      errors: [],
    });
  });

  it('gives the starting line of records that hold CRLF line breaks', () => {
    // Lines: 1 header, 2–3 "a⏎b", 4 blank, 5–7 "c⏎⏎d", 8 e.
    const content = 'text\r\n"a\r\nb"\r\n\r\n"c\r\n\r\nd"\r\ne\r\n';

    expect(parseCsv(content).rows).toEqual([
      { line: 2, text: 'a\r\nb', labels: [], labelsGiven: false },
      { line: 5, text: 'c\r\n\r\nd', labels: [], labelsGiven: false },
      { line: 8, text: 'e', labels: [], labelsGiven: false },
    ]);
  });

  it('reads files with old Mac (\\r) line endings', () => {
    expect(parseCsv('text\r"a\rb"\rc').rows).toEqual([
      { line: 2, text: 'a\rb', labels: [], labelsGiven: false },
      { line: 4, text: 'c', labels: [], labelsGiven: false },
    ]);
  });

  it('skips blank lines and rows whose cells are all empty or whitespace', () => {
    const content = 'text,labels\n\n,\n   \n  ,  \nx,\n\n';

    expect(parseCsv(content)).toEqual({
      rows: [{ line: 6, text: 'x', labels: [], labelsGiven: true }],
      errors: [],
    });
  });

  it('keeps a whitespace-only text that has labels, for validation to refuse', () => {
    expect(parseCsv('text,labels\n"   ",a').rows).toEqual([
      { line: 2, text: '   ', labels: ['a'], labelsGiven: true },
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
        { line: 2, text: 't1', labels: ['spam ', ' urgent'], labelsGiven: true },
        { line: 3, text: 't2', labels: ['Sales, EMEA'], labelsGiven: true },
        { line: 4, text: 't3', labels: ['a|b', 'c'], labelsGiven: true },
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
      { line: 2, text: 'first', labels: ['a'], labelsGiven: true },
      { line: 3, text: 'second', labels: [], labelsGiven: true },
      { line: 4, text: '', labels: [], labelsGiven: true },
    ]);
  });

  it('refuses a row with more cells than the header', () => {
    expect(parseCsv('text,labels\nHello, world,greeting\nok,a')).toEqual({
      rows: [{ line: 3, text: 'ok', labels: ['a'], labelsGiven: true }],
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
      { line: 2, text: 'she said "no" twice', labels: [], labelsGiven: false },
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

  it('throws a file-level error naming the line where an unclosed quoted cell starts', () => {
    // Lines: 1 header, 2 ok, 3 the quote opens, 4–6 swallowed into it; csv-parse says 6.
    const content = 'text,labels\nok,a\n"never closed,a\nmore\nlines\nend';
    const read = () => parseCsv(content);

    expect(read).toThrow(AppError);
    expect(read).toThrow(
      'The file could not be read as CSV: the quoted cell that starts on line 3 has no ' +
        'closing double quote, so the rest of the file was read as part of it. ' +
        'Add the closing quote, and double any quote inside the cell ("").',
    );
  });

  it('finds the unclosed quote after CRLF, quoted line breaks, blank lines and a comma', () => {
    const lineOfError = (content: string) => {
      try {
        parseCsv(content);
      } catch (error) {
        return ((error as AppError).details as { line: number }).line;
      }
      return undefined;
    };

    // 1 header, 2–3 "a⏎b", 4 ok, 5 opens (csv-parse would say 9: it counts CRLF twice).
    expect(lineOfError('text\r\n"a\r\nb"\r\nok\r\n"never\r\nclosed\r\n')).toBe(5);
    // 1 header, 2 ok, 3–4 blank, 5 "x", 6 blank, 7 opens.
    expect(lineOfError('text,labels\nok,a\n\n\n"x",a\n\n"never\nclosed')).toBe(7);
    // The record starts on line 2; the unclosed cell, its second, opens on line 3.
    expect(lineOfError('text,labels\n"x\ny","never\nclosed\n')).toBe(3);
    // Stray quotes inside unquoted cells and doubled quotes do not open a cell.
    expect(lineOfError('text,labels\n"a ""q"" b",x\n👍🏽 "x,"never\nclosed')).toBe(3);
    expect(lineOfError('"text\nlabels')).toBe(1);
  });

  it('marks labels as given on every row when the file has a labels column', () => {
    const withColumn = parseCsv('text,labels\nnone apply,\nsome,a\nshort row');
    const without = parseCsv('text,source\nhello,web');

    expect(withColumn.rows.map((row) => [row.labels, row.labelsGiven])).toEqual([
      [[], true],
      [['a'], true],
      [[], true],
    ]);
    expect(without.rows).toEqual([{ line: 2, text: 'hello', labels: [], labelsGiven: false }]);
  });
});
