/**
 * A probability as the screen shows it: whole percents, with "<1%" so that a tiny but
 * non-zero score is not mistaken for zero.
 *
 * @example formatProbability(0.874) // "87%"; formatProbability(0.003) // "<1%"
 */
export function formatProbability(probability: number): string {
  const percent = probability * 100;
  if (percent > 0 && percent < 1) return '<1%';

  return `${Math.round(percent)}%`;
}
