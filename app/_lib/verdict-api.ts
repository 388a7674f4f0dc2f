import { z } from 'zod';
import {
  labelScoreSchema,
  nextItemResponseSchema,
  type SubmitBody,
  submitResponseSchema,
  undoResponseSchema,
} from '@/lib/api/schemas/annotate';
import { importReportSchema } from '@/lib/api/schemas/imports';
import { type CreateProjectBody, jobSchema, projectSchema } from '@/lib/api/schemas/projects';
import { apiRequest } from './api-client';

// Browser-side calls of the Verdict API, one per route, each checked against its schema.

const meSchema = z.object({ annotator: z.object({ id: z.string(), name: z.string() }) });
export type Me = z.infer<typeof meSchema>;

const predictResponseSchema = z.object({
  results: z.array(z.object({ scores: z.array(labelScoreSchema) })),
});
export type PredictResponse = z.infer<typeof predictResponseSchema>;

const project = (projectId: string) => `/api/projects/${encodeURIComponent(projectId)}`;

export const verdictApi = {
  listProjects: () => apiRequest('/api/projects', z.array(projectSchema)),

  createProject: (body: CreateProjectBody) =>
    apiRequest('/api/projects', projectSchema, { method: 'POST', body }),

  getProject: (projectId: string) => apiRequest(project(projectId), projectSchema),

  importFile: (projectId: string, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);

    return apiRequest(`${project(projectId)}/imports`, importReportSchema, {
      method: 'POST',
      body: form,
    });
  },

  getJob: (jobId: string) => apiRequest(`/api/jobs/${encodeURIComponent(jobId)}`, jobSchema),

  nextItem: (projectId: string, exclude: readonly string[], signal?: AbortSignal) => {
    const query = exclude.length > 0 ? `?exclude=${exclude.map(encodeURIComponent).join(',')}` : '';

    return apiRequest(`${project(projectId)}/annotate/next${query}`, nextItemResponseSchema, {
      signal,
    });
  },

  submit: (projectId: string, body: SubmitBody) =>
    apiRequest(`${project(projectId)}/annotate/submit`, submitResponseSchema, {
      method: 'POST',
      body,
    }),

  undo: (projectId: string) =>
    apiRequest(`${project(projectId)}/annotate/undo`, undoResponseSchema, { method: 'POST' }),

  predict: (projectId: string, texts: string[]) =>
    apiRequest(`${project(projectId)}/predict`, predictResponseSchema, {
      method: 'POST',
      body: { texts },
    }),

  getMe: () => apiRequest('/api/me', meSchema),

  setMe: (name: string) => apiRequest('/api/me', meSchema, { method: 'POST', body: { name } }),

  exportUrl: (projectId: string, format: 'jsonl' | 'csv') =>
    `${project(projectId)}/export?format=${format}`,
};
