import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors/app-error';
import { detectImportFormat } from './detect-import-format';

describe('detectImportFormat', () => {
  it('maps extensions case-insensitively', () => {
    expect(detectImportFormat('a.jsonl')).toBe('jsonl');
    expect(detectImportFormat('a.NDJSON')).toBe('jsonl');
    expect(detectImportFormat('my.data.Csv')).toBe('csv');
  });

  it('lets an explicit format win over the name', () => {
    expect(detectImportFormat('dump.txt', 'jsonl')).toBe('jsonl');
    expect(detectImportFormat('a.csv', 'jsonl')).toBe('jsonl');
  });

  it('refuses other extensions, naming the accepted ones', () => {
    const detect = () => detectImportFormat('items.json');

    expect(detect).toThrow(AppError);
    expect(detect).toThrow(
      'Cannot tell the format of "items.json" (extension ".json"); accepted: .jsonl, ' +
        '.ndjson, .csv, or name the format (jsonl or csv). A JSON array must be converted ' +
        'to JSONL, one object per line.',
    );
    expect(() => detectImportFormat('README')).toThrow(/\(no extension\)/);
  });

  it('uses the VALIDATION_FAILED code', () => {
    try {
      detectImportFormat('x.tsv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
      expect((error as AppError).status).toBe(422);
    }
  });
});
