import type { Classifier, LabelSpec } from '@/lib/model/classifier';

export interface ThroughputOptions {
  /** Label counts to measure, each a prefix of the label list. */
  labelCounts: number[];
  /**
   * Timed passes over all texts per label count; the fastest is reported, because other
   * processes on the machine can only ever make a pass slower (as Python's timeit does).
   */
  runs: number;
  /**
   * Texts per `classify` call. The scoring job calls the classifier this many texts at a
   * time (VERDICT_SCORE_BATCH_SIZE), so whatever a call costs on top of its texts (label
   * vectors, if the classifier does not keep them) is paid as often as in the app.
   */
  callSize: number;
  /** Called after every `classify` call, outside the timed region (memory sampling). */
  afterCall?: () => void;
}

export interface ThroughputPoint {
  labels: number;
  /** Texts per second of the fastest pass. */
  textsPerSecond: number;
  /** Wall time of every timed pass, in milliseconds, in run order. */
  passMs: number[];
}

/**
 * Texts per second of a classifier for growing label sets: the cost per text a user
 * feels when scoring a project. First one untimed call per label set warms the engine
 * and fills any label cache, as a project that has been scoring for a while would have
 * it. Then the timed passes go round the label counts (1, 2, …, 128, 1, 2, …), so a
 * burst of work from another process slows one pass of several counts rather than
 * every pass of one count.
 */
export async function measureThroughput(
  classifier: Classifier,
  texts: string[],
  labelNames: string[],
  options: ThroughputOptions,
): Promise<ThroughputPoint[]> {
  const labelSets = options.labelCounts.map((count) => {
    if (count > labelNames.length) {
      throw new Error(`asked for ${count} labels, have ${labelNames.length}`);
    }
    return labelNames.slice(0, count).map((name): LabelSpec => ({ name }));
  });
  const classify = (batch: string[], labels: LabelSpec[]) =>
    classifier.classify(batch, labels, { multiLabel: false });

  // Warm-up: one call of the usual size per label set, not timed.
  for (const labels of labelSets) {
    await classify(texts.slice(0, options.callSize), labels);
    options.afterCall?.();
  }

  const passMs = labelSets.map((): number[] => []);
  for (let run = 0; run < options.runs; run++) {
    for (const [i, labels] of labelSets.entries()) {
      let elapsed = 0;
      for (let start = 0; start < texts.length; start += options.callSize) {
        const batch = texts.slice(start, start + options.callSize);
        const started = performance.now();
        await classify(batch, labels);
        elapsed += performance.now() - started;
        options.afterCall?.();
      }
      passMs[i]!.push(elapsed);
    }
  }

  return options.labelCounts.map((count, i) => {
    const fastest = Math.min(...passMs[i]!);
    return { labels: count, textsPerSecond: (texts.length / fastest) * 1000, passMs: passMs[i]! };
  });
}
