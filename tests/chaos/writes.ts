/**
 * Writes whose acknowledgement is recorded, and the check that every
 * acknowledged one is there: a press center per write, named by its slug.
 */
import { expect } from 'vitest';
import type { AppProcess, Session } from '../helpers/processes.js';

export interface Ledger {
  /** Slugs whose creation was answered 201. */
  acknowledged: string[];
  /** Answers that were neither 201 nor 503 database_unavailable. */
  unexpected: string[];
  /** 503 database_unavailable answers (allowed while connections are cut). */
  unavailable: number;
}

export const newLedger = (): Ledger => ({ acknowledged: [], unexpected: [], unavailable: 0 });

let counter = 0;

/** One write; true if acknowledged. A connection refused or reset (the process died) is neither. */
export async function createPressCenter(session: Session, ledger: Ledger, tag: string): Promise<boolean> {
  const slug = `chaos-${tag}-${process.pid}-${counter++}`;
  let res: Response;
  try {
    res = await session.request('POST', '/api/press/events', {
      slug,
      titleEn: 'Chaos press center',
      titleVi: 'Trung tâm báo chí thử',
      venueEn: 'Hanoi',
      venueVi: 'Hà Nội',
      opensAt: '2020-11-09T08:00:00+07:00',
      timeZone: 'Asia/Ho_Chi_Minh',
      capacity: 5,
    });
  } catch {
    return false;
  }
  const body = await res.text().catch(() => '');
  if (res.status === 201) {
    ledger.acknowledged.push(slug);
    return true;
  }
  if (res.status === 503 && body.includes('database_unavailable') && res.headers.get('retry-after')) ledger.unavailable++;
  else ledger.unexpected.push(`${res.status} ${body.slice(0, 300)}`);
  return false;
}

export interface Writers {
  /** Resolves once no write is in flight; none starts until resume(). */
  pause(): Promise<void>;
  resume(): void;
  stop(): Promise<void>;
}

/** Writers creating press centers until stopped or their process goes away. */
export function writers(session: Session, ledger: Ledger, tag: string, count: number): Writers {
  let stopped = false;
  let gate: Promise<void> | null = null;
  let open = () => {};
  let inFlight = 0;
  let idle = () => {};
  const running = Array.from({ length: count }, async () => {
    let failuresInARow = 0;
    while (!stopped && failuresInARow < 50) {
      if (gate) {
        await gate;
        continue;
      }
      inFlight++;
      const ok = await createPressCenter(session, ledger, tag);
      if (--inFlight === 0) idle();
      failuresInARow = ok ? 0 : failuresInARow + 1;
    }
  });
  return {
    pause: async () => {
      gate ??= new Promise<void>((resolve) => (open = resolve));
      if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
    },
    resume: () => {
      gate = null;
      open();
    },
    stop: async () => {
      stopped = true;
      gate = null;
      open();
      await Promise.all(running);
    },
  };
}

/** Every acknowledged press center exists, as its process's public list shows. */
export async function expectAllPresent(app: AppProcess, acknowledged: readonly string[]): Promise<void> {
  const res = await fetch(`${app.url}/api/press/events`);
  expect(res.status).toBe(200);
  const slugs = new Set(((await res.json()) as { events: Array<{ slug: string }> }).events.map((e) => e.slug));
  const lost = acknowledged.filter((s) => !slugs.has(s));
  expect(lost, `acknowledged writes lost: ${lost.length} of ${acknowledged.length}`).toEqual([]);
}

/** Resolves once condition holds; checks without sleeping a fixed time. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
