/**
 * robots.txt, fetched once per origin and kept for an hour (robots-parser
 * reads it). As RFC 9309 says: no robots.txt (4xx) → everything allowed; one
 * that cannot be read (5xx, timeout, unreachable) → nothing allowed until it
 * can be.
 */
import { createRequire } from 'node:module';
import type robotsModule from 'robots-parser';
import { decodeBody, FetchProblem, USER_AGENT, type Fetcher } from './fetch.js';

// robots-parser is CommonJS (module.exports = the function) while its types declare a default export.
const robotsParser = createRequire(import.meta.url)('robots-parser') as typeof robotsModule.default;

const KEEP_MS = 60 * 60_000;
const ROBOTS_MAX_BYTES = 500 * 1024;

interface Entry {
  allowed: (url: string) => boolean;
  until: number;
}

export class RobotsCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly fetcher: Fetcher) {}

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const until = Date.now() + KEEP_MS;
    try {
      const res = await this.fetcher.get(robotsUrl);
      if (res.status >= 400 && res.status < 500) return { allowed: () => true, until };
      if (res.status !== 200) return { allowed: () => false, until: Date.now() + KEEP_MS / 12 };
      const robots = robotsParser(robotsUrl, decodeBody(res).slice(0, ROBOTS_MAX_BYTES));
      return {
        allowed: (url) => robots.isAllowed(url, USER_AGENT) !== false,
        until,
      };
    } catch (err) {
      // A redirect elsewhere or a robots.txt too large: as if there were none. Unreachable: wait.
      if (err instanceof FetchProblem && (err.kind === 'redirect' || err.kind === 'too_large')) return { allowed: () => true, until };
      return { allowed: () => false, until: Date.now() + KEEP_MS / 12 };
    }
  }

  /** Refuses (FetchProblem 'robots') a URL its site's robots.txt disallows to Gavel. */
  async check(raw: string): Promise<void> {
    const origin = new URL(raw).origin;
    let entry = this.entries.get(origin);
    if (!entry || entry.until < Date.now()) {
      entry = await this.load(origin);
      this.entries.set(origin, entry);
    }
    if (!entry.allowed(raw)) throw new FetchProblem('robots', 'the site’s robots.txt does not allow it (or cannot be read)');
  }
}
