/**
 * The live hub: one per process. It hears every committed change through the
 * change log's notifications (LISTEN/NOTIFY on PostgreSQL, so changes made by
 * any process on the database; in-process on PGlite), and hands each
 * subscriber the changes its viewer may see (visibility.ts), a batch at a
 * time, one visibility query per audience and batch.
 *
 * Nothing is lost across a gap: a stream that resumes replays the change log
 * from its cursor (cursor.ts). When the LISTEN connection was lost,
 * notifications in between are gone, so once it listens again every stream
 * is ended and its client resumes from where it was; the same when a batch
 * cannot be checked (the database away for a moment).
 */
import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import type { Viewer } from '../auth/policies/index.js';
import { CHANGE_CHANNEL, decodeNotice, type ChangeNotice } from '../changelog/record.js';
import type { Database } from '../db/client.js';
import { formatCursor, type Cursor } from './cursor.js';
import type { LiveOptions } from './options.js';
import { changesSince, currentCursor } from './replay.js';
import { Subscriber, type Ending, type LiveEvent } from './subscriber.js';
import { visibleEntities } from './visibility.js';

/** The client's reconnection delay, sent once at the start of every stream. */
const RETRY_MS = 2_000;

/** Changes to these mean an account's sessions or roles changed: its streams restart with what it may see now. */
const accountActions = new Set(['sign_out', 'sign_out_everywhere', 'password_changed', 'roles_changed', 'lock']);

/** A notice and its place in the order this process heard them. */
interface Heard {
  notice: ChangeNotice;
  seq: number;
}

