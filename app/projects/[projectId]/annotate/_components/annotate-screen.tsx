'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { memo, type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Breadcrumb } from '@/app/_components/breadcrumb';
import { errorMessage } from '@/app/_lib/api-client';
import { projectPath } from '@/app/_lib/project-paths';
import { queryKeys } from '@/app/_lib/query-keys';
import { verdictApi } from '@/app/_lib/verdict-api';
import type { LabelScoreDto } from '@/lib/api/schemas/annotate';
import {
  acceptSuggestions,
  addLabel,
  type Decision,
  type DecisionState,
  initialDecisions,
  setDecision,
  toDecisionInputs,
  toggleDecision,
} from '../_lib/label-decisions';
import { useAnnotationQueue } from '../_lib/use-annotation-queue';
import { AddLabelSearch } from './add-label-search';
import { LabelRow } from './label-row';
import { ShortcutHelp } from './shortcut-help';

/** Typing in these must never trigger a shortcut. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;

  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function AnnotateScreen({ projectId }: { projectId: string }) {
  const project = useQuery({
    queryKey: queryKeys.project(projectId),
    queryFn: () => verdictApi.getProject(projectId),
  });
  const queue = useAnnotationQueue(projectId);
  const multiLabel = project.data?.multiLabel ?? false;
  const current = queue.current;

  // Decisions belong to one showing of one item: a new token (next item, or an undone item
  // shown again) starts from the initial state.
  const [decisions, setDecisions] = useState<{ token: number; state: DecisionState } | null>(null);
  const state = useMemo(
    () =>
      decisions?.token === queue.shownToken
        ? decisions.state
        : initialDecisions(current?.scores ?? []),
    [decisions, queue.shownToken, current],
  );
  const update = useCallback(
    (change: (previous: DecisionState) => DecisionState) =>
      setDecisions({ token: queue.shownToken, state: change(state) }),
    [queue.shownToken, state],
  );

  // Time on item runs from the moment it is shown.
  const shownAt = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the token marks a new showing
  useEffect(() => {
    shownAt.current = performance.now();
  }, [queue.shownToken]);

  const [helpOpen, setHelpOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const labelsRef = useRef<HTMLElement>(null);
  // After a pick (or Esc) in the search box, the labels panel holds the focus: out of the
  // input, so Enter submits and A, U, Ctrl+Z, / work again at once.
  const onSearchDone = useCallback(() => labelsRef.current?.focus(), []);

  const onSet = useCallback(
    (labelId: string, decision: Decision | null) =>
      update((previous) => setDecision(previous, labelId, decision, multiLabel)),
    [update, multiLabel],
  );
  const onPick = useCallback(
    (score: LabelScoreDto) => update((previous) => addLabel(previous, score, multiLabel)),
    [update, multiLabel],
  );

  const { submit: send, setNotice } = queue;
  const submit = useCallback(
    (decisionState: DecisionState) => {
      const inputs = toDecisionInputs(decisionState);
      if (inputs.length === 0) {
        setNotice('Nothing to send yet: accept or reject at least one label, or skip with S.');
        return;
      }
      send('annotated', inputs, performance.now() - shownAt.current);
    },
    [send, setNotice],
  );
  const skip = useCallback(() => send('skipped', [], performance.now() - shownAt.current), [send]);
  const acceptAllAndSubmit = useCallback(() => {
    const next = acceptSuggestions(state, multiLabel);
    if (!next.some((row) => row.origin === 'suggested')) {
      setNotice('The model suggests nothing for this text: pick labels yourself, or skip with S.');
      return;
    }
    update(() => next);
    submit(next);
  }, [state, multiLabel, update, submit, setNotice]);

  // One listener for the page; it reads the latest handlers through a ref.
  const handlers = useRef({
    key: (_event: KeyboardEvent) => {},
  });
  handlers.current.key = (event: KeyboardEvent) => {
    if (isTypingTarget(event.target)) return;
    if (event.altKey || event.metaKey) return;

    const key = event.key;
    // Enter and Space keep their usual meaning on buttons and links outside the labels panel
    // (help, retry, navigation); inside it, Enter submits even from a focused ✓ / ✗.
    if (
      (key === 'Enter' || key === ' ') &&
      event.target instanceof Element &&
      event.target.closest('a, button') &&
      !event.target.closest('[data-shortcut-scope]')
    ) {
      return;
    }
    if (event.ctrlKey) {
      if (key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        void queue.undo();
      }
      return;
    }

    if (key === '?') {
      event.preventDefault();
      setHelpOpen((open) => !open);
      return;
    }
    if (key === 'Escape') {
      setHelpOpen(false);
      return;
    }
    // Until the project's settings arrive, the single-label rule is unknown.
    if (queue.status !== 'ready' || !current || !project.data) {
      if (key === 'u' || key === 'U') void queue.undo();
      return;
    }
    // Holding a key down must not submit a run of items.
    if (event.repeat && ['Enter', 'a', 'A', 's', 'S', 'u', 'U'].includes(key)) {
      event.preventDefault();
      return;
    }

    if (/^[1-9]$/.test(key)) {
      const row = state[Number(key) - 1];
      if (row) {
        event.preventDefault();
        update((previous) => toggleDecision(previous, row.score.labelId, multiLabel));
      }
      return;
    }

    switch (key) {
      case 'Enter':
        // Also keeps a focused ✓/✗ button from being clicked by the same key press.
        event.preventDefault();
        submit(state);
        return;
      case 'a':
      case 'A':
        event.preventDefault();
        acceptAllAndSubmit();
        return;
      case 's':
      case 'S':
        event.preventDefault();
        skip();
        return;
      case 'u':
      case 'U':
        event.preventDefault();
        void queue.undo();
        return;
      case '/':
        event.preventDefault();
        searchRef.current?.focus();
        return;
    }
  };

  useEffect(() => {
    const listener = (event: KeyboardEvent) => handlers.current.key(event);
    window.addEventListener('keydown', listener);

    return () => window.removeEventListener('keydown', listener);
  }, []);

  const listed = useMemo(() => new Set(state.map((row) => row.score.labelId)), [state]);
  const progress = queue.progress;
  const projectName = project.data?.name ?? 'Project';

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <Breadcrumb
            steps={[
              { href: '/', label: 'Projects' },
              { href: projectPath(projectId), label: projectName },
            ]}
          />
          <h1 className="text-xl font-semibold tracking-tight">Annotate</h1>
        </div>

        <div className="flex flex-wrap items-center gap-4 text-sm">
          <SaveStatus saving={queue.saving} failed={queue.failed.length} />
          {current && (
            <span
              data-testid="model-version"
              title={`Scores from model version ${current.modelVersion.version} (${current.modelVersion.kind})`}
              className="rounded-md bg-stone-100 px-2 py-0.5 font-mono text-xs text-stone-700"
            >
              v{current.modelVersion.version}
            </span>
          )}
          <div className="flex items-center gap-2">
            <span data-testid="progress" className="tabular-nums text-stone-700">
              {progress
                ? `${progress.done.toLocaleString()} / ${progress.total.toLocaleString()}`
                : '–'}
            </span>
            <div className="h-1.5 w-24 overflow-hidden rounded-full bg-stone-200" aria-hidden>
              <div
                className="h-full rounded-full bg-indigo-500 transition-[width]"
                style={{
                  width: `${progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0}%`,
                }}
              />
            </div>
          </div>
          <button
            type="button"
            onClick={() => setHelpOpen((open) => !open)}
            aria-label="Keyboard shortcuts"
            data-testid="help-toggle"
            className="rounded-md border border-stone-300 bg-white px-2 py-0.5 text-stone-600 hover:bg-stone-50"
          >
            ?
          </button>
        </div>
      </div>

      {queue.refused && (
        <div
          role="alert"
          data-testid="submit-refused"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          <span>
            Text #{queue.refused.item.example.seq} was not saved: {queue.refused.error}
          </span>
          <button
            type="button"
            data-testid="dismiss-refused"
            onClick={queue.dismissRefused}
            className="rounded-md border border-amber-300 bg-white px-3 py-1 font-medium text-amber-900 hover:bg-amber-100"
          >
            Dismiss
          </button>
        </div>
      )}
      {queue.failed.length > 0 && (
        <div
          role="alert"
          data-testid="submit-failed"
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          <span>
            {queue.failed.length === 1
              ? '1 decision is not saved'
              : `${queue.failed.length} decisions are not saved`}
            : {queue.failed.at(-1)?.error} Retrying sends the same submit again (it is stored once);
            U brings the last one back to edit.
          </span>
          <button
            type="button"
            data-testid="retry-submit"
            onClick={queue.retryFailed}
            className="rounded-md bg-red-600 px-3 py-1 font-medium text-white hover:bg-red-500"
          >
            Retry now
          </button>
        </div>
      )}
      {queue.notice && (
        <p
          role="status"
          data-testid="annotate-notice"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900"
        >
          {queue.notice}
        </p>
      )}

      {((queue.status === 'loading' && !current) || project.isPending) && (
        <div data-testid="annotate-loading" className="py-16 text-center text-sm text-stone-500">
          Loading the next text…
        </div>
      )}

      {queue.status === 'error' && (
        <div
          role="alert"
          data-testid="annotate-error"
          className="space-y-3 rounded-xl border border-red-200 bg-white p-6 text-sm"
        >
          <p className="text-red-700">Could not load the next text: {queue.loadError}</p>
          <button
            type="button"
            onClick={() => void queue.reload()}
            className="rounded-md border border-stone-300 px-3 py-1.5 font-medium hover:bg-stone-50"
          >
            Try again
          </button>
        </div>
      )}

      {queue.status === 'empty' && (
        <div
          data-testid="annotate-empty"
          className="space-y-3 rounded-xl border border-stone-200 bg-white p-8 text-center"
        >
          <p className="text-base font-medium">Nothing to annotate right now</p>
          <p data-testid="empty-reason" className="text-sm text-stone-600">
            {queue.emptyReason ?? 'The queue is empty.'}
          </p>
          <div className="flex justify-center gap-3 pt-2 text-sm">
            <Link
              href={projectPath(projectId)}
              data-testid="back-to-project"
              className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500"
            >
              Back to the project
            </Link>
            <button
              type="button"
              data-testid="undo"
              onClick={() => void queue.undo()}
              className="rounded-md border border-stone-300 px-3 py-2 font-medium hover:bg-stone-50"
            >
              Undo last <kbd>U</kbd>
            </button>
          </div>
        </div>
      )}

      {current && project.data && queue.status !== 'empty' && queue.status !== 'error' && (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem]">
          <section aria-label="Text to annotate" className="min-w-0">
            <div className="mb-1.5 flex items-center justify-between text-xs text-stone-500">
              <span>
                Text #{current.example.seq}
                {current.example.text.length > 2_000 &&
                  ` · ${current.example.text.length.toLocaleString()} characters`}
              </span>
              {queue.status === 'loading' && <span>Loading…</span>}
            </div>
            <ExampleText key={current.example.id} text={current.example.text} />
          </section>

          <section
            ref={labelsRef}
            aria-labelledby="labels-heading"
            data-testid="labels-panel"
            className="space-y-3 focus:outline-none"
            tabIndex={-1}
            data-shortcut-scope
          >
            <div>
              <h2 id="labels-heading" className="text-sm font-semibold">
                Labels{' '}
                <span className="font-normal text-stone-500">
                  {multiLabel ? 'multi-label' : 'single-label'}
                </span>
              </h2>
              <p data-testid="decision-rule" className="mt-0.5 text-xs text-stone-500">
                Suggested labels start accepted, the rest unset. Enter sends every suggestion and
                every label you set.
                {multiLabel ? '' : ' Accepting one label rejects the others.'}
              </p>
            </div>

            <ul className="space-y-1.5" data-testid="label-rows">
              {state.map((row, index) => (
                <LabelRow
                  key={row.score.labelId}
                  row={row}
                  shortcut={index < 9 ? index + 1 : null}
                  onSet={onSet}
                />
              ))}
              {state.length === 0 && (
                <li className="rounded-lg border border-dashed border-stone-300 p-3 text-sm text-stone-500">
                  This project has no labels yet.
                </li>
              )}
            </ul>

            <AddLabelSearch
              scores={current.scores}
              listed={listed}
              onPick={onPick}
              inputRef={searchRef}
              onDone={onSearchDone}
            />

            <div className="grid grid-cols-2 gap-2 pt-1">
              <ActionButton testId="submit" primary onClick={() => submit(state)} keys={['Enter']}>
                Submit
              </ActionButton>
              <ActionButton testId="accept-all" onClick={acceptAllAndSubmit} keys={['A']}>
                Accept suggestions
              </ActionButton>
              <ActionButton testId="skip" onClick={skip} keys={['S']}>
                Skip
              </ActionButton>
              <ActionButton
                testId="undo"
                onClick={() => void queue.undo()}
                keys={['U']}
                disabled={queue.undoing}
              >
                {queue.undoing ? 'Undoing…' : 'Undo last'}
              </ActionButton>
            </div>
          </section>
        </div>
      )}

      <ShortcutBar />
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {project.isError && (
        <p role="alert" className="text-sm text-red-700">
          Could not load the project settings: {errorMessage(project.error)}
        </p>
      )}
    </div>
  );
}

/** The text as written: whitespace kept, direction from its own first strong character. */
const ExampleText = memo(function ExampleText({ text }: { text: string }) {
  return (
    <div
      data-testid="annotate-text"
      dir="auto"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: long texts scroll with the keyboard
      tabIndex={0}
      className="max-h-[65vh] min-h-48 overflow-y-auto whitespace-pre-wrap break-words rounded-xl border border-stone-200 bg-white p-5 text-[15px] leading-relaxed text-stone-900 shadow-sm [overflow-wrap:anywhere] focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-200"
    >
      {text}
    </div>
  );
});

