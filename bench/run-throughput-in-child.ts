import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { type Engine, type ThroughputResult, throughputResultSchema } from './throughput-result';

export interface ChildThroughputOptions {
  texts: number;
  runs: number;
  callSize: number;
  labelCounts: number[];
}

/**
 * Runs `throughput-worker.ts` for one engine in a fresh Node process and returns its
 * report. Node is started directly with tsx as a loader (no npx or tsx CLI wrapper in
 * between), so the process that reports its peak RSS is the one that ran the model.
 */
export async function runThroughputInChild(
  engine: Engine,
  options: ChildThroughputOptions,
): Promise<ThroughputResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verdict-bench-'));
  const out = path.join(dir, `${engine}.json`);
  const args = [
    '--import',
    'tsx',
    path.join('bench', 'throughput-worker.ts'),
    `--engine=${engine}`,
    `--texts=${options.texts}`,
    `--runs=${options.runs}`,
    `--call-size=${options.callSize}`,
    `--label-counts=${options.labelCounts.join(',')}`,
    `--out=${out}`,
  ];

  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        stdio: ['ignore', 'inherit', 'inherit'],
        // Model-load lines only; the bench prints its own report.
        env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
      });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`the ${engine} throughput child exited with ${code}`);

    return throughputResultSchema.parse(JSON.parse(await readFile(out, 'utf8')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