function audienceOf(viewer: Viewer | null): string {
  if (!viewer) return 'anonymous';
  return `${[...viewer.roles].sort().join(',')}|${viewer.partyId ?? ''}`;
}

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly counts = new Map<string, number>();
  private pending: Heard[] = [];
  /** Notices heard so far: a stream is handed only those heard after it opened (see open). */
  private heardCount = 0;
  private timer: NodeJS.Timeout | null = null;
  private chain: Promise<void> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private closing = false;

  private constructor(
    private readonly database: Database,
    readonly options: LiveOptions,
    private readonly log: FastifyBaseLogger,
  ) {}

  static async start(database: Database, options: LiveOptions, log: FastifyBaseLogger): Promise<LiveHub> {
    const hub = new LiveHub(database, options, log);
    hub.unlisten = await database.listen(CHANGE_CHANNEL, {
      notify: (payload) => hub.heard(payload),
      restored: () => hub.resync('the LISTEN connection is back'),
    });
    hub.heartbeat = setInterval(() => {
      for (const s of hub.subscribers) s.write(':\n\n');
    }, options.heartbeatMs);
    hub.heartbeat.unref();
    return hub;
  }

  get size(): number {
    return this.subscribers.size;
  }

  /** Streams open for one limit key (user or address). */
  openFor(limitKey: string): number {
    return this.counts.get(limitKey) ?? 0;
  }

  /**
   * Opens a stream on `res` (headers already sent), or returns null when
   * `limitKey` has as many open as it may.
   */
  open(res: ServerResponse, viewer: Viewer | null, limitKey: string, limit: number): Subscriber | null {
    if (this.closing || this.openFor(limitKey) >= limit) return null;
    // A notice heard before now was committed before now: a fresh stream starts
    // after it, and a resumed one finds it in the change log it replays. Without
    // this, a change committed just before the stream opened, still waiting for
    // its batch, would reach a stream that asked for nothing before it.
    const subscriber = new Subscriber(res, viewer, limitKey, audienceOf(viewer), this.heardCount, this.options.queueBytes, (s, why) => this.ended(s, why));
    this.subscribers.add(subscriber);
    this.counts.set(limitKey, this.openFor(limitKey) + 1);
    subscriber.write(`retry: ${RETRY_MS}\n\n`);
    return subscriber;
  }

  /** Sends what the subscriber missed since `cursor` (nothing without one), then lets live events through. */
  async resume(subscriber: Subscriber, cursor: Cursor | null): Promise<void> {
    if (cursor) {
      const { db } = this.database;
      const { notices, overflow } = await changesSince(db, cursor, this.options.replayLimit);
      if (overflow) {
        const now = await currentCursor(db);
        subscriber.reset(formatCursor(now.id, now.xmin));
      } else {
        subscriber.replay(await this.visibleEvents(subscriber.viewer, notices));
      }
    }
    subscriber.live();
  }

  /** Ends every stream (the server is stopping); no new ones open. */
  async close(): Promise<void> {
    this.closing = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const s of [...this.subscribers]) s.end('stopping');
    await this.unlisten?.();
  }

  private ended(subscriber: Subscriber, why: Ending): void {
    this.subscribers.delete(subscriber);
    const left = this.openFor(subscriber.limitKey) - 1;
    if (left > 0) this.counts.set(subscriber.limitKey, left);
    else this.counts.delete(subscriber.limitKey);
    if (why === 'slow') this.log.info({ limitKey: subscriber.limitKey }, 'live stream dropped: the client did not keep up');
  }

  /** Every stream ends; clients resume from their cursors, which replays what this process may have missed. */
  private resync(reason: string): void {
    if (this.closing) return;
    this.log.warn({ streams: this.subscribers.size }, `live streams restart: ${reason}`);
    for (const s of [...this.subscribers]) s.end('resync');
  }

  private heard(payload: string): void {
    const notice = decodeNotice(payload);
    if (!notice || this.closing) return;
    this.pending.push({ notice, seq: ++this.heardCount });
    this.timer ??= setTimeout(() => {
      this.timer = null;
      const batch = this.pending;
      this.pending = [];
      // One batch at a time: events leave in commit order.
      this.chain = this.chain.then(() => this.deliver(batch));
    }, this.options.batchMs);
  }

  private async deliver(heard: Heard[]): Promise<void> {
    const batch = heard.map((h) => h.notice);
    for (const n of batch) {
      if (n.entityType === 'user' && accountActions.has(n.action) && n.entityId) {
        for (const s of [...this.subscribers]) if (s.viewer && String(s.viewer.userId) === n.entityId) s.end('signed_out');
      }
    }
    if (!this.subscribers.size) return;
    const audiences = new Map<string, Subscriber[]>();
    for (const s of this.subscribers) {
      const list = audiences.get(s.audience);
      if (list) list.push(s);
      else audiences.set(s.audience, [s]);
    }
    try {
      const seqOf = new Map(heard.map((h) => [h.notice.id, h.seq]));
      for (const members of audiences.values()) {
        const events = await this.visibleEvents(members[0]!.viewer, batch);
        if (!events.length) continue;
        for (const s of members) s.deliver(events.filter((e) => seqOf.get(e.changeId)! > s.heardBefore));
      }
    } catch (err) {
      this.log.warn({ err }, 'live: could not check who may see a batch of changes');
      this.resync('a batch of changes could not be checked');
    }
  }

  /** The notices the viewer may see now, as events, in the order given. */
  private async visibleEvents(viewer: Viewer | null, notices: ChangeNotice[]): Promise<LiveEvent[]> {
    const byType = new Map<string, Array<string | null>>();
    for (const n of notices) {
      const ids = byType.get(n.entityType);
      if (ids) ids.push(n.entityId);
      else byType.set(n.entityType, [n.entityId]);
    }
    const visible = new Map<string, Map<string, unknown>>();
    for (const [type, ids] of byType) visible.set(type, await visibleEntities(this.database.db, viewer, type, ids));
    const events: LiveEvent[] = [];
    for (const n of notices) {
      const seen = n.entityId === null ? undefined : visible.get(n.entityType);
      if (!seen || !seen.has(n.entityId!)) continue;
      const parent = seen.get(n.entityId!) as LiveEvent['parent'];
      events.push({
        cursor: formatCursor(n.id, n.xmin),
        changeId: n.id,
        type: n.entityType,
        id: /^\d{1,15}$/.test(n.entityId!) ? Number(n.entityId) : n.entityId!,
        action: n.action,
        parent,
      });
    }
    return events;
  }
}
