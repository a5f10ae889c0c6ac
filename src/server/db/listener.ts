/**
 * The LISTEN connection to a PostgreSQL server: one dedicated connection that
 * reconnects by itself, and says when it is lost and when it listens again.
 * Notifications sent while it was lost are never delivered, so whoever
 * relies on them (the read cache) must treat "lost" as "anything may have
 * changed" until "restored".
 *
 * A connection can die without a word (a cable, a firewall forgetting the
 * flow): a heartbeat query every half second that is not answered within a
 * second counts as a loss, so a silent loss is noticed within about 1.5 s (a
 * loss the server or the kernel reports, at once).
 */
import { Socket } from 'node:net';
import pg from 'pg';

export interface ListenHandlers {
  notify(payload: string): void;
  /** The connection was lost: notifications may be missed from now on. */
  lost?(): void;
  /** Listening again: anything may have changed while it was lost. */
  restored?(): void;
}

export interface ListenerOptions {
  /** Time between heartbeats. */
  heartbeatMs?: number;
  /** A heartbeat unanswered this long counts as a lost connection. */
  heartbeatTimeoutMs?: number;
  /** Longest wait between reconnection attempts. */
  maxBackoffMs?: number;
  onError?(err: unknown): void;
}

type State = 'connecting' | 'listening' | 'lost' | 'closed';

export class Listener {
  private state: State = 'connecting';
  private readonly subscribers = new Map<string, Set<ListenHandlers>>();
  private client: pg.Client | null = null;
  private socket: Socket | null = null;
  private wake: (() => void) | null = null;
  private firstListen: Promise<void>;
  private resolveFirst!: () => void;
  private readonly heartbeatMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly maxBackoffMs: number;
  private readonly running: Promise<void>;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly options: ListenerOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 500;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 1_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 2_000;
    this.firstListen = new Promise((resolve) => (this.resolveFirst = resolve));
    this.running = this.run();
  }

  get listening(): boolean {
    return this.state === 'listening';
  }

  /** Read through a method: the state changes across awaits, which TypeScript's narrowing does not see. */
  private closed(): boolean {
    return this.state === 'closed';
  }

  /** Resolves once the channel is listened to (at once if it already is). */
  async listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>> {
    let set = this.subscribers.get(channel);
    const isNew = !set;
    if (!set) this.subscribers.set(channel, (set = new Set()));
    set.add(handlers);
    if (isNew && this.state === 'listening') {
      try {
        await this.client!.query(`listen ${pg.escapeIdentifier(channel)}`);
      } catch {
        // The connection went meanwhile; the next one listens to every channel.
      }
    }
    await this.firstListen;
    return async () => {
      set.delete(handlers);
    };
  }

  async close(): Promise<void> {
    this.state = 'closed';
    this.socket?.destroy();
    this.wake?.();
    this.resolveFirst();
    await this.running;
  }

  private setState(next: 'listening' | 'lost') {
    const previous = this.state;
    if (previous === 'closed' || previous === next) return;
    this.state = next;
    for (const set of this.subscribers.values()) {
      for (const h of set) {
        if (next === 'lost') h.lost?.();
        else if (previous !== 'connecting') h.restored?.();
      }
    }
    if (next === 'listening') this.resolveFirst();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async run(): Promise<void> {
    let attempt = 0;
    while (!this.closed()) {
      const socket = new Socket();
      const client = new pg.Client({ ...this.config, stream: () => socket });
      this.socket = socket;
      this.client = client;
      let dead!: (err: unknown) => void;
      const died = new Promise<void>((resolve) => {
        let told = false;
        dead = (err) => {
          if (!told && !this.closed()) this.options.onError?.(err);
          told = true;
          resolve();
        };
      });
      client.on('error', dead);
      client.on('end', () => dead(new Error('Connection terminated')));
      client.on('notification', (message) => {
        for (const h of this.subscribers.get(message.channel) ?? []) h.notify(message.payload ?? '');
      });
      try {
        await new Promise<void>((resolve, reject) => {
          client.connect().then(() => resolve(), reject);
          void died.then(() => reject(new Error('Connection terminated while connecting')));
        });
        for (const channel of this.subscribers.keys()) await client.query(`listen ${pg.escapeIdentifier(channel)}`);
        attempt = 0;
        this.setState('listening');
        const unanswered = await Promise.race([died.then(() => undefined), this.heartbeat(client)]);
        if (unanswered) dead(unanswered);
      } catch (err) {
        dead(err);
      }
      socket.destroy();
      client.end().catch(() => {});
      if (this.closed()) break;
      this.setState('lost');
      await this.pause(Math.min(this.maxBackoffMs, 50 * 2 ** attempt++));
    }
  }

  /** Returns (never rejects) when a heartbeat fails, with an error when it went unanswered. */
  private async heartbeat(client: pg.Client): Promise<Error | undefined> {
    while (this.state === 'listening') {
      await this.pause(this.heartbeatMs);
      if (this.state !== 'listening') return undefined;
      let timer: NodeJS.Timeout | undefined;
      const answered = await Promise.race([
        client.query('select 1').then(
          () => true,
          () => false,
        ),
        new Promise<false>((resolve) => {
          // After a busy stretch the timer and the answer are both due; the
          // timer runs first, so let the pending I/O be read before deciding.
          timer = setTimeout(() => setImmediate(() => resolve(false)), this.heartbeatTimeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (!answered) return new Error(`LISTEN connection: a heartbeat failed or went unanswered for ${this.heartbeatTimeoutMs} ms`);
    }
    return undefined;
  }
}
