import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = [
  'app',
  'lib',
  'next.config.js',
  'package-lock.json',
  'instrumentation.ts',
  'tsconfig.json',
];
const SKIP = new Set(['node_modules', 'generated', '.next']);

/**
 * True when there is no production build, or when a source file changed after
 * it was made (a `git pull` since the last start), so `npm start` never serves
 * stale code.
 */
export function needsBuild(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;

  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(root, source)) > builtAt);
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;

  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    newest = Math.max(newest, newestChange(path.join(target, entry.name)));
  }

  return newest;
}
