/**
 * A real HTTP client for live streams (GET /api/events): Node's fetch, the
 * body read as it streams and parsed as Server-Sent Events.
 */
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

export interface Stream {
  status: number;
  headers: Headers;
  messages: SseMessage[];
  /** Comment lines (heartbeats) seen. */
  comments: number;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** The first message (from `from` on) that satisfies `ok`; rejects after timeoutMs. */
  next(ok: (m: SseMessage) => boolean, timeoutMs?: number, from?: number): Promise<SseMessage>;
  close(): void;
  /** The changes received, parsed. */
  changes(): Array<{ type: string; id: number | string; action: string; parent?: { type: string; id: number } }>;
}

export async function openStream(base: string, headers: Record<string, string> = {}): Promise<Stream> {
  const abort = new AbortController();
  const res = await fetch(`${base}/api/events`, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  let comments = 0;
  let done = false;
  const ended = (async () => {
    if (!res.body || res.status !== 200) return;
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const message: SseMessage = { id: null, event: 'message', data: '' };
          let fields = 0;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments++;
            else if (line.startsWith('id: ')) message.id = line.slice(4);
            else if (line.startsWith('event: ')) message.event = line.slice(7);
            else if (line.startsWith('data: ')) message.data += line.slice(6);
            else continue;
            fields++;
          }
          if (fields && message.data) messages.push(message);
          for (const w of waiters) w();
        }
      }
    } catch {
      // aborted by close(), or cut by the server
    } finally {
      done = true;
      for (const w of waiters) w();
    }
  })();
  return {
    status: res.status,
    headers: res.headers,
    messages,
    get comments() {
      return comments;
    },
    ended,
    next(ok, timeoutMs = 5_000, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.slice(from).find(ok);
          if (found) return finish(() => resolve(found));
          if (done) return finish(() => reject(new Error(`stream ended; got ${JSON.stringify(messages.map((m) => m.data))}`)));
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no such message within ${timeoutMs} ms; got ${JSON.stringify(messages.map((m) => m.data))}`))),
          timeoutMs,
        );
        const finish = (then: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          then();
        };
        waiters.add(check);
        check();
      });
    },
    close() {
      abort.abort();
    },
    changes() {
      return messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data) as ReturnType<Stream['changes']>[number]);
    },
  };
}

/** Signs in over HTTP; the cookie header to send. */
export async function httpSignIn(base: string, email: string, password: string): Promise<string> {
  const session = await fetch(`${base}/api/auth/session`);
  const csrfCookie = session.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrfCookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email}: ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}
