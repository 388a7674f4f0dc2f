'use client';

import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage, isRetryable } from '@/app/_lib/api-client';
import { queryKeys } from '@/app/_lib/query-keys';
import { verdictApi } from '@/app/_lib/verdict-api';
import type {
  AnnotateItemDto,
  DecisionInput,
  NextItemResponse,
  SubmitBody,
} from '@/lib/api/schemas/annotate';
import { newClientId } from './new-client-id';

type Progress = NextItemResponse['progress'];

export type QueueStatus = 'loading' | 'ready' | 'empty' | 'error';

/** A submit the server has not confirmed after every retry; kept until retried or undone. */
export type FailedSubmit = { body: SubmitBody; item: AnnotateItemDto; error: string };

/**
 * A submit the server refused for good (a 4xx other than 408/429, e.g. a 409 because this
 * annotator already annotated the example in another tab): sending it again would get the
 * same answer, so it is neither kept as "not saved" nor retried, only reported once.
 */
export type RefusedSubmit = { item: AnnotateItemDto; error: string };

type PendingSubmit = { body: SubmitBody; item: AnnotateItemDto };

/** The server understood the submit and said no: a retry with the same body cannot help. */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status >= 400 && error.status < 500 && !isRetryable(error)
  );
}

/**
 * The items of the annotate screen and the calls that move through them.
 *
 * `stack[0]` is on screen; further entries are items put back by an undo, shown before
 * anything new. While exactly one item is held, the next one is prefetched with that item
 * (and every unconfirmed submit) excluded, so a submit shows the next text at once and
 * saves in the background. Submits and undos share a mutation scope: they reach the server
 * one after another, so an undo never overtakes the submit it is meant to undo.
 */
