import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import type { ImportReport } from '@/lib/api/schemas/imports';
import type { JobDto, ProjectDto } from '@/lib/api/schemas/projects';

import { callApi } from './call-api';
import { DATASETS_DIR, distinctLabels, readJsonlDataset } from './read-jsonl-dataset';
import { type ServerMemoryReport, sampleServerMemory } from './sample-server-memory';
import { type AnnotatorRun, type LatencySample, simulateAnnotator } from './simulate-annotator';
import { startAppServer } from './start-app-server';
import { type LatencySummary, summariseLatencies } from './summarise-latencies';

export interface ApiLatencyOptions {
  port: number;
  pgPort: number;
  dataset: string;
  annotators: number;
  iterations: number;
  /** Pause after each submit; 0 makes the concurrent phase a saturation test. */
  thinkMs: number;
  /** Items one annotator does alone afterwards: the latency without queueing. */
  soloIterations: number;
  /** For the first start, which builds the Next app when `.next/BUILD_ID` is missing. */
  readyTimeoutMs: number;
}

/**
 * all: every request of the concurrent annotators; duringScoring: those sent while the
 * job still ran; solo: one annotator alone after scoring, so no request waits for another.
 */
export type LatencyPhase = 'all' | 'duringScoring' | 'solo';

export interface ApiLatencyReport {
  annotators: number;
  thinkMs: number;
  dataset: string;
  database: string;
  startSeconds: number;
  imported: number;
  labels: number;
  scoring: { status: string; seconds: number; texts: number; overlappedAnnotators: boolean };
  latency: Record<'next' | 'submit', Record<LatencyPhase, LatencySummary | null>>;
  /** Requests per second the concurrent annotators got through, both routes together. */
  concurrentRequestsPerSecond: number;
  /** Examples submitted by more than one simulated annotator (no leases yet). */
  servedTwice: number;
  emptyReasons: string[];
  memory: ServerMemoryReport;
}

/**
 * Latency of the two annotate routes under concurrent annotators, against the real app
 * server with its own embedded database: create a project, import a dataset, and start
 * the annotators while the background scoring job is still running, sampling the server's
 * RSS throughout. Everything goes to 127.0.0.1 and the server is stopped at the end.
 */
