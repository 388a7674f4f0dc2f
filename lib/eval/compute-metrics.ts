import { AppError } from '@/lib/errors/app-error';
import type { EvalMetrics, LabelMetrics } from './types';

export interface MetricsInput {
  /** Gold label names per example. */
  gold: readonly (readonly string[])[];
  /** Predicted label names per example, aligned with `gold`. */
  predicted: readonly (readonly string[])[];
  /** Every label name that may appear; fixes the order of `per_label`. */
  labels: readonly string[];
}

/**
 * Scores predicted label sets against gold label sets. The same definitions serve
 * single-label tasks (one label per example) and multi-label ones:
 *
 * - accuracy: exact match (subset accuracy), the share of examples whose predicted set
 *   equals the gold set. For single-label tasks this is the share predicted correctly.
 * - per label: tp, fp, fn counted over examples; precision = tp / (tp + fp),
 *   recall = tp / (tp + fn), f1 = 2·tp / (2·tp + fp + fn) (the harmonic mean of the two).
 * - micro_f1: the f1 formula on tp, fp, fn summed over labels. With exactly one gold and
 *   one predicted label per example it equals accuracy.
 * - macro_f1: the mean per-label f1 over the labels that occur in the gold or predicted
 *   sets, like scikit-learn's default; a label absent from both is listed with zeros but
 *   does not pull the mean down.
 *
 * Zero division gives 0 (scikit-learn's `zero_division=0`): precision of a label never
 * predicted, recall and f1 of a label never in gold nor predicted, accuracy of no examples,
 * and macro_f1 when no label occurs.
 *
 * @example computeMetrics({ gold: [['a'], ['b']], predicted: [['a'], ['a']], labels: ['a', 'b'] })
 * // { count: 2, accuracy: 0.5, macro_f1: 0.333…, micro_f1: 0.5, per_label: [
 * //   { label: 'a', precision: 0.5, recall: 1, f1: 0.666…, support: 1 },
 * //   { label: 'b', precision: 0, recall: 0, f1: 0, support: 1 }] }
 * @throws AppError BAD_REQUEST when the lists differ in length or name an unknown label.
 */
export function computeMetrics(input: MetricsInput): EvalMetrics {
  const { gold, predicted, labels } = input;
  if (gold.length !== predicted.length) {
    throw new AppError(
      'BAD_REQUEST',
      `gold has ${gold.length} examples but predicted has ${predicted.length}; they must align`,
    );
  }

  // Count tp / fp / fn per label, and exact matches per example.
  const indexOf = new Map(labels.map((label, index) => [label, index]));
  const tp = new Array<number>(labels.length).fill(0);
  const fp = new Array<number>(labels.length).fill(0);
  const fn = new Array<number>(labels.length).fill(0);
  let exactMatches = 0;

  for (let i = 0; i < gold.length; i++) {
    const goldSet = toIndexSet(gold[i]!, indexOf, `gold[${i}]`);
    const predictedSet = toIndexSet(predicted[i]!, indexOf, `predicted[${i}]`);

    for (const index of predictedSet) {
      if (goldSet.has(index)) tp[index]!++;
      else fp[index]!++;
    }
    for (const index of goldSet) {
      if (!predictedSet.has(index)) fn[index]!++;
    }

    const sameSize = goldSet.size === predictedSet.size;
    if (sameSize && [...goldSet].every((index) => predictedSet.has(index))) exactMatches++;
  }

  // Per-label scores, then the two averages.
  const perLabel: LabelMetrics[] = labels.map((label, index) => {
    const [t, p, n] = [tp[index]!, fp[index]!, fn[index]!];

    return {
      label,
      precision: ratio(t, t + p),
      recall: ratio(t, t + n),
      f1: ratio(2 * t, 2 * t + p + n),
      support: t + n,
    };
  });

  const occurring = perLabel.filter((_, index) => tp[index]! + fp[index]! + fn[index]! > 0);
  const macroF1 = ratio(
    occurring.reduce((sum, metrics) => sum + metrics.f1, 0),
    occurring.length,
  );
  const [tpSum, fpSum, fnSum] = [sum(tp), sum(fp), sum(fn)];

  return {
    count: gold.length,
    accuracy: ratio(exactMatches, gold.length),
    macro_f1: macroF1,
    micro_f1: ratio(2 * tpSum, 2 * tpSum + fpSum + fnSum),
    per_label: perLabel,
  };
}

function toIndexSet(
  names: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  where: string,
): Set<number> {
  const indexes = new Set<number>();
  for (const name of names) {
    const index = indexOf.get(name);
    if (index === undefined) {
      throw new AppError(
        'BAD_REQUEST',
        `${where} names label ${JSON.stringify(name)}, which is not in the label list`,
      );
    }
    indexes.add(index);
  }

  return indexes;
}

/** numerator / denominator, or 0 when the denominator is 0 (see the doc comment above). */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
