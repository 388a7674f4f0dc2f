import type { LabelSpec } from '@/lib/model/classifier';

/**
 * The text a GLiClass model reads for a label. Stored names are identifiers such as
 * `card_arrival`; zero-shot models were trained on natural phrases, so underscores
 * become spaces. The description is not read: uni-encoder GLiClass was trained on label
 * names only, and a long description would eat the text's token budget.
 *
 * @example formatLabelText({ name: 'card_arrival' }) // 'card arrival'
 */
export function formatLabelText(label: LabelSpec): string {
  return label.name.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim();
}