type ActionButtonProps = {
  testId: string;
  onClick: () => void;
  keys: string[];
  children: ReactNode;
  primary?: boolean;
  disabled?: boolean;
};

function ActionButton({ testId, onClick, keys, children, primary, disabled }: ActionButtonProps) {
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={onClick}
      disabled={disabled}
      className={`flex items-center justify-center gap-2 rounded-lg px-3 py-2 text-sm font-medium shadow-sm transition-colors disabled:opacity-50 ${
        primary
          ? 'bg-indigo-600 text-white hover:bg-indigo-500 [&_kbd]:border-indigo-400 [&_kbd]:bg-indigo-500 [&_kbd]:text-white [&_kbd]:shadow-none'
          : 'border border-stone-300 bg-white text-stone-700 hover:bg-stone-50'
      }`}
    >
      {children}
      {keys.map((key) => (
        <kbd key={key}>{key}</kbd>
      ))}
    </button>
  );
}

function SaveStatus({ saving, failed }: { saving: number; failed: number }) {
  const text = failed > 0 ? `${failed} not saved` : saving > 0 ? 'Saving…' : 'All saved';
  const tone = failed > 0 ? 'text-red-700' : saving > 0 ? 'text-stone-500' : 'text-emerald-700';

  return (
    <span
      data-testid="save-status"
      data-saving={saving}
      data-failed={failed}
      className={`text-xs ${tone}`}
    >
      {text}
    </span>
  );
}

function ShortcutBar() {
  const keys: Array<[string, string]> = [
    ['1–9', 'toggle'],
    ['A', 'accept all + submit'],
    ['Enter', 'submit'],
    ['S', 'skip'],
    ['U', 'undo'],
    ['/', 'add label'],
    ['?', 'help'],
  ];

  return (
    <footer
      data-testid="shortcut-bar"
      className="flex flex-wrap gap-x-4 gap-y-1 border-t border-stone-200 pt-3 text-xs text-stone-500"
    >
      {keys.map(([key, action]) => (
        <span key={key} className="flex items-center gap-1.5">
          <kbd>{key}</kbd> {action}
        </span>
      ))}
    </footer>
  );
}
