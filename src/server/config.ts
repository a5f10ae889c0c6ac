import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/client.js';
import { defaultLiveOptions, type LiveOptions } from './live/options.js';

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  /** Load the demo data set on first start and print the demo sign-ins. */
  demo: boolean;
  /** Set Secure on cookies: true when served behind HTTPS. */
  secureCookies: boolean;
  bodyLimit: number;
  logLevel: string;
  /** Keep serialized calendar reads until the next committed write. */
  readCache: boolean;
  /** Session lifetime and idle timeout. */
  session: { ttlMs: number; idleMs: number };
  /**
   * Fastify's trustProxy: the reverse proxies (addresses or CIDR ranges,
   * comma-separated) whose X-Forwarded-For names the client; false: none,
   * the connection's address is the client's.
   */
  trustedProxy: string | false;
  /** Minutes between sweeps that announce newly overdue tasks (also swept at start-up); 0 turns it off. */
  overdueSweepMinutes: number;
  /** On SIGTERM/SIGINT, how long requests in flight may take to finish before their connections are closed. */
  stopGraceSeconds: number;
  /** Live streams (GET /api/events): limits and timings, see live/hub.ts. */
  live: LiveOptions;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.DATABASE_URL?.trim();
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    database: url ? { url } : { dataDir: resolve(env.GAVEL_DATA_DIR ?? './data') },
    demo: (env.GAVEL_DEMO ?? 'true') !== 'false',
    secureCookies: env.GAVEL_SECURE_COOKIES === 'true',
    bodyLimit: Number(env.GAVEL_BODY_LIMIT ?? 1_048_576),
    logLevel: env.LOG_LEVEL ?? 'info',
    readCache: env.GAVEL_READ_CACHE !== 'false',
    overdueSweepMinutes: Number(env.GAVEL_OVERDUE_SWEEP_MINUTES ?? 15),
    session: {
      ttlMs: Number(env.GAVEL_SESSION_HOURS ?? 7 * 24) * 3_600_000,
      idleMs: Number(env.GAVEL_SESSION_IDLE_MINUTES ?? 12 * 60) * 60_000,
    },
    trustedProxy: env.GAVEL_TRUSTED_PROXY?.trim() || false,
    stopGraceSeconds: Number(env.GAVEL_STOP_GRACE_SECONDS ?? 10),
    live: {
      ...defaultLiveOptions,
      perUser: Number(env.GAVEL_EVENTS_PER_USER ?? defaultLiveOptions.perUser),
      perAddress: Number(env.GAVEL_EVENTS_PER_ADDRESS ?? defaultLiveOptions.perAddress),
    },
  };
}
