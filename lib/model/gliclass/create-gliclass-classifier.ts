import type { Tokenizer } from '@huggingface/tokenizers';
import * as ort from 'onnxruntime-node';
import { AppError } from '@/lib/errors/app-error';
import { createLogger } from '@/lib/log/logger';
import type {
  Classification,
  Classifier,
  ClassifyOptions,
  LabelSpec,
} from '@/lib/model/classifier';
import { logitsToProbabilities } from '@/lib/model/logits-to-probabilities';
import { chunkLabels, type LabelChunk } from './chunk-labels';
import { countLabelTokens } from './count-label-tokens';
import { encodeGliclassInput } from './encode-gliclass-input';
import { formatLabelText } from './format-label-text';
import type { PromptTokenLayout } from './locate-text-span';
import { padTokenBatch } from './pad-token-batch';
import { sliceLabelLogits } from './slice-label-logits';

const log = createLogger('gliclass');

export interface GliclassParts {
  session: ort.InferenceSession;
  tokenizer: Tokenizer;
  layout: PromptTokenLayout;
  padTokenId: number;
  /** Name of the session output holding `[batch, labels]` logits. */
  outputName: string;
  promptFirst: boolean;
  /** Longest token sequence fed to the model, special tokens included. */
  maxLength: number;
  /** Most labels scored in one pass; more are split into chunks. */
  maxLabels: number;
  /** Texts per `session.run`. */
  batchSize: number;
  lowercaseLabels: boolean;
  /** Where the model came from, for log lines only. */
  source?: string;
}

/**
 * Share of the sequence kept for text when the label part is planned: without it, a
 * chunk of many long labels could leave the text a handful of tokens.
 */
const MIN_TEXT_TOKENS = 128;

/**
 * Wraps a loaded uni-encoder GLiClass ONNX session as a `Classifier`. Each text is
 * scored against every label: labels are split into chunks the model accepts, every
 * chunk is scored for a batch of texts, and the logits are put back in label order.
 */
export function createGliclassClassifier(parts: GliclassParts): Classifier {
  // The cap can only shrink, when the model answers with fewer columns than labels.
  let maxLabels = parts.maxLabels;
  let disposed = false;

  const encodeOptions = {
    promptFirst: parts.promptFirst,
    maxLength: parts.maxLength,
    lowercaseLabels: parts.lowercaseLabels,
  };

  // Special tokens, `<<SEP>>`, and room for the text are not available to labels.
  const reservedText = Math.min(MIN_TEXT_TOKENS, Math.floor(parts.maxLength / 4));
  const maxLabelTokens =
    parts.maxLength - parts.layout.prefixLength - parts.layout.suffixLength - 1 - reservedText;

  async function runBatch(rows: number[][]): Promise<{ data: Float32Array; columns: number }> {
    const batch = padTokenBatch(rows, parts.padTokenId);
    const shape = [batch.batchSize, batch.sequenceLength];
    const feeds = {
      input_ids: new ort.Tensor('int64', batch.inputIds, shape),
      attention_mask: new ort.Tensor('int64', batch.attentionMask, shape),
    };

    const outputs = await parts.session.run(feeds, [parts.outputName]);
    const logits = outputs[parts.outputName];
    if (logits?.type !== 'float32' || logits.dims.length !== 2) {
      throw new AppError(
        'INTERNAL',
        `GLiClass output "${parts.outputName}" is not a float32 [batch, labels] tensor ` +
          `(got ${logits?.type ?? 'nothing'} with dims [${logits?.dims.join(', ') ?? ''}]).`,
      );
    }

    return { data: logits.data as Float32Array, columns: logits.dims[1]! };
  }

  async function scoreChunk(texts: readonly string[], labels: readonly string[]) {
    const rows = texts.map((text) =>
      encodeGliclassInput(parts.tokenizer, parts.layout, text, labels, encodeOptions),
    );
    const { data, columns } = await runBatch(rows);

    // Fewer columns than labels: the export has a lower label cap than its config says.
    // Lower the cap for this classifier and rescore this chunk in pieces that fit,
    // rather than losing the labels past the cap.
    if (columns < labels.length && columns > 0) {
      if (columns < maxLabels) {
        log.warn(
          { source: parts.source, columns, labels: labels.length, previousCap: maxLabels },
          'model returned fewer logit columns than labels; lowering the label cap',
        );
        maxLabels = columns;
      }
      const merged = texts.map(() => new Float32Array(labels.length));
      for (let start = 0; start < labels.length; start += columns) {
        const piece = await scoreChunk(texts, labels.slice(start, start + columns));
        piece.forEach((row, t) => {
          merged[t]!.set(row, start);
        });
      }
      return merged;
    }

    return sliceLabelLogits(data, texts.length, columns, labels.length);
  }

  return {
    // Same string as GLICLASS_MODEL_KIND in lib/model/model-spec.ts.
    kind: 'gliclass-onnx',

    async classify(
      texts: string[],
      labels: LabelSpec[],
      options: ClassifyOptions,
    ): Promise<Classification[]> {
      if (disposed) {
        throw new AppError('MODEL_UNAVAILABLE', 'This GLiClass classifier has been disposed.');
      }

      const labelTexts = labels.map(formatLabelText);
      const logits = texts.map(() => new Float32Array(labels.length));

      if (labels.length > 0) {
        const counts = countLabelTokens(parts.tokenizer, labelTexts, parts.lowercaseLabels);
        const chunks: LabelChunk[] = chunkLabels(counts, { maxLabels, maxLabelTokens });

        for (let start = 0; start < texts.length; start += parts.batchSize) {
          const batchTexts = texts.slice(start, start + parts.batchSize);
          for (const chunk of chunks) {
            const rows = await scoreChunk(batchTexts, labelTexts.slice(chunk.start, chunk.end));
            rows.forEach((row, i) => {
              logits[start + i]!.set(row, chunk.start);
            });
          }
        }
      }

      // Single-label: one softmax over all labels, across chunks, so the probabilities
      // of a text still sum to one however the labels were split.
      return logits.map((row) => ({
        logits: row,
        probabilities: logitsToProbabilities(row, options.multiLabel),
      }));
    },

    async dispose(): Promise<void> {
      if (disposed) return;
      disposed = true;
      await parts.session.release();
      log.info({ source: parts.source }, 'gliclass model disposed');
    },
  };
}
