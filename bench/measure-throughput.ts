import type { Classifier, LabelSpec } from '@/lib/model/classifier';

export interface ThroughputOptions {
  /** Label counts to measure, each a prefix of the label list. */
  labelCounts: number[];
  /** Timed passes over all texts per label count; the median pass is reported. */
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
  /** Texts per second of the median pass. */
  textsPerSecond: number;
  /** Wall time of every timed pass, in milliseconds, in run order. */
  passMs: number[];
}

/**
 * Texts per second of a classifier for growing label sets: the cost per text a user
 * feels when scoring a project. Before the timed passes of each label count, one call
 * with the same labels warms the engine and fills any label cache, as a project that
 * has been scoring for a while would have it.
 */
export async function measureThroughput(
  classifier: Classifier,
  texts: string[],
  labelNames: string[],
  options: ThroughputOptions,
): Promise<ThroughputPoint[]> {
  const points: ThroughputPoint[] = [];

  for (const count of options.labelCounts) {
    if (count > labelNames.length)
      throw new Error(`asked for ${count} labels, have ${labelNames.length}`);
    const labels: LabelSpec[] = labelNames.slice(0, count).map((name) => ({ name }));
    const classify = (batch: string[]) => classifier.classify(batch, labels, { multiLabel: false });

    // Warm-up: one call of the usual size with these labels, not timed.
    await classify(texts.slice(0, options.callSize));
    options.afterCall?.();

    const passMs: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      let elapsed = 0;
      for (let start = 0; start < texts.length; start += options.callSize) {
        const batch = texts.slice(start, start + options.callSize);
        const started = performance.now();
        await classify(batch);
        elapsed += performance.now() - started;
        options.afterCall?.();
      }
      passMs.push(elapsed);
    }

    const median = [...passMs].sort((a, b) => a - b)[Math.floor(passMs.length / 2)]!;
    points.push({ labels: count, textsPerSecond: (texts.length / median) * 1000, passMs });
  }

  return points;
}
