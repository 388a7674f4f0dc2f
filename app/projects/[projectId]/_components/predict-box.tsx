'use client';

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '@/app/_lib/api-client';
import { formatProbability } from '@/app/_lib/format-probability';
import { verdictApi } from '@/app/_lib/verdict-api';

/** Score a text with the current model without storing anything. */
export function PredictBox({ projectId }: { projectId: string }) {
  const [text, setText] = useState('');
  const predict = useMutation({
    mutationFn: (input: string) => verdictApi.predict(projectId, [input]),
  });
  const scores = predict.data?.results[0]?.scores.slice(0, 10) ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) predict.mutate(text);
  }

  return (
    <section
      aria-labelledby="predict-heading"
      className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="predict-heading" className="mb-3 text-base font-semibold">
        Try the model
      </h2>
      <form onSubmit={submit} className="space-y-2">
        <label htmlFor="predict-input" className="sr-only">
          Text to score
        </label>
        <textarea
          id="predict-input"
          data-testid="predict-input"
          dir="auto"
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Type a text to see the current model's scores"
          className="w-full rounded-md border border-stone-300 px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
        <button
          type="submit"
          data-testid="predict-submit"
          disabled={!text.trim() || predict.isPending}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-50"
        >
          {predict.isPending ? 'Scoring…' : 'Score'}
        </button>
      </form>
      {predict.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {errorMessage(predict.error)}
        </p>
      )}
      {scores.length > 0 && (
        <ul data-testid="predict-results" className="mt-3 space-y-1.5 text-sm">
          {scores.map((score) => (
            <li key={score.labelId} className="grid grid-cols-[8rem_1fr_3rem] items-center gap-2">
              <span className="truncate" dir="auto">
                {score.label}
              </span>
              <span className="h-1.5 overflow-hidden rounded-full bg-stone-200">
                <span
                  className={`block h-full rounded-full ${score.suggested ? 'bg-indigo-500' : 'bg-stone-400'}`}
                  style={{ width: `${formatProbability(score.probability)}` }}
                />
              </span>
              <span className="text-right tabular-nums text-stone-600">
                {formatProbability(score.probability)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