export async function measureApiLatency(options: ApiLatencyOptions): Promise<ApiLatencyReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verdict-bench-api-'));
  // Postgres refuses to run as root and runs as its own user, which must reach `dir/pg`.
  await chmod(dir, 0o755);
  const logFile = path.join(dir, 'server.log');
  process.stderr.write(`… starting the app server (log: ${logFile})\n`);
  const server = await startAppServer({
    port: options.port,
    pgDir: path.join(dir, 'pg'),
    pgPort: options.pgPort,
    logFile,
    readyTimeoutMs: options.readyTimeoutMs,
    cleanUpOnSignal: () => rm(dir, { recursive: true, force: true }),
  }).catch(async (error: unknown) => {
    // The error carries the log's last lines; the database folder is of no further use.
    await rm(path.join(dir, 'pg'), { recursive: true, force: true });
    throw error;
  });

  const memory = sampleServerMemory(server.groupId);
  try {
    const api = `${server.baseUrl}/api`;
    const rows = await readJsonlDataset(options.dataset);
    const labels = distinctLabels(rows);

    // Setup: a fresh project and one import, as a user would do it in the UI.
    const project = await callApi<ProjectDto>(`${api}/projects`, {
      method: 'POST',
      body: { name: `bench ${new Date().toISOString()}`, labels, multiLabel: false },
    });
    const projectId = project.body.id;
    const content = await readFile(path.join(DATASETS_DIR, options.dataset), 'utf8');
    const imported = await callApi<ImportReport>(`${api}/projects/${projectId}/imports`, {
      method: 'POST',
      body: { fileName: options.dataset, content },
    });
    const jobId = imported.body.jobId;
    if (!jobId) throw new Error('the import started no scoring job');
    const scoringStarted = performance.now();
    process.stderr.write(`… imported ${imported.body.accepted} texts; scoring job ${jobId}\n`);

    const job = watchJob(`${api}/jobs/${jobId}`, 10 * 60_000);
    await warmUpRoutes(api, projectId);

    // The measured phase: every annotator at once, while the job scores.
    const scoringAtStart = job.running();
    const concurrentStarted = performance.now();
    const runs = await Promise.all(
      Array.from({ length: options.annotators }, (_, i) =>
        simulateAnnotator(server.baseUrl, projectId, `bench-${i}`, {
          iterations: options.iterations,
          thinkMs: options.thinkMs,
          isScoring: () => job.running(),
        }),
      ),
    );
    const concurrentSeconds = (performance.now() - concurrentStarted) / 1000;
    const final = await job.finished();
    const scoringSeconds = (job.finishedAt() - scoringStarted) / 1000;

    // The same loop for one annotator on an idle server: the cost of one request.
    const solo = await simulateAnnotator(server.baseUrl, projectId, 'bench-solo', {
      iterations: options.soloIterations,
      thinkMs: 0,
      isScoring: () => false,
    });
    const requests = runs.reduce((sum, run) => sum + run.samples.length, 0);

    return {
      annotators: options.annotators,
      thinkMs: options.thinkMs,
      dataset: options.dataset,
      database: process.env.DATABASE_URL
        ? 'DATABASE_URL'
        : `embedded Postgres on :${options.pgPort}`,
      startSeconds: server.startSeconds,
      imported: imported.body.accepted,
      labels: labels.length,
      scoring: {
        status: final.status,
        seconds: scoringSeconds,
        texts: final.processed,
        overlappedAnnotators: scoringAtStart,
      },
      latency: summariseRuns(runs, solo),
      concurrentRequestsPerSecond: requests / concurrentSeconds,
      servedTwice: countServedTwice(runs),
      emptyReasons: [...new Set(runs.flatMap((run) => run.emptyReason ?? []))],
      memory: memory.stop(),
    };
  } finally {
    memory.stop();
    process.stderr.write('… stopping the app server\n');
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * One untimed call to each route, so the first measured request does not pay for
 * loading the route module. The submit gets an empty body, which is refused (422)
 * before anything is stored.
 */
async function warmUpRoutes(api: string, projectId: string): Promise<void> {
  await callApi(`${api}/projects/${projectId}/annotate/next`, { annotator: 'bench-warm-up' });
  await fetch(`${api}/projects/${projectId}/annotate/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: 'verdict_annotator=bench-warm-up' },
    body: '{}',
  }).then((response) => response.text());
}

/**
 * Polls a job until it is DONE or FAILED; `running()` answers from the latest poll.
 * Gives up after `timeoutMs`, so a stuck job cannot hang the bench.
 */
function watchJob(url: string, timeoutMs: number) {
  let latest: JobDto | null = null;
  let finishedAt = 0;
  const deadline = performance.now() + timeoutMs;
  const done = (async () => {
    for (;;) {
      latest = (await callApi<JobDto>(url)).body;
      if (latest.status === 'DONE' || latest.status === 'FAILED') {
        finishedAt = performance.now();
        return latest;
      }
      if (performance.now() > deadline) {
        throw new Error(`the scoring job was still ${latest.status} after ${timeoutMs / 1000} s`);
      }
      await sleep(250);
    }
  })();
  // Awaited later; until then a failed poll must not count as an unhandled rejection.
  done.catch(() => {});

  return {
    running: () => latest === null || (latest.status !== 'DONE' && latest.status !== 'FAILED'),
    finishedAt: () => finishedAt,
    finished: () => done,
  };
}

function summariseRuns(runs: AnnotatorRun[], solo: AnnotatorRun): ApiLatencyReport['latency'] {
  const concurrent = runs.flatMap((run) => run.samples);
  const pick = (route: 'next' | 'submit', samples: LatencySample[]) =>
    summariseLatencies(samples.filter((sample) => sample.route === route).map((s) => s.ms));
  const phases = (route: 'next' | 'submit') => ({
    all: pick(route, concurrent),
    duringScoring: pick(
      route,
      concurrent.filter((sample) => sample.duringScoring),
    ),
    solo: pick(route, solo.samples),
  });

  return { next: phases('next'), submit: phases('submit') };
}

function countServedTwice(runs: AnnotatorRun[]): number {
  const seen = new Map<string, number>();
  for (const id of runs.flatMap((run) => run.exampleIds)) seen.set(id, (seen.get(id) ?? 0) + 1);

  return [...seen.values()].filter((count) => count > 1).length;
}
