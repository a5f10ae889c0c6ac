/**
 * A small typed fetch wrapper for /api. Keeps the CSRF token that the session
 * endpoint issues and sends it on every non-GET request; turns error answers
 * into ApiError carrying the server's message, code and field details.
 */
import type { ApiErrorBody, Session } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: { path: string; message: string }[];
  readonly requestId: string | undefined;

  constructor(status: number, body: Partial<ApiErrorBody>) {
    super(body.error ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? 'unknown';
    this.details = body.details ?? [];
    this.requestId = body.requestId;
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function send<T>(method: Method, path: string, body?: unknown, retried = false, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A form (a file upload) sets its own multipart content type, boundary included.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    if (csrfToken === null) await fetchSession();
    if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  }
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    // Public answers may be kept 30 s by caches (Cache-Control); the app
    // itself always asks again, answered 304 when nothing changed, so it shows
    // its own writes and live changes at once.
    cache: 'no-cache',
    signal,
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const data: unknown = text === '' ? null : safeParse(text);
  if (!response.ok) {
    const errorBody = (data ?? {}) as Partial<ApiErrorBody>;
    // A stale token (e.g. the cookie rotated in another tab): fetch a fresh one once.
    if (response.status === 403 && method !== 'GET' && !retried && /csrf/i.test(errorBody.code ?? '')) {
      await fetchSession();
      return send<T>(method, path, body, true, signal);
    }
    throw new ApiError(response.status, errorBody);
  }
  return data as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function fetchSession(): Promise<Session> {
  const session = await send<Session>('GET', '/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export const api = {
  get: <T>(path: string) => send<T>('GET', path),
  post: <T>(path: string, body?: unknown) => send<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => send<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => send<T>('PUT', path, body),
  delete: <T = null>(path: string) => send<T>('DELETE', path),
  /** One file as multipart/form-data field `file`; `signal` cancels it (layout/LongWork.tsx). */
  upload: <T>(path: string, file: File, signal?: AbortSignal) => {
    const form = new FormData();
    form.append('file', file);
    return send<T>('POST', path, form, false, signal);
  },
};
