import { formatTable } from './format-table';
import { formatMiB, readProcessMemory } from './read-process-memory';
import type { ThroughputResult } from './throughput-result';

/**
 * Memory of each throughput child (one engine per process) and of the bench process
 * itself. Peak RSS is the kernel's VmHWM; heap and external are V8's own numbers,
 * sampled after every classify call. The tfjs WebAssembly heap and ONNX Runtime's
 * native buffers are in RSS, not in V8's heap.
 */
export function formatMemoryReport(results: ThroughputResult[]): string {
  const rows = results.map((result) => [
    `${result.engine} child`,
    formatMiB(result.memory.peakRss),
    formatMiB(result.memory.afterLoad.rss - result.memory.baseline.rss),
    formatMiB(result.memory.afterRuns.rss),
    formatMiB(result.memory.peakHeapUsed),
    formatMiB(result.memory.peakExternal),
  ]);

  const self = process.memoryUsage();
  rows.push([
    'bench process',
    formatMiB(readProcessMemory('self')?.peakRss ?? 0),
    '-',
    formatMiB(self.rss),
    formatMiB(self.heapUsed),
    formatMiB(self.external),
  ]);

  return formatTable(
    [
      { header: 'process' },
      { header: 'peak RSS (VmHWM)', align: 'right' },
      { header: 'RSS added by load', align: 'right' },
      { header: 'RSS after runs', align: 'right' },
      { header: 'peak heap used', align: 'right' },
      { header: 'peak external', align: 'right' },
    ],
    rows,
  );
}
