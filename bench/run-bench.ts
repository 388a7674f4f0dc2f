// `npm run bench`: throughput of the embedded model against tfjs, memory of each engine,
// and annotate-API latency against the real server. Prints tables and a PASS/FAIL summary.
// Numbers depend on the machine and on whatever else runs on it; the bench is not a test.
import os from 'node:os';
import { parseArgs } from 'node:util';

import { getEnv } from '@/lib/config/env';

import { type BenchCheck, verdict } from './bench-check';
import { formatApiReport } from './format-api-report';
import { formatMemoryReport } from './format-memory-report';
import { formatTable } from './format-table';
import { formatThroughputReport } from './format-throughput-report';
import { measureApiLatency } from './measure-api-latency';
import { runThroughputInChild } from './run-throughput-in-child';
import type { ThroughputResult } from './throughput-result';

const { values: args } = parseArgs({
  options: {
    texts: { type: 'string', default: '512' },
    runs: { type: 'string', default: '3' },
    'label-counts': { type: 'string', default: '1,2,4,8,16,32,64,128' },
    'skip-throughput': { type: 'boolean', default: false },
    'skip-tfjs': { type: 'boolean', default: false },
    'skip-api': { type: 'boolean', default: false },
    annotators: { type: 'string', default: '8' },
    iterations: { type: 'string', default: '40' },
    'solo-iterations': { type: 'string', default: '20' },
    // Annotators are people: a second between items is a fast one. The saturation
    // round below (no think time) is printed too, as a reference without a target.
    'think-ms': { type: 'string', default: '1000' },
    'skip-stress': { type: 'boolean', default: false },
    port: { type: 'string', default: '3211' },
    'pg-port': { type: 'string', default: '54340' },
    dataset: { type: 'string', default: 'snips_sonos_validate.jsonl' },
  },
});

const started = performance.now();
const checks: BenchCheck[] = [];
const failures: string[] = [];
const heading = (title: string) => console.log(`\n## ${title}\n`);
const progress = (line: string) => process.stderr.write(`… ${line}\n`);

console.log('# Verdict benchmark');
console.log(
  `${new Date().toISOString()} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'})` +
    ` · Node ${process.version} · ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
);
// Other processes on a 2-core machine change every number; say how busy it was.
const loadAverage = () => os.loadavg()[0]!.toFixed(2);
console.log(`Load average (1 min) at start: ${loadAverage()}`);

// Phase 1 and 2: throughput and memory, one engine per child process.
if (!args['skip-throughput']) {
  const childOptions = {
    texts: Number(args.texts),
    runs: Number(args.runs),
    // The scoring job's batch size, so the classifier is called as the app calls it.
    callSize: getEnv().VERDICT_SCORE_BATCH_SIZE,
    labelCounts: args['label-counts'].split(',').map(Number),
  };
  const results: ThroughputResult[] = [];
  try {
    progress('ONNX throughput');
    const onnx = await runThroughputInChild('onnx', childOptions);
    results.push(onnx);
    let tfjs: ThroughputResult | null = null;
    if (!args['skip-tfjs']) {
      progress('tfjs throughput (several times slower)');
      tfjs = await runThroughputInChild('tfjs', childOptions);
      results.push(tfjs);
    }

    heading('Throughput (texts per second, single-label scoring)');
    console.log(
      `${onnx.corpus}; ${childOptions.callSize} texts per classify call (the scoring job's` +
        ` batch); one warm-up call per label count, then the fastest of ${childOptions.runs}` +
        ' timed passes, taken round the label counts (performance.now()).',
    );
    for (const result of results) {
      console.log(
        `- ${result.engine}: ${result.runtime}, classifier ${result.classifierKind},` +
          ` loaded in ${result.loadMs.toFixed(0)} ms`,
      );
    }
    console.log('');
    const report = formatThroughputReport(onnx, tfjs);
    console.log(report.text);
    checks.push(...report.checks);

    heading('Memory of the throughput runs');
    console.log(formatMemoryReport(results));
  } catch (error) {
    failures.push('throughput (the error is printed above)');
    console.log(`\nThroughput bench failed: ${(error as Error).message}`);
  }
}

// Phase 3: the annotate API against the real server, while it scores an import.
if (!args['skip-api']) {
  const rounds = [{ thinkMs: Number(args['think-ms']), target: true }];
  if (!args['skip-stress'] && Number(args['think-ms']) > 0)
    rounds.push({ thinkMs: 0, target: false });

  for (const round of rounds) {
    try {
      progress('annotate API (starts the app server; the first start builds Next)');
      const report = await measureApiLatency({
        port: Number(args.port),
        pgPort: Number(args['pg-port']),
        dataset: args.dataset,
        annotators: Number(args.annotators),
        iterations: Number(args.iterations),
        soloIterations: Number(args['solo-iterations']),
        thinkMs: round.thinkMs,
        readyTimeoutMs: 6 * 60_000,
      });
      const think = round.thinkMs === 0 ? 'no think time' : `${round.thinkMs} ms think time`;
      heading(
        `Annotate API latency (${args.annotators} annotators × ${args.iterations} items,` +
          ` ${think}, 127.0.0.1)${round.target ? '' : ' — saturation, for reference'}`,
      );
      const formatted = formatApiReport(report);
      console.log(formatted.text);
      if (round.target) checks.push(...formatted.checks);
      else console.log("(No target: eight clients with no pause measure the server's capacity.)");
    } catch (error) {
      failures.push('annotate API (the error is printed above)');
      console.log(`\nAnnotate API bench failed: ${(error as Error).message}`);
    }
  }
}

heading('Summary');
console.log(
  formatTable(
    [{ header: 'check' }, { header: 'target' }, { header: 'measured' }, { header: 'result' }],
    checks.map((check) => [check.name, check.target, check.measured, verdict(check.pass)]),
  ),
);
for (const failure of failures) console.log(`NOT MEASURED — ${failure}`);
console.log(`\nLoad average (1 min) at end: ${loadAverage()}`);
console.log(`Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`);

process.exitCode = failures.length > 0 ? 1 : 0;
