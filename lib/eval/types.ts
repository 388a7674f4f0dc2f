/** Precision, recall and F1 of one label, over the evaluated examples. */
export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  /** How many examples carry this label in the gold sets. */
  support: number;
}

/**
 * Scores of a set of predictions against gold labels. Names are snake_case because
 * they are stored and charted as-is, next to the trainer's metrics.
 */
export interface EvalMetrics {
  /** Number of examples evaluated. */
  count: number;
  /** Share of examples whose predicted label set equals the gold set exactly. */
  accuracy: number;
  macro_f1: number;
  micro_f1: number;
  /** One entry per label, in the order of the label list given. */
  per_label: LabelMetrics[];
}
