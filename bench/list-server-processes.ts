import { readdirSync, readFileSync } from 'node:fs';

export interface ServerProcess {
  pid: number;
  /** Clock ticks since boot when the process started; with `pid`, names it uniquely. */
  startTime: number;
  /** The command line, arguments joined by spaces (Postgres children: their title). */
  command: string;
}

interface ProcEntry extends ServerProcess {
  ppid: number;
  groupId: number;
}

/**
 * Every live process of the app server: the members of its process group and all their
 * descendants. Descendants matter because Postgres puts each child (backends, the
 * checkpointer, io workers) in a session of its own, out of the group. Linux only: reads
 * `/proc/<pid>/stat`.
 */
export function listServerProcesses(groupId: number): ServerProcess[] {
  const entries = readProcEntries();
  const included = new Set(entries.filter((e) => e.groupId === groupId).map((e) => e.pid));

  // Parents come before children in no particular order, so repeat until nothing is added.
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of entries) {
      if (!included.has(entry.pid) && included.has(entry.ppid)) {
        included.add(entry.pid);
        grew = true;
      }
    }
  }

  return entries
    .filter((entry) => included.has(entry.pid))
    .map(({ pid, startTime, command }) => ({ pid, startTime, command }));
}

/** The start time of a live process, or null once it is gone (or a zombie). */
export function readStartTime(pid: number): number | null {
  return readProcEntry(String(pid))?.startTime ?? null;
}

function readProcEntries(): ProcEntry[] {
  return readdirSync('/proc').flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    const entry = readProcEntry(name);
    return entry ? [entry] : [];
  });
}

function readProcEntry(name: string): ProcEntry | null {
  try {
    const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    // After the parenthesised name (which may hold spaces): state, ppid, pgrp, ... starttime.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') return null;
    const command = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();

    return {
      pid: Number(name),
      ppid: Number(fields[1]),
      groupId: Number(fields[2]),
      startTime: Number(fields[19]),
      command,
    };
  } catch {
    // The process ended between readdir and read.
    return null;
  }
}
