export interface ApiCall<T> {
  status: number;
  body: T;
  /** From the request being sent until the whole body was read, in milliseconds. */
  ms: number;
}

export interface ApiRequest {
  method?: 'GET' | 'POST';
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as the `verdict_annotator` cookie, which is how the app tells annotators apart. */
  annotator?: string;
}

/**
 * One JSON request to the app, timed the way a browser would feel it (headers and the
 * whole body). Throws on a non-2xx answer with the app's error body, so a broken route
 * stops the bench instead of being averaged into its latencies.
 */
export async function callApi<T>(url: string, request: ApiRequest = {}): Promise<ApiCall<T>> {
  const headers: Record<string, string> = {};
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.annotator) headers.cookie = `verdict_annotator=${request.annotator}`;

  const started = performance.now();
  const response = await fetch(url, {
    method: request.method ?? 'GET',
    headers,
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const text = await response.text();
  const ms = performance.now() - started;

  if (!response.ok) {
    throw new Error(
      `${request.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 500)}`,
    );
  }

  return { status: response.status, body: JSON.parse(text) as T, ms };
}
