import type { Tokenizer } from '@huggingface/tokenizers';

/**
 * The id used to pad a batch. Padded positions carry attention mask 0, so the id only
 * has to be one the model's embedding table holds; the tokenizer's own choice is still
 * preferred, in the order HuggingFace uses: `padding.pad_id` in tokenizer.json, then the
 * `pad_token` of tokenizer_config.json, then the usual pad token names, then 0.
 */
export function resolvePadTokenId(
  tokenizer: Tokenizer,
  tokenizerJson: { padding?: { pad_id?: number } | null },
  tokenizerConfig: { pad_token?: unknown },
): number {
  const fromPadding = tokenizerJson.padding?.pad_id;
  if (typeof fromPadding === 'number') return fromPadding;

  const configured = tokenizerConfig.pad_token;
  const configuredName =
    typeof configured === 'string'
      ? configured
      : typeof configured === 'object' && configured !== null && 'content' in configured
        ? String((configured as { content: unknown }).content)
        : undefined;

  for (const name of [configuredName, '[PAD]', '<pad>', '<|pad|>']) {
    if (name === undefined) continue;
    const id = tokenizer.token_to_id(name);
    if (id !== undefined) return id;
  }

  return 0;
}
