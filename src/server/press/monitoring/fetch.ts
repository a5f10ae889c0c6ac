/**
 * Fetching a page of the outside world for media monitoring, politely and
 * defensively: http(s) only, no credentials in the URL, no private-network
 * addresses (unless configured, as the tests' local server needs), a timeout
 * over the whole exchange, a size limit read as the bytes arrive, redirects
 * followed only within the same host, and at most one request per host every
 * `hostIntervalMs`. Every refusal is a `FetchProblem` with a reason a press
 * officer can read; nothing here writes to the database.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The largest page or feed read: the same limit as an uploaded saved page. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
export const USER_AGENT = 'GavelMonitor/1.0 (+press monitoring of the ASEAN chairmanship)';

export interface FetchOptions {
  /** Allow loopback and private-network addresses (tests, an intranet). */
  allowPrivate: boolean;
  timeoutMs: number;
  /** The least time between two requests to one host. */
  hostIntervalMs: number;
  maxBytes?: number;
}

export type FetchProblemKind = 'url' | 'private' | 'redirect' | 'timeout' | 'network' | 'status' | 'too_large' | 'robots' | 'content';

export class FetchProblem extends Error {
  constructor(
    readonly kind: FetchProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'FetchProblem';
  }
}

export interface Fetched {
  /** The URL finally answered (after redirects within the host). */
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
}

/** Checks what a URL may be fetched as; the URL parsed, or a `FetchProblem`. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchProblem('url', 'not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchProblem('url', `only http and https are fetched (not ${url.protocol})`);
  if (url.username || url.password) throw new FetchProblem('url', 'a URL with credentials in it is not fetched');
  url.hash = '';
  return url;
}

const publicRange = (address: string) => {
  const parsed = ipaddr.process(address);
  return parsed.range() === 'unicast';
};

async function checkAddress(url: URL, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw new FetchProblem('network', `the host ${host} is not found`);
    }
  }
  if (!addresses.length || !addresses.every(publicRange)) throw new FetchProblem('private', `the host ${host} is on a private or local network`);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One fetcher per app: it remembers when each host was last asked and last
 * answered, so that polls and imports by URL together keep to the polite
 * interval, counted from the end of the previous answer.
 */
export class Fetcher {
  private readonly lastAsked = new Map<string, number>();

  constructor(readonly options: FetchOptions) {}

  private async politely(host: string): Promise<void> {
    const interval = this.options.hostIntervalMs;
    if (interval > 0) {
      const last = this.lastAsked.get(host);
      const wait = last === undefined ? 0 : last + interval - Date.now();
      if (wait > 0) await sleep(wait);
    }
    this.lastAsked.set(host, Date.now());
  }

  /**
   * GET `raw` with the given headers. Answers any status (304 and errors
   * included) with the body read; refuses as `FetchProblem` what must not be
   * fetched or could not be.
   */
  async get(raw: string, headers: Record<string, string> = {}): Promise<Fetched> {
    const maxBytes = this.options.maxBytes ?? MAX_PAGE_BYTES;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let url = checkUrl(raw);
    const host = url.host;
    try {
      for (let hop = 0; ; hop++) {
        await checkAddress(url, this.options.allowPrivate);
        await this.politely(url.host);
        const res = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: '*/*', ...headers } });
        if (res.status >= 300 && res.status < 400 && res.status !== 304) {
          await res.body?.cancel();
          const location = res.headers.get('location');
          if (!location) throw new FetchProblem('redirect', `a redirect (${res.status}) without a Location`);
          const next = checkUrl(new URL(location, url).toString());
          if (next.host !== host) throw new FetchProblem('redirect', `redirected to another host (${next.host}), not followed`);
          if (hop >= MAX_REDIRECTS) throw new FetchProblem('redirect', `more than ${MAX_REDIRECTS} redirects`);
          url = next;
          continue;
        }
        const declared = Number(res.headers.get('content-length'));
        if (Number.isFinite(declared) && declared > maxBytes) {
          await res.body?.cancel();
          throw new FetchProblem('too_large', `larger than ${maxBytes} bytes`);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        if (res.body) {
          for await (const chunk of res.body) {
            size += chunk.byteLength;
            if (size > maxBytes) throw new FetchProblem('too_large', `larger than ${maxBytes} bytes`);
            chunks.push(Buffer.from(chunk));
          }
        }
        return { url: url.toString(), status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
      }
    } catch (err) {
      if (err instanceof FetchProblem) throw err;
      if (signal.aborted) throw new FetchProblem('timeout', `no complete answer within ${this.options.timeoutMs} ms`);
      const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : err instanceof Error ? err.message : String(err);
      throw new FetchProblem('network', `could not be reached (${cause})`);
    } finally {
      // The pause counts from the end of this answer, not its start: a slow answer does not shorten the host's rest.
      this.lastAsked.set(host, Date.now());
    }
  }
}

/** The body as text, in the charset the answer declares (UTF-8 when none or unknown). */
export function decodeBody(fetched: Pick<Fetched, 'headers' | 'body'>): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(fetched.headers.get('content-type') ?? '')?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(fetched.body);
}
