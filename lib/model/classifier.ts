/**
 * The one interface every model kind implements. The annotate API, the batch
 * scorer, the CLI and (later) the trainer all go through it, so a new model kind
 * only has to provide this.
 */
export interface LabelSpec {
  /** The label as stored, e.g. `card_arrival`. */
  name: string;
  /** Optional free-text description; models that read label text use it. */
  description?: string | null;
}

export interface ClassifyOptions {
  /** Multi-label: independent sigmoids. Single-label: softmax over the labels. */
  multiLabel: boolean;
}

export interface Classification {
  /** One logit per label, in the order the labels were given. */
  logits: Float32Array;
  /** One probability per label, in the same order. */
  probabilities: Float32Array;
}

export interface Classifier {
  /** A short identifier of the model kind, e.g. `use-lite-biencoder`. */
  readonly kind: string;
  /**
   * Scores every text against every label. Implementations batch internally;
   * callers may pass any number of texts and labels.
   */
  classify(
    texts: string[],
    labels: LabelSpec[],
    options: ClassifyOptions,
  ): Promise<Classification[]>;
  /** Frees native resources (ONNX sessions). The classifier is unusable afterwards. */
  dispose(): Promise<void>;
}
