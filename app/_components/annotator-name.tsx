'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../_lib/api-client';
import { queryKeys } from '../_lib/query-keys';
import { verdictApi } from '../_lib/verdict-api';

/** Who is annotating: the server reads it from a cookie that POST /api/me sets. */
export function AnnotatorName() {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: queryKeys.me, queryFn: verdictApi.getMe, staleTime: Infinity });
  const [draft, setDraft] = useState<string | null>(null);

  const rename = useMutation({
    mutationFn: (name: string) => verdictApi.setMe(name),
    onSuccess: (data) => {
      queryClient.setQueryData(queryKeys.me, data);
      setDraft(null);
      // Queues, leases and progress are per annotator: nothing cached still holds.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });

  function save(event: FormEvent) {
    event.preventDefault();
    const name = draft?.trim();
    if (!name) return;
    rename.mutate(name);
  }

  if (draft !== null) {
    return (
      <form onSubmit={save} className="flex items-center gap-2 text-sm">
        <label htmlFor="annotator-input" className="text-stone-500">
          Annotator
        </label>
        <input
          id="annotator-input"
          data-testid="annotator-input"
          // biome-ignore lint/a11y/noAutofocus: the field opens on an explicit click
          autoFocus
          value={draft}
          maxLength={100}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setDraft(null);
          }}
          className="w-40 rounded-md border border-stone-300 px-2 py-1 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
        <button
          type="submit"
          data-testid="annotator-save"
          disabled={rename.isPending || !draft.trim()}
          className="rounded-md bg-indigo-600 px-2.5 py-1 font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
        >
          Save
        </button>
        <button
          type="button"
          onClick={() => setDraft(null)}
          className="rounded-md px-2 py-1 text-stone-500 hover:text-stone-900"
        >
          Cancel
        </button>
        {rename.isError && (
          <span role="alert" className="text-red-600">
            {errorMessage(rename.error)}
          </span>
        )}
      </form>
    );
  }

  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="text-stone-500">Annotating as</span>
      <button
        type="button"
        data-testid="annotator-edit"
        aria-label="Change annotator name"
        title="Change annotator name"
        onClick={() => setDraft(me.data?.annotator.name ?? '')}
        className="group flex items-center gap-1.5 rounded-md px-2 py-1 font-medium hover:bg-stone-100"
      >
        <span data-testid="annotator-name">
          {me.data?.annotator.name ?? (me.isError ? 'unknown' : '…')}
        </span>
        <span aria-hidden className="text-stone-400 group-hover:text-stone-600">
          ✎
        </span>
      </button>
    </div>
  );
}
