import { listServerProcesses } from './list-server-processes';
import { readProcessMemory, readProcessPss } from './read-process-memory';

/** Which part of the app a server process is. */
export type ServerRole = 'next' | 'postgres' | 'launcher';

export interface ServerMemoryReport {
  samples: number;
  /** Per role, the largest summed VmRSS seen in one sample, in bytes. */
  maxRss: Record<ServerRole, number>;
  /** The largest VmRSS summed over every server process in one sample. */
  maxTotalRss: number;
  /** Per role, the largest summed PSS (shared pages split between sharers) in one sample. */
  maxPss: Record<ServerRole, number>;
  /** The largest PSS summed over every server process: what the server really holds. */
  maxTotalPss: number;
  /** The kernel's peak (VmHWM) of the largest Next process, read when sampling stopped. */
  nextPeakRss: number;
  /** Distinct command names seen per role, so the report says what was counted. */
  commands: Record<ServerRole, string[]>;
  /** Most processes seen at once per role (Postgres: the server and its children). */
  maxProcesses: Record<ServerRole, number>;
}

export function classifyServerProcess(command: string): ServerRole {
  if (/postgres/.test(command)) return 'postgres';
  if (/next(-server|\/dist|\s+start|\s+\()/.test(command) || /^next-server/.test(command)) {
    return 'next';
  }
  return 'launcher';
}

/**
 * Samples the RSS of every process of the app server at a fixed interval until
 * stopped. RSS counts a shared page once per process that maps it, so summed RSS
 * over-states Postgres (every backend maps the shared buffers); summed PSS does not.
 */
export function sampleServerMemory(groupId: number, intervalMs = 200) {
  const report: ServerMemoryReport = {
    samples: 0,
    maxRss: { next: 0, postgres: 0, launcher: 0 },
    maxTotalRss: 0,
    maxPss: { next: 0, postgres: 0, launcher: 0 },
    maxTotalPss: 0,
    nextPeakRss: 0,
    commands: { next: [], postgres: [], launcher: [] },
    maxProcesses: { next: 0, postgres: 0, launcher: 0 },
  };
  let nextPids = new Set<number>();
  let stopped = false;

  const sample = () => {
    const sums: Record<ServerRole, number> = { next: 0, postgres: 0, launcher: 0 };
    const counts: Record<ServerRole, number> = { next: 0, postgres: 0, launcher: 0 };
    const pss: Record<ServerRole, number> = { next: 0, postgres: 0, launcher: 0 };
    const pids = new Set<number>();
    for (const entry of listServerProcesses(groupId)) {
      const memory = readProcessMemory(entry.pid);
      if (!memory) continue;
      const role = classifyServerProcess(entry.command);
      sums[role] += memory.rss;
      pss[role] += readProcessPss(entry.pid) ?? 0;
      counts[role]++;
      // Postgres backends name their client in the title; the program name is enough.
      const name = entry.command.split(' ')[0]!.split('/').pop()!.replace(/:$/, '');
      if (!report.commands[role].includes(name)) report.commands[role].push(name);
      if (role === 'next') pids.add(entry.pid);
    }
    if (pids.size > 0) nextPids = pids;
    for (const role of Object.keys(sums) as ServerRole[]) {
      report.maxRss[role] = Math.max(report.maxRss[role], sums[role]);
      report.maxProcesses[role] = Math.max(report.maxProcesses[role], counts[role]);
      report.maxPss[role] = Math.max(report.maxPss[role], pss[role]);
    }
    report.maxTotalPss = Math.max(report.maxTotalPss, pss.next + pss.postgres + pss.launcher);
    report.maxTotalRss = Math.max(report.maxTotalRss, sums.next + sums.postgres + sums.launcher);
    report.samples++;
  };

  sample();
  const timer = setInterval(sample, intervalMs);

  return {
    /** Stops sampling; call while the server still runs, so VmHWM can be read. */
    stop(): ServerMemoryReport {
      if (stopped) return report;
      stopped = true;
      clearInterval(timer);
      sample();
      for (const pid of nextPids) {
        report.nextPeakRss = Math.max(report.nextPeakRss, readProcessMemory(pid)?.peakRss ?? 0);
      }
      return report;
    },
  };
}
