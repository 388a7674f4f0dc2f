import type { DecisionInput, LabelScoreDto } from '@/lib/api/schemas/annotate';

// The accept/reject state of one item's labels, and the rule that turns it into the
// decisions a submit sends. Pure functions, so the screen and its tests share one rule:
// - suggested labels start accepted; every other label starts unset;
// - a submit sends every suggested label (accepted or rejected) and every label the
//   annotator set explicitly; unset labels are not sent;
// - single-label: accepting a label rejects every other accepted one (the suggestion too).

export type Decision = DecisionInput['decision'];
export type Origin = DecisionInput['origin'];

export type LabelRow = {
  score: LabelScoreDto;
  origin: Origin;
  decision: Decision | null;
};

/** Rows in display order: the shown labels first, then those added from the search box. */
export type DecisionState = LabelRow[];

/** How many top labels are listed without searching; suggested ones are always listed. */
export const SHOWN_LABELS = 9;
/** A multi-label item may suggest many labels; past this many, use the search box. */
export const MAX_ROWS = 50;

export function initialDecisions(scores: readonly LabelScoreDto[]): DecisionState {
  return scores
    .filter((score, index) => index < SHOWN_LABELS || score.suggested)
    .slice(0, MAX_ROWS)
    .map((score) => ({
      score,
      origin: score.suggested ? 'suggested' : 'not_suggested',
      decision: score.suggested ? 'accept' : null,
    }));
}

/**
 * Sets one label. `null` clears an explicit choice; a suggested label cannot be left
 * unset (it is always sent), so clearing one rejects it.
 */
export function setDecision(
  state: DecisionState,
  labelId: string,
  decision: Decision | null,
  multiLabel: boolean,
): DecisionState {
  return state.map((row) => {
    if (row.score.labelId === labelId) {
      return { ...row, decision: decision ?? (row.origin === 'suggested' ? 'reject' : null) };
    }
    if (!multiLabel && decision === 'accept' && row.decision === 'accept') {
      return { ...row, decision: 'reject' };
    }

    return row;
  });
}

/** What a number key does: unset → accept → reject → accept … */
export function toggleDecision(
  state: DecisionState,
  labelId: string,
  multiLabel: boolean,
): DecisionState {
  const row = state.find((candidate) => candidate.score.labelId === labelId);
  if (!row) return state;

  return setDecision(state, labelId, row.decision === 'accept' ? 'reject' : 'accept', multiLabel);
}

/** A label picked in the search box: accepted, and listed if it was not already. */
export function addLabel(
  state: DecisionState,
  score: LabelScoreDto,
  multiLabel: boolean,
): DecisionState {
  const listed = state.some((row) => row.score.labelId === score.labelId);
  const withRow: DecisionState = listed
    ? state
    : [...state, { score, origin: 'added', decision: null }];

  return setDecision(withRow, score.labelId, 'accept', multiLabel);
}

export function acceptSuggestions(state: DecisionState, multiLabel: boolean): DecisionState {
  return state
    .filter((row) => row.origin === 'suggested')
    .reduce((next, row) => setDecision(next, row.score.labelId, 'accept', multiLabel), state);
}

export function toDecisionInputs(state: DecisionState): DecisionInput[] {
  return state.flatMap((row) =>
    row.decision
      ? [{ labelId: row.score.labelId, decision: row.decision, origin: row.origin }]
      : [],
  );
}
