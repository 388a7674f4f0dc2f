/**
 * A text encoder that maps each text to one fixed-width vector. The bi-encoder
 * classifier needs only this, so any encoder (USE-lite today) can stand behind it.
 */
export interface SentenceEncoder {
  /** A short identifier of the encoder and its weights, e.g. `use-lite@<hash>`. */
  readonly id: string;
  /** Width of every vector `embed` returns. */
  readonly dimension: number;
  /** One L2-normalised vector per text, in input order. Batches internally. */
  embed(texts: string[]): Promise<Float32Array[]>;
  /** Frees native resources. The encoder is unusable afterwards. */
  dispose(): Promise<void>;
}
