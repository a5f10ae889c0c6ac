/**
 * Public answers a CDN or reverse proxy may keep: a read-cache answer
 * (changelog/read-cache.ts) sent with its validators, `304 Not Modified` when
 * the client already holds it, and a Cache-Control that lets shared caches
 * absorb a spike for anonymous readers.
 *
 * Only for answers that are the same whoever asks: the portal's, and the
 * journal's Atom feed for anonymous readers (a signed-in reader's is
 * computed for them, without validators). A
 * signed-in reader's copy is kept by their browser only and revalidated
 * each time (`private, no-cache`): shared caches do not store what was asked
 * with a session, and a reader who signs out sees no stale signed-in page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedAnswer } from '../changelog/read-cache.js';

/** Shared caches may serve it 30 s, and a stale copy while they fetch a fresh one for 5 min. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=300';
export const SIGNED_IN_CACHE_CONTROL = 'private, no-cache';

/** Minute-long buckets for cache keys of answers that depend on the time (a scheduled article becomes public without a commit). */
export const minuteBucket = (now = Date.now()) => Math.floor(now / 60_000);

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Whether the client's copy is current: If-None-Match first; If-Modified-Since only without it. */
export function notModified(request: FastifyRequest, answer: CachedAnswer): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof ifNoneMatch === 'string') return etagMatches(ifNoneMatch, answer.etag);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (typeof ifModifiedSince === 'string') {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && answer.lastModified.getTime() <= since;
  }
  return false;
}

/** Sends `answer` (already serialized) with its validators, or 304 when the client holds it. */
export function sendCachedAnswer(request: FastifyRequest, reply: FastifyReply, answer: CachedAnswer, options: { type: string; vary?: string }): FastifyReply {
  reply
    .header('etag', answer.etag)
    .header('last-modified', answer.lastModified.toUTCString())
    .header('cache-control', request.session ? SIGNED_IN_CACHE_CONTROL : PUBLIC_CACHE_CONTROL);
  if (options.vary) reply.header('vary', options.vary);
  if ((request.method === 'GET' || request.method === 'HEAD') && notModified(request, answer)) {
    return reply.code(304).send();
  }
  return reply.type(options.type).send(answer.body as never);
}