export function useAnnotationQueue(projectId: string) {
  const queryClient = useQueryClient();
  const [stack, setStack] = useState<AnnotateItemDto[]>([]);
  const [status, setStatus] = useState<QueueStatus>('loading');
  const [emptyReason, setEmptyReason] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failed, setFailed] = useState<FailedSubmit[]>([]);
  const [refused, setRefused] = useState<RefusedSubmit | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [undoing, setUndoing] = useState(false);
  /** Bumped each time an item is (re)shown, so the screen resets its decisions and timer. */
  const [shownToken, setShownToken] = useState(0);

  const stackRef = useRef(stack);
  stackRef.current = stack;
  // The ref is the source of truth, so an undo that awaited a submit sees its outcome at once.
  const failedRef = useRef<FailedSubmit[]>([]);
  const updateFailed = useCallback((change: (list: FailedSubmit[]) => FailedSubmit[]) => {
    failedRef.current = change(failedRef.current);
    setFailed(failedRef.current);
  }, []);
  const lastSaved = useRef<Promise<void>>(Promise.resolve());
  const inFlight = useRef(new Set<string>());
  const prefetched = useRef<{ forItemId: string; exclude: string[] } | null>(null);
  const scope = { id: `annotate-${projectId}` };

  const show = useCallback((items: AnnotateItemDto[]) => {
    setStack(items);
    setShownToken((token) => token + 1);
    setStatus(items.length > 0 ? 'ready' : 'empty');
  }, []);

  const fetchNext = useCallback(
    (exclude: string[], fresh: boolean) =>
      queryClient.fetchQuery({
        queryKey: queryKeys.nextItem(projectId, exclude),
        queryFn: () => verdictApi.nextItem(projectId, exclude),
        staleTime: fresh ? 0 : Number.POSITIVE_INFINITY,
      }),
    [queryClient, projectId],
  );

  const applyResponse = useCallback(
    (response: NextItemResponse) => {
      setProgress(response.progress);
      setEmptyReason(response.emptyReason);
      show(response.item ? [response.item] : []);
    },
    [show],
  );

  const loadFresh = useCallback(async () => {
    setStatus('loading');
    setLoadError(null);
    try {
      applyResponse(await fetchNext([...inFlight.current], true));
    } catch (error) {
      setLoadError(errorMessage(error));
      setStatus('error');
    }
  }, [applyResponse, fetchNext]);

  useEffect(() => {
    void loadFresh();
  }, [loadFresh]);

  // Prefetch the item after the one on screen.
  useEffect(() => {
    const only = stack[0];
    if (stack.length !== 1 || !only) return;

    const exclude = [only.example.id, ...inFlight.current];
    prefetched.current = { forItemId: only.example.id, exclude };
    void queryClient.prefetchQuery({
      queryKey: queryKeys.nextItem(projectId, exclude),
      queryFn: () => verdictApi.nextItem(projectId, exclude),
      staleTime: 60_000,
    });
  }, [stack, queryClient, projectId]);

  const { mutateAsync: submitAsync } = useMutation({
    mutationKey: [...queryKeys.annotate(projectId), 'submit'],
    scope,
    // Each retry calls this again with the same body, hence the same clientId: the server
    // stores a submit once however many times it arrives.
    mutationFn: (pending: PendingSubmit) => verdictApi.submit(projectId, pending.body),
    retry: (failureCount, error) => failureCount < 4 && isRetryable(error),
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 5_000),
    onSuccess: (response) => setProgress(response.progress),
  });

  const { mutateAsync: undoAsync } = useMutation({
    mutationKey: [...queryKeys.annotate(projectId), 'undo'],
    scope,
    mutationFn: () => verdictApi.undo(projectId),
    // Not retried: an undo is not idempotent, and a lost answer may hide a done undo.
    retry: false,
  });

  const sendSubmit = useCallback(
    (pending: PendingSubmit) => {
      const id = pending.item.example.id;
      inFlight.current.add(id);

      const others = (list: FailedSubmit[]) =>
        list.filter((entry) => entry.body.clientId !== pending.body.clientId);

      return submitAsync(pending)
        .then(() => {
          updateFailed(others);
          // Submits reach the server in order, so this one was sent after any refusal shown.
          setRefused(null);
        })
        .catch((error: unknown) => {
          if (isRefusal(error)) {
            // The item is handled elsewhere (or cannot be stored as sent): drop it and say why.
            updateFailed(others);
            setRefused({ item: pending.item, error: errorMessage(error) });
            return;
          }
          updateFailed((list) => [...others(list), { ...pending, error: errorMessage(error) }]);
        })
        .finally(() => inFlight.current.delete(id));
    },
    [submitAsync, updateFailed],
  );

  /** Moves past the item on screen; `saved` settles once its submit is confirmed or failed. */
  const advance = useCallback(
    async (current: AnnotateItemDto, saved: Promise<void>) => {
      const rest = stackRef.current.filter((item) => item.example.id !== current.example.id);
      if (rest.length > 0) {
        show(rest);
        return;
      }

      const held = new Set([current.example.id, ...inFlight.current]);
      const plan = prefetched.current?.forItemId === current.example.id ? prefetched.current : null;
      const key = plan ? queryKeys.nextItem(projectId, plan.exclude) : null;
      const cached = key ? queryClient.getQueryData<NextItemResponse>(key) : undefined;

      if (cached?.item && !held.has(cached.item.example.id)) {
        queryClient.removeQueries({ queryKey: key ?? [], exact: true });
        setProgress((previous) => previous ?? cached.progress);
        show([cached.item]);
        return;
      }

      setStack([]);
      setStatus('loading');
      try {
        // Join the prefetch if it is still on its way.
        const response = await fetchNext(plan ? plan.exclude : [...held], !plan);
        if (key) queryClient.removeQueries({ queryKey: key, exact: true });
        if (response.item && !held.has(response.item.example.id)) {
          show([response.item]);
          return;
        }

        // Nothing besides the item just sent: ask again once it is stored, for the real
        // emptiness reason (or an item that became available meanwhile).
        await saved;
        await loadFresh();
      } catch (error) {
        setLoadError(errorMessage(error));
        setStatus('error');
      }
    },
    [fetchNext, loadFresh, projectId, queryClient, show],
  );

  const submit = useCallback(
    (kind: SubmitBody['kind'], decisions: DecisionInput[], durationMs: number) => {
      const current = stackRef.current[0];
      if (!current || undoing) return;

      setNotice(null);
      const pending: PendingSubmit = {
        item: current,
        body: {
          clientId: newClientId(),
          exampleId: current.example.id,
          kind,
          modelVersionId: current.modelVersion.id,
          durationMs: Math.max(0, Math.min(86_400_000, Math.round(durationMs))),
          decisions: kind === 'annotated' ? decisions : [],
        },
      };
      const saved = sendSubmit(pending);
      lastSaved.current = saved;
      void advance(current, saved);
    },
    [advance, sendSubmit, undoing],
  );

  const retryFailed = useCallback(() => {
    for (const entry of failed) void sendSubmit({ body: entry.body, item: entry.item });
  }, [failed, sendSubmit]);

  const undo = useCallback(async () => {
    if (undoing) return;
    setNotice(null);
    setUndoing(true);

    // Let the last submit settle first: if it failed, undoing means restoring it here.
    await lastSaved.current;

    // A submit the server never stored is undone here: show its item again, unsent.
    const unsaved = failedRef.current.at(-1);
    if (unsaved) {
      setUndoing(false);
      updateFailed((list) => list.slice(0, -1));
      show([
        unsaved.item,
        ...stackRef.current.filter((i) => i.example.id !== unsaved.item.example.id),
      ]);
      setNotice('Brought back the item that had not been saved.');
      return;
    }

    try {
      const response = await undoAsync();
      setProgress(response.progress);
      const undone = response.undone;
      if (!undone) {
        setNotice('Nothing to undo.');
        return;
      }
      // The undo acted on the stored submit a refusal pointed at, if any: its note is done.
      setRefused(null);
      const id = undone.item.example.id;
      show([undone.item, ...stackRef.current.filter((item) => item.example.id !== id)]);
    } catch (error) {
      setNotice(`Undo failed: ${errorMessage(error)}`);
    } finally {
      setUndoing(false);
    }
  }, [show, undoAsync, undoing, updateFailed]);

  const dismissRefused = useCallback(() => setRefused(null), []);

  const saving = useIsMutating({ mutationKey: [...queryKeys.annotate(projectId), 'submit'] });

  return {
    current: stack[0] ?? null,
    status,
    emptyReason,
    loadError,
    progress,
    failed,
    refused,
    dismissRefused,
    notice,
    setNotice,
    saving,
    undoing,
    shownToken,
    submit,
    undo,
    retryFailed,
    reload: loadFresh,
  };
}
