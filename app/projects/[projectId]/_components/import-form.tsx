'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { errorMessage } from '@/app/_lib/api-client';
import { queryKeys } from '@/app/_lib/query-keys';
import { verdictApi } from '@/app/_lib/verdict-api';
import type { ImportReport } from '@/lib/api/schemas/imports';

/** Upload a .jsonl or .csv file, then show what was kept and what was refused, line by line. */
type Props = {
  projectId: string;
  /** Told of each successful import, so the page can follow its scoring job. */
  onImported?: (report: ImportReport) => void;
};

export function ImportForm({ projectId, onImported }: Props) {
  const queryClient = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);

  const upload = useMutation({
    mutationFn: (chosen: File) => verdictApi.importFile(projectId, chosen),
    onSuccess: (report) => {
      onImported?.(report);
      void queryClient.invalidateQueries({ queryKey: queryKeys.project(projectId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.projects, exact: true });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (file) upload.mutate(file);
  }

  return (
    <div className="space-y-4">
      <form
        onSubmit={submit}
        data-testid="import-form"
        className="flex flex-wrap items-center gap-3"
      >
        <label htmlFor="import-file" className="sr-only">
          File to import (.jsonl or .csv)
        </label>
        <input
          ref={fileInput}
          id="import-file"
          data-testid="import-file"
          type="file"
          accept=".jsonl,.ndjson,.csv,application/x-ndjson,text/csv"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            upload.reset();
          }}
          className="block max-w-full text-sm text-stone-600 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-stone-700 hover:file:bg-stone-200"
        />
        <button
          type="submit"
          data-testid="import-submit"
          disabled={!file || upload.isPending}
          className="rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50"
        >
          {upload.isPending ? 'Uploading…' : 'Upload'}
        </button>
      </form>
      <p className="text-xs text-stone-500">
        JSONL: one object per line with a <code>text</code> field (optional <code>label</code> /{' '}
        <code>labels</code>). CSV: a header row with a <code>text</code> column.
      </p>

      {upload.isError && (
        <p role="alert" data-testid="import-error" className="text-sm text-red-700">
          Import failed: {errorMessage(upload.error)}
        </p>
      )}
      {upload.data && <ImportReportView report={upload.data} />}
    </div>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const stats = [
    { key: 'accepted', title: 'Accepted', value: report.accepted, tone: 'text-emerald-700' },
    { key: 'duplicates', title: 'Duplicates', value: report.duplicates, tone: 'text-stone-700' },
    { key: 'rejected', title: 'Refused', value: report.rejected, tone: 'text-red-700' },
  ];

  return (
    <section
      data-testid="import-report"
      aria-label="Import report"
      className="space-y-3 rounded-lg border border-stone-200 bg-stone-50 p-4"
    >
      <dl className="flex flex-wrap gap-6">
        {stats.map((stat) => (
          <div key={stat.key}>
            <dt className="text-xs text-stone-500">{stat.title}</dt>
            <dd data-testid={`import-${stat.key}`} className={`text-lg font-semibold ${stat.tone}`}>
              {stat.value.toLocaleString()}
            </dd>
          </div>
        ))}
      </dl>
      {report.labelsCreated.length > 0 && (
        <p className="text-sm text-stone-600" data-testid="import-labels-created">
          Labels created from the file: {report.labelsCreated.join(', ')}
        </p>
      )}
      {report.errors.length > 0 && (
        <div>
          <h3 className="mb-1 text-sm font-medium">Refused rows</h3>
          <ol
            data-testid="import-errors"
            className="max-h-56 overflow-y-auto rounded-md border border-stone-200 bg-white text-sm"
          >
            {report.errors.map((rowError, index) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: a line can have several errors
                key={`${rowError.line}-${index}`}
                className="flex gap-3 border-b border-stone-100 px-3 py-1.5 last:border-b-0"
              >
                <span className="shrink-0 font-mono text-xs leading-5 text-stone-500">
                  line {rowError.line}
                </span>
                <span className="break-words text-stone-800">{rowError.message}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
