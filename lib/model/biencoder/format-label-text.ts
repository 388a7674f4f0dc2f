import type { LabelSpec } from '@/lib/model/classifier';

import { humaniseLabel } from './humanise-label';

/**
 * The text embedded for a label: the template with the humanised name, then the
 * description when there is one (after ": ", or a space when the template already ends
 * a sentence).
 *
 * @example formatLabelText({ name: 'card_arrival' }, '{label}') // 'card arrival'
 * @example formatLabelText({ name: 'card_arrival', description: 'Card not here yet' }, '{label}')
 * // 'card arrival: Card not here yet'
 */
export function formatLabelText(label: LabelSpec, template: string): string {
  const text = template.replaceAll('{label}', humaniseLabel(label.name));
  const description = label.description?.trim();
  if (!description) return text;

  return /[.!?:]$/.test(text) ? `${text} ${description}` : `${text}: ${description}`;
}
