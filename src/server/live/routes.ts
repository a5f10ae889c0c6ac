import { AppError } from '../http/errors.js';
import { routes } from '../http/route.js';
import type { App } from '../http/types.js';
import { viewerOf } from '../auth/policies/index.js';
import { parseCursor } from './cursor.js';
import type { LiveHub } from './hub.js';

const description = `A Server-Sent Events stream (text/event-stream) of the changes the caller may see, as they commit in any
process: \`data: {"type":"meeting","id":12,"action":"update"}\` (with \`parent\` naming the page's entity when it is
another: a delegation's meeting, a comment's task), each with an \`id:\` to resume from. Reconnecting with
\`Last-Event-ID\` replays what was missed (at most ${'`replayLimit`'} changes; beyond, an \`event: reset\` says to refetch
everything); an unreadable Last-Event-ID starts a fresh stream. Comment lines keep idle streams open. The request
must accept text/event-stream (406 otherwise); a user may hold a few streams at once, an anonymous address a few
more (429 beyond); a client that does not read is disconnected.`;

export function liveRoutes(app: App, hub: LiveHub): void {
  const route = routes(app, 'live');
  route.get(
    '/api/events',
    {
      permission: 'public',
      summary: 'Live changes, as Server-Sent Events',
      description,
      errors: ['not_acceptable', 'too_many_streams'],
    },
    async (request, reply) => {
      const accept = request.headers.accept ?? '';
      if (!/(^|,)\s*text\/event-stream\s*(;|,|$)/i.test(accept)) {
        throw new AppError('not_acceptable', 'This is an event stream: send Accept: text/event-stream');
      }
      const viewer = viewerOf(request);
      const [limitKey, limit] = viewer ? [`user:${viewer.userId}`, hub.options.perUser] : [`address:${request.ip}`, hub.options.perAddress];
      if (hub.openFor(limitKey) >= limit) {
        throw new AppError('too_many_streams', `At most ${limit} live streams at once; close one first`);
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        // nginx would otherwise hold the stream back in its buffer.
        'x-accel-buffering': 'no',
      });
      res.flushHeaders();
      request.raw.socket.setNoDelay(true);
      const subscriber = hub.open(res, viewer, limitKey, limit);
      if (!subscriber) {
        res.end();
        return;
      }
      try {
        await hub.resume(subscriber, parseCursor(request.headers['last-event-id']));
      } catch (err) {
        request.log.warn({ err }, 'live: could not replay the change log');
        subscriber.end('resync');
      }
    },
  );
}
