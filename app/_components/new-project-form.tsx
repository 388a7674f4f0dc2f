'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { CreateProjectBody } from '@/lib/api/schemas/projects';
import { errorMessage } from '../_lib/api-client';
import { fieldErrors } from '../_lib/field-errors';
import { projectPath } from '../_lib/project-paths';
import { queryKeys } from '../_lib/query-keys';
import { verdictApi } from '../_lib/verdict-api';
import { parseLabelLines } from './parse-label-lines';

const inputClass =
  'w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-sm ' +
  'focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200';

function FieldError({ messages, id }: { messages: string[] | undefined; id: string }) {
  if (!messages?.length) return null;

  return (
    <ul id={id} data-testid={id} role="alert" className="mt-1 space-y-0.5 text-xs text-red-700">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

export function NewProjectForm() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [labelText, setLabelText] = useState('');
  const [multiLabel, setMultiLabel] = useState(false);
  const [threshold, setThreshold] = useState('0.5');

  const create = useMutation({
    mutationFn: (body: CreateProjectBody) => verdictApi.createProject(body),
    onSuccess: (project) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects });
      queryClient.setQueryData(queryKeys.project(project.id), project);
      router.push(projectPath(project.id));
    },
  });

  const errors = fieldErrors(create.error);
  const labels = parseLabelLines(labelText);

  function submit(event: FormEvent) {
    event.preventDefault();
    // The server validates; the browser only turns the form into the API's shape.
    create.mutate({
      name,
      labels,
      multiLabel,
      ...(multiLabel ? { threshold: Number(threshold) } : {}),
    });
  }

  const unplacedErrors = [
    ...(errors.form ?? []),
    ...Object.entries(errors)
      .filter(([field]) => !['form', 'name', 'labels', 'threshold', 'multiLabel'].includes(field))
      .flatMap(([field, messages]) => messages.map((message) => `${field}: ${message}`)),
  ];
  const showGeneral = create.isError && Object.keys(errors).length === 0;

  return (
    <form
      onSubmit={submit}
      data-testid="new-project-form"
      noValidate
      className="space-y-4 rounded-xl border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 className="text-base font-semibold">New project</h2>

      <div>
        <label htmlFor="project-name" className="mb-1 block text-sm font-medium">
          Name
        </label>
        <input
          id="project-name"
          data-testid="project-name-input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="Support tickets"
          aria-invalid={Boolean(errors.name)}
          aria-describedby={errors.name ? 'project-name-error' : undefined}
          className={inputClass}
        />
        <FieldError id="project-name-error" messages={errors.name} />
      </div>

      <div>
        <label htmlFor="project-labels" className="mb-1 block text-sm font-medium">
          Labels
        </label>
        <textarea
          id="project-labels"
          data-testid="project-labels-input"
          value={labelText}
          onChange={(event) => setLabelText(event.target.value)}
          rows={6}
          placeholder={'billing: questions about invoices\nbug\nfeature request'}
          aria-invalid={Boolean(errors.labels)}
          aria-describedby="project-labels-hint"
          className={`${inputClass} font-mono`}
        />
        <p id="project-labels-hint" className="mt-1 text-xs text-stone-500">
          One per line; optionally <code>name: description</code> (split at the first colon).{' '}
          {labels.length > 0 && `${labels.length.toLocaleString()} label(s).`} Leave empty to take
          the labels from the first import.
        </p>
        <FieldError id="project-labels-error" messages={errors.labels} />
      </div>

      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">Labels per text</legend>
        <div className="inline-flex rounded-lg border border-stone-300 bg-stone-100 p-0.5 text-sm">
          {[
            { value: false, title: 'Single-label', testId: 'mode-single' },
            { value: true, title: 'Multi-label', testId: 'mode-multi' },
          ].map((option) => (
            <button
              key={option.testId}
              type="button"
              data-testid={option.testId}
              aria-pressed={multiLabel === option.value}
              onClick={() => setMultiLabel(option.value)}
              className={`rounded-md px-3 py-1 ${
                multiLabel === option.value
                  ? 'bg-white font-medium text-stone-900 shadow-sm'
                  : 'text-stone-600 hover:text-stone-900'
              }`}
            >
              {option.title}
            </button>
          ))}
        </div>
        <p className="text-xs text-stone-500">
          {multiLabel
            ? 'Each label is scored on its own; those above the threshold are suggested.'
            : 'Exactly one label per text; the top-scoring label is suggested.'}
        </p>
        {multiLabel && (
          <div className="max-w-40">
            <label htmlFor="project-threshold" className="mb-1 block text-sm font-medium">
              Threshold
            </label>
            <input
              id="project-threshold"
              data-testid="project-threshold-input"
              type="number"
              inputMode="decimal"
              step="0.05"
              min="0.01"
              max="0.99"
              value={threshold}
              onChange={(event) => setThreshold(event.target.value)}
              aria-invalid={Boolean(errors.threshold)}
              className={inputClass}
            />
            <FieldError id="project-threshold-error" messages={errors.threshold} />
          </div>
        )}
      </fieldset>

      {unplacedErrors.length > 0 && (
        <FieldError id="project-form-error" messages={unplacedErrors} />
      )}
      {showGeneral && (
        <p role="alert" data-testid="project-form-error" className="text-sm text-red-700">
          {errorMessage(create.error)}
        </p>
      )}

      <button
        type="submit"
        data-testid="create-project"
        disabled={create.isPending}
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
      >
        {create.isPending ? 'Creating…' : 'Create project'}
      </button>
    </form>
  );
}
