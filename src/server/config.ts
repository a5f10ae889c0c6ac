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
  /**
   * The address the public reaches Gavel at (scheme, host, optional path; no
   * trailing slash): every absolute link Gavel emits and every id it mints
   * for other systems (feed ids, calendar UIDs) come from it, never from a
   * request's Host header.
   */
  publicUrl: string;
  /** E-mail: the outbox is always written; with no SMTP server it is only read by admins (mail/README.md). */
  mail: {
    /** smtp://user:pass@host:587 or smtps://…; null: nothing is sent. */
    smtpUrl: string | null;
    from: string;
    /** How often the worker looks for due messages. */
    pollMs: number;
    /** How long a claimed message is held by the worker that claimed it. */
    leaseMs: number;
    /** The first retry's delay; each further one doubles, up to an hour. */
    retryBaseMs: number;
    /** After this many failed attempts a message is marked failed (kept, and an admin may retry it). */
    maxAttempts: number;
    /** The local hour (0–23, each user's own zone) from which the day's digest is sent. */
    digestHour: number;
    /** Minutes between runs of the digest and silence-reminder sweeps; 0 turns them off. */
    sweepMinutes: number;
    /** A silence procedure's "about to end" e-mail goes out this long before its deadline. */
    silenceReminderMs: number;
  };
  /**
   * How long personal data is kept once it is no longer needed (privacy/,
   * docs/privacy.md): days after the press center's or meeting's end (or the
   * decision, if later) for ID document numbers and photos; days after a
   * message was sent, folded or suppressed for the outbox's copy.
   */
  retention: {
    idDocumentDays: number;
    photoDays: number;
    mailDays: number;
    /** Minutes between purge runs; 0 turns the schedule off (the admin endpoint still runs it). */
    sweepMinutes: number;
  };
  /** Media monitoring's fetches and the sweep that polls watched sources (press/monitoring/watch.ts). */
  monitor: {
    /** Fetch from loopback and private-network addresses too (tests, an intranet): GAVEL_MONITOR_ALLOW_PRIVATE=true. */
    allowPrivate: boolean;
    /** The most a fetch (connection, redirects and body) may take. */
    timeoutMs: number;
    /** The least time between two requests to one host. */
    hostIntervalMs: number;
    /** Minutes between polls of the due sources; 0 turns the schedule off. */
    sweepMinutes: number;
  };
  /** How long an invitation link and a password-reset link work. */
  links: { invitationMs: number; resetMs: number };
  /** Sign-in through an OpenID Connect provider (auth/oidc/); null: password sign-in only. */
  oidc: OidcSettings | null;
}

export interface OidcSettings {
  /** The issuer's URL; its discovery document is at <issuer>/.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  /** Null: a public client (PKCE only). */
  clientSecret: string | null;
  /** What the sign-in button says: "Sign in with <name>". */
  name: string;
}

/** GAVEL_OIDC_*: all of issuer and client id, or none; the issuer must be an absolute URL. */
export function oidcFrom(env: NodeJS.ProcessEnv): OidcSettings | null {
  const issuer = env.GAVEL_OIDC_ISSUER?.trim();
  const clientId = env.GAVEL_OIDC_CLIENT_ID?.trim();
  if (!issuer && !clientId) return null;
  if (!issuer || !clientId) throw new Error('GAVEL_OIDC_ISSUER and GAVEL_OIDC_CLIENT_ID go together: set both or neither');
  if (!URL.canParse(issuer)) throw new Error(`GAVEL_OIDC_ISSUER must be an absolute URL (got ${JSON.stringify(issuer)})`);
  return {
    issuer,
    clientId,
    clientSecret: env.GAVEL_OIDC_CLIENT_SECRET?.trim() || null,
    name: env.GAVEL_OIDC_NAME?.trim() || new URL(issuer).hostname,
  };
}

/** GAVEL_PUBLIC_URL checked and normalized: http(s), no query or fragment, no trailing slash. */
export function publicUrlFrom(value: string | undefined, port: number): string {
  const raw = value?.trim() || `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`GAVEL_PUBLIC_URL must be an absolute URL such as https://gavel.example.org (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`GAVEL_PUBLIC_URL must be http or https (got ${url.protocol})`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error('GAVEL_PUBLIC_URL must not carry a query, a fragment or credentials');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const url = env.DATABASE_URL?.trim();
  const port = Number(env.PORT ?? 3000);
  return {
    port,
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
    publicUrl: publicUrlFrom(env.GAVEL_PUBLIC_URL, port),
    mail: {
      smtpUrl: env.GAVEL_SMTP_URL?.trim() || null,
      from: env.GAVEL_MAIL_FROM?.trim() || 'Gavel <no-reply@gavel.invalid>',
      pollMs: Number(env.GAVEL_MAIL_POLL_SECONDS ?? 10) * 1000,
      leaseMs: 5 * 60_000,
      retryBaseMs: Number(env.GAVEL_MAIL_RETRY_SECONDS ?? 30) * 1000,
      maxAttempts: Number(env.GAVEL_MAIL_MAX_ATTEMPTS ?? 20),
      digestHour: Number(env.GAVEL_MAIL_DIGEST_HOUR ?? 7),
      sweepMinutes: Number(env.GAVEL_MAIL_SWEEP_MINUTES ?? 15),
      silenceReminderMs: Number(env.GAVEL_SILENCE_REMINDER_HOURS ?? 24) * 3_600_000,
    },
    retention: {
      idDocumentDays: Number(env.GAVEL_RETAIN_ID_DOCUMENTS_DAYS ?? 30),
      photoDays: Number(env.GAVEL_RETAIN_PHOTOS_DAYS ?? 90),
      mailDays: Number(env.GAVEL_RETAIN_MAIL_DAYS ?? 180),
      sweepMinutes: Number(env.GAVEL_RETENTION_SWEEP_MINUTES ?? 60),
    },
    monitor: {
      allowPrivate: env.GAVEL_MONITOR_ALLOW_PRIVATE === 'true',
      timeoutMs: Number(env.GAVEL_MONITOR_TIMEOUT_SECONDS ?? 20) * 1000,
      hostIntervalMs: Number(env.GAVEL_MONITOR_HOST_INTERVAL_SECONDS ?? 2) * 1000,
      sweepMinutes: Number(env.GAVEL_MONITOR_SWEEP_MINUTES ?? 5),
    },
    links: {
      invitationMs: Number(env.GAVEL_INVITATION_HOURS ?? 72) * 3_600_000,
      resetMs: Number(env.GAVEL_PASSWORD_RESET_MINUTES ?? 60) * 60_000,
    },
    oidc: oidcFrom(env),
  };
}
