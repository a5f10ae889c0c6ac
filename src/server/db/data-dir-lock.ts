/**
 * One process per PGlite data folder. PGlite is PostgreSQL in one process
 * with no postmaster to refuse a second one: two processes on the same folder
 * would both write its files and corrupt it. The first to start writes
 * `gavel.lock` (its process id, host, start time) into the folder; the next
 * is refused with a message naming that process. A lock whose process is
 * gone (killed, crashed, the machine restarted) is taken over. (Node has no
 * flock: two processes starting within the same few microseconds on a folder
 * whose previous owner died could both take over its lock. Starting several
 * processes on one folder at once is what the lock is for refusing; that
 * case, after a crash, is left open.)
 */
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

export const LOCK_FILE = 'gavel.lock';

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** A Unix socket on which the holder answers backup requests (see db/backup-server.ts). */
  control?: string;
}

export class DataDirInUse extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.startedAt}). ` +
        `PGlite allows one process per data folder: stop that process first, or run several processes on PostgreSQL (DATABASE_URL). ` +
        `If no such process runs, delete ${join(dataDir, LOCK_FILE)}.`,
    );
    this.name = 'DataDirInUse';
  }
}

/** Locks held by this process, so a second open in the same process is refused too. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null; // gone meanwhile
  }
}

export interface DataDirLock {
  readonly path: string;
  /** Rewrites the lock with more about the holder (its control socket). */
  update(extra: Partial<LockInfo>): void;
  release(): void;
}

/** Takes the folder's lock or throws DataDirInUse. Creates the folder if needed. */
export function lockDataDir(dataDir: string): DataDirLock {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, LOCK_FILE);
  let info: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  // Written whole beside it, then linked (create-if-absent) or renamed
  // (replace) into place: a lock file is never seen half-written.
  const staged = () => {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
    return tmp;
  };
  for (let attempt = 0; ; attempt++) {
    if (held.has(path)) throw new DataDirInUse(folder, readLock(path) ?? info);
    const tmp = staged();
    try {
      linkSync(tmp, path);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(tmp);
    }
    const holder = readLock(path);
    if (holder === null && attempt < 3) continue; // released meanwhile
    // The same pid on this host is a previous life of this process (a container's pid 1).
    const stale = holder !== null && holder.host === info.host && (holder.pid === process.pid || !alive(holder.pid));
    if (!stale || attempt >= 3) throw new DataDirInUse(folder, holder ?? info);
    try {
      unlinkSync(path);
    } catch {
      // Another starter took it over first; the next attempt finds its lock.
    }
  }
  held.add(path);
  return {
    path,
    update(extra) {
      info = { ...info, ...extra };
      renameSync(staged(), path);
    },
    release() {
      if (!held.delete(path)) return;
      try {
        if (readLock(path)?.pid === process.pid) unlinkSync(path);
      } catch {
        // Already gone.
      }
    },
  };
}
