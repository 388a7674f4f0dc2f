import { type BenchCheck, verdict } from './bench-check';
import { formatTable } from './format-table';
import type { ApiLatencyReport, LatencyPhase } from './measure-api-latency';
import { formatMiB as mib } from './read-process-memory';

/** An annotator waits on these two calls per item; past ~50 ms the screen feels slow. */
const MAX_P95_MS = 50;
/** The app must fit small machines while it annotates and scores. */
const MAX_SERVER_RSS = 1024 ** 3;

const PHASE_NAMES: Record<LatencyPhase, (annotators: number) => string> = {
  all: (annotators) => `${annotators} concurrent, all`,
  duringScoring: (annotators) => `${annotators} concurrent, while scoring`,
  solo: () => '1 annotator, idle server',
};

/** Latency and server-memory tables of the annotate API run, with their checks. */
export function formatApiReport(report: ApiLatencyReport) {
  const checks: BenchCheck[] = [];
  const rows: string[][] = [];

  for (const route of ['next', 'submit'] as const) {
    for (const phase of ['all', 'duringScoring', 'solo'] as const) {
      const summary = report.latency[route][phase];
      const name = route === 'next' ? 'GET annotate/next' : 'POST annotate/submit';
      const phaseName = PHASE_NAMES[phase](report.annotators);
      if (!summary) {
        rows.push([name, phaseName, '0', '-', '-', '-', '', '']);
        continue;
      }
      const pass = summary.p95 < MAX_P95_MS;
      // The target is judged on the concurrent run; the other rows explain it.
      if (phase === 'all') {
        checks.push({
          name: `${name} p95`,
          target: `< ${MAX_P95_MS} ms`,
          measured: `${summary.p95.toFixed(1)} ms`,
          pass,
        });
      }
      rows.push([
        name,
        phaseName,
        String(summary.count),
        summary.p50.toFixed(1),
        summary.p95.toFixed(1),
        summary.max.toFixed(1),
        phase === 'all' ? `p95 < ${MAX_P95_MS}` : '',
        phase === 'all' ? verdict(pass) : '',
      ]);
    }
  }
  const latency = formatTable(
    [
      { header: 'route' },
      { header: 'requests' },
      { header: 'n', align: 'right' },
      { header: 'p50 ms', align: 'right' },
      { header: 'p95 ms', align: 'right' },
      { header: 'max ms', align: 'right' },
      { header: 'target' },
      { header: 'result' },
    ],
    rows,
  );

  const memory = report.memory;
  const serverPass = memory.nextPeakRss > 0 && memory.nextPeakRss < MAX_SERVER_RSS;
  checks.push({
    name: 'Next server peak RSS (VmHWM)',
    target: '< 1 GiB',
    measured: mib(memory.nextPeakRss),
    pass: serverPass,
  });
  const memoryTable = formatTable(
    [
      { header: 'server process' },
      { header: 'peak RSS (VmHWM)', align: 'right' },
      { header: 'max RSS sampled', align: 'right' },
      { header: 'max PSS sampled', align: 'right' },
    ],
    [
      ['Next server', mib(memory.nextPeakRss), mib(memory.maxRss.next), mib(memory.maxPss.next)],
      ['embedded Postgres, summed', '-', mib(memory.maxRss.postgres), mib(memory.maxPss.postgres)],
      ['start script + tsx esbuild', '-', mib(memory.maxRss.launcher), mib(memory.maxPss.launcher)],
      ['all server processes', '-', mib(memory.maxTotalRss), mib(memory.maxTotalPss)],
    ],
  );

  const scoring = report.scoring;
  const lines = [
    `Server: started in ${report.startSeconds.toFixed(1)} s; database: ${report.database}.`,
    `Project: ${report.labels} labels; imported ${report.imported} texts from ${report.dataset}.`,
    `Scoring job: ${scoring.status}, ${scoring.texts} texts in ${scoring.seconds.toFixed(1)} s` +
      ` (${(scoring.texts / scoring.seconds).toFixed(1)} texts/s in the app);` +
      ` annotators started ${scoring.overlappedAnnotators ? 'while it ran' : 'after it ended'}.`,
    `Concurrent annotators got through ${report.concurrentRequestsPerSecond.toFixed(1)}` +
      ' requests/s (both routes)' +
      // Little's law for a closed loop: in-flight requests = rate × mean latency.
      (report.thinkMs === 0
        ? `; with no think time the mean latency is ${report.annotators} ÷ that rate` +
          ` = ${((report.annotators / report.concurrentRequestsPerSecond) * 1000).toFixed(0)} ms.`
        : '.'),
    `Examples served to and submitted by two annotators: ${report.servedTwice}.`,
    ...report.emptyReasons.map((reason) => `An annotator ran out of items: ${reason}`),
    '',
    latency,
    '',
    `Memory sampled every 200 ms from /proc/<pid>/status (${memory.samples} samples),` +
      ' from server start until the last request:',
    memoryTable,
    `Processes counted (most at once): ${(['next', 'postgres', 'launcher'] as const)
      .map((role) => `${role} ${memory.maxProcesses[role]} (${memory.commands[role].join(', ')})`)
      .join('; ')}.`,
    '',
    `Next server peak RSS < 1 GiB while it annotates and scores: ${verdict(serverPass)}`,
  ];

  return { text: lines.join('\n'), checks };
}
