import { type BenchCheck, verdict } from './bench-check';
import { formatTable } from './format-table';
import type { ThroughputResult } from './throughput-result';

/** The bar for the embedded model against what a user would otherwise run. */
const MIN_SPEEDUP = 3;
/** The bi-encoder promise: many labels cost little more per text than one. */
const MIN_KEPT_AT_128 = 0.8;

/** Passes of one label count differing more than this mean the machine was not idle. */
const NOISY_SPREAD = 0.25;

/** The side-by-side throughput table and the two throughput checks. */
export function formatThroughputReport(onnx: ThroughputResult, tfjs: ThroughputResult | null) {
  const rows = onnx.points.map((point) => {
    const other = tfjs?.points.find((p) => p.labels === point.labels);
    return [
      String(point.labels),
      point.textsPerSecond.toFixed(1),
      other ? other.textsPerSecond.toFixed(1) : 'n/a',
      other ? `${(point.textsPerSecond / other.textsPerSecond).toFixed(2)}×` : 'n/a',
    ];
  });
  const table = formatTable(
    [
      { header: 'labels', align: 'right' },
      { header: 'ONNX texts/s', align: 'right' },
      { header: 'tfjs texts/s', align: 'right' },
      { header: 'ratio', align: 'right' },
    ],
    rows,
  );

  const checks: BenchCheck[] = [];
  const ratios = onnx.points.flatMap((point) => {
    const other = tfjs?.points.find((p) => p.labels === point.labels);
    return other ? [point.textsPerSecond / other.textsPerSecond] : [];
  });
  if (ratios.length > 0) {
    const worst = Math.min(...ratios);
    checks.push({
      name: 'ONNX vs tfjs throughput (worst label count)',
      target: `≥ ${MIN_SPEEDUP}×`,
      measured: `${worst.toFixed(2)}×`,
      pass: worst >= MIN_SPEEDUP,
    });
  }

  const one = onnx.points.find((point) => point.labels === 1);
  const most = onnx.points.find((point) => point.labels === 128);
  if (one && most) {
    const kept = most.textsPerSecond / one.textsPerSecond;
    checks.push({
      name: 'ONNX 128-label throughput as % of 1-label',
      target: `≥ ${MIN_KEPT_AT_128 * 100}%`,
      measured: `${(kept * 100).toFixed(1)}%`,
      pass: kept >= MIN_KEPT_AT_128,
    });
  }

  const lines = checks.map(
    (check) => `${check.name}: ${check.measured} (target ${check.target}) ${verdict(check.pass)}`,
  );

  // The same work should take the same time; a wide spread means another process ran.
  for (const result of [onnx, tfjs]) {
    if (!result) continue;
    const spread = Math.max(
      ...result.points.map((point) => Math.max(...point.passMs) / Math.min(...point.passMs) - 1),
    );
    lines.push(
      `${result.engine}: timed passes of one label count differed by up to` +
        ` ${(spread * 100).toFixed(0)}%` +
        (spread > NOISY_SPREAD ? ' — the machine was busy; rerun on an idle one.' : '.'),
    );
  }

  return { text: [table, '', ...lines].join('\n'), checks };
}
