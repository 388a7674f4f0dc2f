import type { z } from 'zod';
import { errorResponseSchema } from '@/lib/api/schemas/errors';

/**
 * An API failure as the browser sees it. `status` is 0 when the request never got an
 * answer (offline, server down, aborted), so callers can tell "retry later" from "fix it".
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details?: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Worth retrying with the same body: no answer, a server fault, or a rate limit. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;

  return error.status === 0 || error.status >= 500 || error.status === 408 || error.status === 429;
}

type RequestOptions = {
  method?: 'GET' | 'POST';
  /** Sent as JSON unless it is FormData. */
  body?: unknown;
  signal?: AbortSignal;
};

export async function apiRequest<T>(
  path: string,
  schema: z.ZodType<T>,
  options: RequestOptions = {},
): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  const init: RequestInit = {
    method,
    signal,
    headers: body === undefined || isForm ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  };

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(0, 'NETWORK', `Could not reach the server (${method} ${path}).`, cause);
  }

  const payload: unknown = await response.json().catch(() => undefined);

  if (!response.ok) {
    const parsed = errorResponseSchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, details } = parsed.data.error;
      throw new ApiError(response.status, code, message, details);
    }
    throw new ApiError(
      response.status,
      'HTTP',
      `${method} ${path} failed with HTTP ${response.status} ${response.statusText}.`,
    );
  }

  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new ApiError(
      response.status,
      'BAD_RESPONSE',
      `The server's answer to ${method} ${path} did not have the expected shape.`,
      result.error.issues,
    );
  }

  return result.data;
}

/** A message for people: the server's own words when it gave some. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;

  return String(error);
}
