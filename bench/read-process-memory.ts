import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now (VmRSS), in bytes. */
  rss: number;
  /** Peak resident set size since the process started (VmHWM), in bytes. */
  peakRss: number;
}

/**
 * RSS and peak RSS of any process, from `/proc/<pid>/status` (Linux only). The kernel's
 * high-water mark catches peaks between samples, which `process.memoryUsage()` cannot.
 * Returns null once the process is gone.
 */
export function readProcessMemory(pid: number | 'self'): ProcessMemory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  };

  return { rss: kib('VmRSS'), peakRss: kib('VmHWM') };
}

/**
 * Proportional set size: resident pages with each shared page divided among the
 * processes that map it, so summing it over Postgres and its children does not count
 * shared buffers once per backend, as summing RSS does. Null once the process is gone.
 */
export function readProcessPss(pid: number): number | null {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+) kB/m.exec(rollup);
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Bytes as MiB with one decimal, for tables. */
export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
