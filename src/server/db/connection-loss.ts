/**
 * Which errors mean "the database could not be reached or the connection was
 * lost", as opposed to "the database refused this statement". The first kind
 * is worth retrying a moment later (a restart, a failover, a cut connection);
 * the error handler answers it with 503 and Retry-After.
 */

/** SQLSTATEs of a lost or refused connection (class 08) and of a server going away or not yet up. */
const lossStates = new Set([
  '57P01', // admin_shutdown: terminated by the administrator (pg_terminate_backend, a fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, in recovery
  '53300', // too_many_connections
]);

/** Socket and resolver errors from Node. */
const lossCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** node-postgres reports these as plain errors without a code. */
const lossMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Cannot use a pool after calling end on the pool',
  'Query read timeout',
];

/** True when err, or any error it wraps (Drizzle wraps the driver's), is a lost or refused connection. */
export function isConnectionLoss(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || lossStates.has(code) || lossCodes.has(code))) return true;
    if (typeof message === 'string' && lossMessages.some((m) => message.startsWith(m))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
