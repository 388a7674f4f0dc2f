'use client';

import { type Ref, useDeferredValue, useId, useMemo, useState } from 'react';
import { formatProbability } from '@/app/_lib/format-probability';
import type { LabelScoreDto } from '@/lib/api/schemas/annotate';

/** At most this many matches are rendered, so a project with thousands of labels stays fast. */
const MAX_MATCHES = 50;

type Props = {
  scores: readonly LabelScoreDto[];
  /** Label ids already listed on screen, marked in the results. */
  listed: ReadonlySet<string>;
  onPick: (score: LabelScoreDto) => void;
  inputRef: Ref<HTMLInputElement>;
  /**
   * Called once the search is over (a label picked, or Esc), after the list has closed and
   * the input is cleared: the screen takes the focus back so its shortcuts work at once.
   */
  onDone: () => void;
};

type IndexEntry = { score: LabelScoreDto; haystack: string };

/** Every word must appear, in any order: "late deliv" finds "delivery late". */
function findMatches(index: readonly IndexEntry[], query: string) {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const matches: LabelScoreDto[] = [];
  let total = 0;
  for (const entry of index) {
    if (!words.every((word) => entry.haystack.includes(word))) continue;
    total += 1;
    if (matches.length < MAX_MATCHES) matches.push(entry.score);
  }

  return { matches, total };
}

export function AddLabelSearch({ scores, listed, onPick, inputRef, onDone }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const deferredQuery = useDeferredValue(query);
  const listId = useId();

  const index = useMemo<IndexEntry[]>(
    () => scores.map((score) => ({ score, haystack: score.label.toLocaleLowerCase() })),
    [scores],
  );

  // The list renders from the deferred query, so typing stays fast with thousands of labels.
  const { matches, total } = useMemo(
    () => findMatches(index, deferredQuery),
    [index, deferredQuery],
  );
  const activeMatch = matches[Math.min(active, matches.length - 1)];

  function close() {
    setQuery('');
    setActive(0);
    setOpen(false);
    onDone();
  }

  function pick(score: LabelScoreDto | undefined) {
    if (!score) return;
    onPick(score);
    close();
  }

  /** What Enter picks: the highlighted match of what is typed now, not of a deferred render. */
  function matchForEnter(): LabelScoreDto | undefined {
    if (deferredQuery === query) return activeMatch;
    const fresh = findMatches(index, query).matches;

    return fresh[Math.min(active, fresh.length - 1)];
  }

  return (
    <div className="relative">
      <label htmlFor={`${listId}-input`} className="sr-only">
        Add a label
      </label>
      <div className="flex items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 py-1.5 focus-within:border-indigo-500 focus-within:ring-2 focus-within:ring-indigo-200">
        <kbd aria-hidden>/</kbd>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          data-testid="add-label-input"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            open && activeMatch ? `${listId}-option-${matches.indexOf(activeMatch)}` : undefined
          }
          autoComplete="off"
          dir="auto"
          placeholder={`Add a label (${scores.length.toLocaleString()} in this project)`}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((value) => Math.min(value + 1, matches.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((value) => Math.max(value - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              pick(matchForEnter());
            } else if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
          className="min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-stone-400"
        />
      </div>

      {open && (
        <div className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white shadow-lg">
          <div
            id={listId}
            data-testid="add-label-options"
            role="listbox"
            className="max-h-64 overflow-y-auto py-1 text-sm"
          >
            {matches.map((score, position) => (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox input
              <div
                key={score.labelId}
                id={`${listId}-option-${position}`}
                data-testid={`add-label-option-${score.label}`}
                role="option"
                aria-selected={position === active}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(score);
                }}
                onMouseEnter={() => setActive(position)}
                className={`flex cursor-pointer items-center justify-between gap-3 px-3 py-1.5 ${
                  position === active ? 'bg-indigo-50 text-indigo-900' : 'text-stone-800'
                }`}
              >
                <span className="truncate" dir="auto">
                  {score.label}
                </span>
                <span className="shrink-0 text-xs tabular-nums text-stone-500">
                  {listed.has(score.labelId) && 'listed · '}
                  {formatProbability(score.probability)}
                </span>
              </div>
            ))}
            {matches.length === 0 && (
              <p className="px-3 py-2 text-stone-500">No label matches “{deferredQuery}”.</p>
            )}
          </div>
          {total > matches.length && (
            <p className="border-t border-stone-100 px-3 py-1.5 text-xs text-stone-500">
              Showing {matches.length} of {total.toLocaleString()} matches; type to narrow.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
