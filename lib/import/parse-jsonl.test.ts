import { describe, expect, it } from 'vitest';
import { parseJsonl } from './parse-jsonl';

const SAMPLE = '{"text": "…", "labels": ["a", "b"]}';

describe('parseJsonl', () => {
  it('reads labels as an array, a string, or "label", and ignores other keys', () => {
    const content = [
      '{"text": "one", "labels": ["a", "b"]}',
      '{"text": "two", "labels": "a"}',
      '{"text": "three", "label": "b", "id": 7}',
      '{"text": "four"}',
      '{"text": "five", "labels": null, "label": null}',
    ].join('\n');

    expect(parseJsonl(content)).toEqual({
      rows: [
        { line: 1, text: 'one', labels: ['a', 'b'], labelsGiven: true },
        { line: 2, text: 'two', labels: ['a'], labelsGiven: true },
        { line: 3, text: 'three', labels: ['b'], labelsGiven: true },
        { line: 4, text: 'four', labels: [], labelsGiven: false },
        { line: 5, text: 'five', labels: [], labelsGiven: false },
      ],
      errors: [],
    });
  });

  it('tells an explicit empty list ("none apply") from no labels key', () => {
    const content = [
      '{"text": "none apply", "labels": []}',
      '{"text": "also none", "label": []}',
      '{"text": "not labelled"}',
      '{"text": "null is absent", "labels": null}',
      '{"text": "label wins over a null labels", "labels": null, "label": "a"}',
    ].join('\n');

    expect(parseJsonl(content).rows.map((row) => [row.labels, row.labelsGiven])).toEqual([
      [[], true],
      [[], true],
      [[], false],
      [[], false],
      [['a'], true],
    ]);
  });

  it('decodes a \\u0000 escape into the text, leaving the NUL check to validation', () => {
    expect(parseJsonl('{"text": "a\\u0000b"}').rows[0]?.text).toBe('a\u0000b');
  });

  it('skips blank lines silently and numbers lines of the file, with BOM and CRLF', () => {
    const content = '\uFEFF{"text":"a"}\r\n\r\n   \r\n\t\r\n{"text":"b"}\r\n';

    expect(parseJsonl(content)).toEqual({
      rows: [
        { line: 1, text: 'a', labels: [], labelsGiven: false },
        { line: 5, text: 'b', labels: [], labelsGiven: false },
      ],
      errors: [],
    });
  });

  it('keeps text exactly, emoji, RTL and escaped newlines included', () => {
    const content = [
      JSON.stringify({ text: '👍🏽 works' }),
      JSON.stringify({ text: 'שלום עולם' }),
      JSON.stringify({ text: ' lead\nand\ttrail ' }),
    ].join('\n');

    expect(parseJsonl(content).rows.map((row) => row.text)).toEqual([
      '👍🏽 works',
      'שלום עולם',
      ' lead\nand\ttrail ',
    ]);
  });

  it('refuses each bad line with a numbered message', () => {
    const content = [
      '{"text": "fine"}',
      '{"text": "broken",',
      '["text", "a"]',
      '42',
      'null',
      '"just a string"',
      '{"body": "wrong key"}',
      '{"text": 12}',
      '{"text": "x", "labels": 3}',
      '{"text": "x", "labels": ["a", 2]}',
      '{"text": "x", "label": {"name": "a"}}',
      '{"text": "x", "label": "a", "labels": ["b"]}',
    ].join('\n');

    expect(parseJsonl(content)).toEqual({
      rows: [{ line: 1, text: 'fine', labels: [], labelsGiven: false }],
      errors: [
        { line: 2, message: `not valid JSON; each line must be one object such as ${SAMPLE}` },
        { line: 3, message: `must be a JSON object such as ${SAMPLE}, got an array` },
        { line: 4, message: `must be a JSON object such as ${SAMPLE}, got a number` },
        { line: 5, message: `must be a JSON object such as ${SAMPLE}, got null` },
        { line: 6, message: `must be a JSON object such as ${SAMPLE}, got a string` },
        { line: 7, message: `"text" is missing; each object needs one, as in ${SAMPLE}` },
        { line: 8, message: '"text" must be a string, got a number' },
        { line: 9, message: '"labels" must be a string or an array of strings, got a number' },
        {
          line: 10,
          message: '"labels" must be a string or an array of strings, got a number at index 1',
        },
        { line: 11, message: '"label" must be a string or an array of strings, got an object' },
        { line: 12, message: 'give either "labels" or "label", not both' },
      ],
    });
  });
});
