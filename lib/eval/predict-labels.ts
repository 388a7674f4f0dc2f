import { AppError } from '@/lib/errors/app-error';

export interface PredictOptions {
  multiLabel: boolean;
  /** Multi-label only: a label is predicted when its probability is ≥ this. Default 0.5. */
  threshold?: number;
}

/**
 * Turns per-label probabilities into predicted label names. Multi-label: every label with
 * p ≥ threshold, in label order (possibly none). Single-label: the one label with the
 * highest p; on a tie the earlier label wins. NaN never counts as reaching the threshold
 * nor as a maximum, so all-NaN scores predict nothing.
 *
 * @example predictLabels([0.9, 0.2, 0.5], ['a', 'b', 'c'], { multiLabel: true }) // ['a', 'c']
 * @example predictLabels([0.1, 0.7, 0.2], ['a', 'b', 'c'], { multiLabel: false }) // ['b']
 * @throws AppError INTERNAL when there is not exactly one probability per label (a padded or
 *   truncated model output), or the threshold is outside [0, 1].
 */
export function predictLabels(
  probabilities: ArrayLike<number>,
  labels: readonly string[],
  options: PredictOptions,
): string[] {
  if (probabilities.length !== labels.length) {
    throw new AppError(
      'INTERNAL',
      `got ${probabilities.length} probabilities for ${labels.length} labels; ` +
        'slice padded label columns off before predicting',
    );
  }

  if (options.multiLabel) {
    const threshold = options.threshold ?? 0.5;
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new AppError('INTERNAL', `threshold must be in [0, 1], got ${threshold}`);
    }

    return labels.filter((_, index) => probabilities[index]! >= threshold);
  }

  let best = -1;
  for (let index = 0; index < labels.length; index++) {
    const p = probabilities[index]!;
    if (best === -1 ? !Number.isNaN(p) : p > probabilities[best]!) best = index;
  }

  return best === -1 ? [] : [labels[best]!];
}
