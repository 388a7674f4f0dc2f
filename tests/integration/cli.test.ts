import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectPrisma, getPrisma } from '../../lib/db/prisma';
import { uniqueName } from '../helpers/unique-name';

const run = promisify(execFile);
const name = uniqueName('cli');
const fixture = path.join('tests', 'fixtures', 'intents-small.jsonl');

// Runs the real `verdict` bin against the test database (DATABASE_URL from the global setup).
async function verdict(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/verdict.js', ...args], { env: process.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(async () => {
  await getPrisma().project.deleteMany({ where: { name } });
  await disconnectPrisma();
});

describe('the verdict CLI', () => {
  it('imports a file into a new project, reporting refused rows and scoring with progress', async () => {
    const result = await verdict(
      'import',
      fixture,
      '--project',
      name,
      '--labels',
      'PlayMusic,GetWeather,BookRestaurant',
    );

    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`created project "${name}"`);
    expect(result.stderr).toContain('imported 6, skipped 1 duplicates, refused 2');
    expect(result.stderr).toMatch(/line 8: .*empty/);
    expect(result.stderr).toMatch(/line 10: unknown label "OrderTaxi"/);
    expect(result.stderr).toContain('scoring  6/6  100%');
  });

  it('predicts labels with scores, best first', async () => {
    const result = await verdict(
      'predict',
      '--project',
      name,
      '--json',
      'is it going to snow in oslo',
    );
    const output = JSON.parse(result.stdout);

    expect(result.code).toBe(0);
    expect(output.suggested).toEqual(['GetWeather']);
    const scores = Object.values(output.scores) as number[];
    expect(scores.reduce((sum, p) => sum + p, 0)).toBeCloseTo(1, 4);
  });

  it('evaluates a labelled file and prints one JSON object of metrics', async () => {
    const result = await verdict('eval', '--project', name, '--file', fixture);
    const report = JSON.parse(result.stdout);

    expect(result.code).toBe(0);
    expect(report.count).toBe(6);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['accuracy', 'macro_f1', 'micro_f1', 'per_label']),
    );
    expect(report.per_label).toHaveLength(3);
    // These six texts are unambiguous; a working zero-shot model gets most of them.
    expect(report.accuracy).toBeGreaterThanOrEqual(4 / 6);
  });

  it('exports every example as JSONL and CSV', async () => {
    const jsonl = await verdict('export', '--project', name, '--format', 'jsonl');
    const rows = jsonl.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ text: 'play some jazz by miles davis', labels: ['PlayMusic'] });

    const csv = await verdict('export', '--project', name, '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe(
      'example_id,text,gold_labels,submission_kind,annotator,label,decision,origin,model_version,' +
        'probability_shown,duration_ms,decided_at,undone_at',
    );
  });

  it('fails with a clear message and exit code 1 for an unknown project or format', async () => {
    const missing = await verdict('predict', '--project', `${name}-missing`, 'hello');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`No project "${name}-missing"`);

    const badFormat = await verdict('export', '--project', name, '--format', 'xml');
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toMatch(/Allowed choices are jsonl, csv/);

    const badTop = await verdict('predict', '--project', name, '--top', '0', 'hello');
    expect(badTop.code).toBe(1);
    expect(badTop.stderr).toContain('whole number of at least 1');

    const badOut = await verdict('export', '--project', name, '--out', '/no/such/dir/x.csv');
    expect(badOut.code).toBe(1);
    expect(badOut.stderr).toMatch(/Cannot write \/no\/such\/dir\/x.csv: .*no such file/);
  });

  it('does not leave an empty project behind when nothing in the file can be imported', async () => {
    const result = await verdict(
      'import',
      path.join('tests', 'fixtures', 'no-text-column.csv'),
      '--project',
      `${name}-empty`,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/text/);
    expect(await getPrisma().project.count({ where: { name: `${name}-empty` } })).toBe(0);
  });
});
