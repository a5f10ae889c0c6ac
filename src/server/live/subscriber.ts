/**
 * One live stream, as the hub sees it: who listens, and the HTTP response it
 * writes to. Writes never queue without bound: a client that does not read
 * fast enough to keep what waits for it under `queueBytes` is disconnected
 * (it resumes with Last-Event-ID when it can keep up again).
 */
import type { ServerResponse } from 'node:http';
import type { Viewer } from '../auth/policies/index.js';
import type { Parent } from './visibility.js';

export interface LiveEvent {
  /** The SSE id: where a reconnecting client resumes (cursor.ts). */
  cursor: string;
  changeId: number;
  type: string;
  id: number | string;
  action: string;
  parent: Parent | null;
}

export function formatEvent(e: LiveEvent): string {
  const data = JSON.stringify({ type: e.type, id: e.id, action: e.action, ...(e.parent ? { parent: e.parent } : {}) });
  return `id: ${e.cursor}\ndata: ${data}\n\n`;
}

export type Ending = 'slow' | 'closed' | 'stopping' | 'resync' | 'signed_out';

export class Subscriber {
  private ended = false;
  /** While the change log is replayed, live events wait here (bounded by queueBytes too). */
  private held: Array<LiveEvent & { overflow?: boolean }> | null = [];
  private readonly replayed = new Set<number>();

  constructor(
    private readonly res: ServerResponse,
    readonly viewer: Viewer | null,
    /** Whose connections count together against the limit. */
    readonly limitKey: string,
    /** Subscribers whose viewers see the same things share one visibility query. */
    readonly audience: string,
    /** How many notices the hub had heard when this stream opened: it is handed only later ones. */
    readonly heardBefore: number,
    private readonly queueBytes: number,
    private readonly onEnd: (s: Subscriber, why: Ending) => void,
  ) {
    res.on('close', () => this.finish('closed'));
  }

  get open(): boolean {
    return !this.ended;
  }

  /** Bytes written but not yet taken by the client. */
  get buffered(): number {
    return this.res.writableLength;
  }

  /** Write, or drop the client when that would leave more than queueBytes waiting. */
  write(text: string): void {
    if (this.ended) return;
    if (this.res.writableLength + Buffer.byteLength(text) > this.queueBytes) {
      this.finish('slow');
      this.res.destroy();
      return;
    }
    this.res.write(text);
  }

  /**
   * Sends events as one write. A burst larger than half the queue is sent as
   * a reset instead (refetch everything, resume after the burst): what waits
   * for a client stays bounded however much changes at once.
   */
  private send(events: LiveEvent[]): void {
    if (!events.length) return;
    const text = events.map(formatEvent).join('');
    if (Buffer.byteLength(text) > this.queueBytes / 2) this.reset(events.at(-1)!.cursor);
    else this.write(text);
  }

  /** Events from the change log, sent before anything live. */
  replay(events: LiveEvent[]): void {
    for (const e of events) this.replayed.add(e.changeId);
    this.send(events);
  }

  /** The replay was too long: the client must refetch what it shows, and resume from `cursor`. */
  reset(cursor: string): void {
    this.write(`id: ${cursor}\nevent: reset\ndata: {}\n\n`);
  }

  /** Live events; held until the replay is done. */
  deliver(events: LiveEvent[]): void {
    if (!this.held) return this.send(events);
    for (const e of events) this.held.push(e);
    // More than could be sent anyway: remember only that a reset is due.
    if (this.held.length > this.queueBytes / 64) this.held = this.held.slice(-1).map((e) => ({ ...e, overflow: true }));
  }

  /** The replay is sent: live events go out from now on, those already replayed skipped. */
  live(): void {
    const held = this.held ?? [];
    this.held = null;
    if (held[0]?.overflow) this.reset(held.at(-1)!.cursor);
    else this.send(held.filter((e) => !this.replayed.has(e.changeId)));
    this.replayed.clear();
  }

  /** Ends the stream cleanly (the client reconnects unless the server is going away). */
  end(why: Ending): void {
    if (this.ended) return;
    this.finish(why);
    this.res.end();
  }

  private finish(why: Ending): void {
    if (this.ended) return;
    this.ended = true;
    this.held = null;
    this.onEnd(this, why);
  }
}
