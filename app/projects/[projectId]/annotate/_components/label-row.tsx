'use client';

import { memo } from 'react';
import { formatProbability } from '@/app/_lib/format-probability';
import type { Decision, LabelRow as LabelRowState } from '../_lib/label-decisions';

type Props = {
  row: LabelRowState;
  /** 1-based shortcut number, shown for the first nine rows. */
  shortcut: number | null;
  onSet: (labelId: string, decision: Decision | null) => void;
};

const decisionTone: Record<'accept' | 'reject' | 'unset', string> = {
  accept: 'border-emerald-300 bg-emerald-50',
  reject: 'border-rose-200 bg-rose-50/60',
  unset: 'border-stone-200 bg-white',
};

export const LabelRow = memo(function LabelRow({ row, shortcut, onSet }: Props) {
  const { score, decision, origin } = row;
  const percent = score.probability * 100;
  const state = decision ?? 'unset';

  // Clicking the pressed button again clears an explicit choice (a suggestion flips instead).
  const click = (target: Decision) => onSet(score.labelId, decision === target ? null : target);

  return (
    <li
      data-testid={`label-row-${score.label}`}
      data-state={state}
      data-origin={origin}
      data-suggested={score.suggested}
      data-probability={score.probability}
      className={`flex items-center gap-3 rounded-lg border px-3 py-2 transition-colors ${decisionTone[state]}`}
    >
      <span className="w-5 shrink-0 text-center">
        {shortcut !== null ? <kbd>{shortcut}</kbd> : null}
      </span>

      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <span
            className="truncate text-sm font-medium"
            dir="auto"
            title={score.description ?? score.label}
          >
            {score.label}
          </span>
          {score.suggested && (
            <span className="shrink-0 rounded bg-indigo-100 px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-indigo-700">
              suggested
            </span>
          )}
          {origin === 'added' && (
            <span className="shrink-0 rounded bg-stone-200 px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-stone-600">
              added
            </span>
          )}
        </div>
        <div className="mt-1 flex items-center gap-2">
          <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-stone-200">
            <div
              className={`h-full rounded-full ${score.suggested ? 'bg-indigo-500' : 'bg-stone-400'}`}
              style={{ width: `${Math.max(percent, 0.5)}%` }}
            />
          </div>
          <span
            data-testid="label-probability"
            className="w-12 shrink-0 text-right text-xs tabular-nums text-stone-600"
          >
            {formatProbability(score.probability)}
          </span>
        </div>
      </div>

      <fieldset className="flex shrink-0 gap-1">
        <legend className="sr-only">Decision for {score.label}</legend>
        <DecisionButton
          label={score.label}
          target="accept"
          pressed={decision === 'accept'}
          onClick={click}
        />
        <DecisionButton
          label={score.label}
          target="reject"
          pressed={decision === 'reject'}
          onClick={click}
        />
      </fieldset>
    </li>
  );
});

const decisionButton = {
  accept: {
    symbol: '✓',
    verb: 'Accept',
    pressed: 'border-emerald-600 bg-emerald-600 text-white',
    idle: 'hover:border-emerald-500 hover:text-emerald-700',
  },
  reject: {
    symbol: '✗',
    verb: 'Reject',
    pressed: 'border-rose-600 bg-rose-600 text-white',
    idle: 'hover:border-rose-500 hover:text-rose-700',
  },
} as const;

function DecisionButton(props: {
  label: string;
  target: Decision;
  pressed: boolean;
  onClick: (target: Decision) => void;
}) {
  const look = decisionButton[props.target];

  return (
    <button
      type="button"
      data-testid={`${props.target}-${props.label}`}
      aria-label={`${look.verb} ${props.label}`}
      aria-pressed={props.pressed}
      onClick={() => props.onClick(props.target)}
      className={`grid size-8 place-items-center rounded-md border text-sm font-semibold transition-colors ${
        props.pressed ? look.pressed : `border-stone-300 bg-white text-stone-500 ${look.idle}`
      }`}
    >
      {look.symbol}
    </button>
  );
}
