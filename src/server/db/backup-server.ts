/**
 * Backups of a running app's PGlite data folder. The folder is open in one
 * process only, so `npm run backup` asks that process: it listens on a Unix
 * socket (readable by the folder's owner only) named in the folder's lock
 * file, and answers a line `backup` with the backup's lines. Nothing else is
 * served there; it is not HTTP and not reachable from the network.
 */
import { createHash } from 'node:crypto';
import { chmodSync, rmSync } from 'node:fs';
import { createServer, createConnection, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { dumpDatabase } from './backup.js';
import type { PgliteDatabase } from './types.js';

/** A short path (Unix sockets allow about 100 bytes) that only this folder maps to. */
export function controlSocketPath(dataDir: string): string {
  return join(tmpdir(), `gavel-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}.sock`);
}

async function write(socket: Socket, text: string): Promise<void> {
  if (!socket.write(text)) await once(socket, 'drain');
}

/** Starts answering backup requests for database; the function returned stops it. */
export async function serveBackups(database: PgliteDatabase, dataDir: string, onError: (err: unknown) => void): Promise<() => Promise<void>> {
  const path = controlSocketPath(dataDir);
  rmSync(path, { force: true }); // left by a process that was killed
  const server: Server = createServer((socket) => {
    socket.on('error', () => {}); // the asker went away; the dump's next write fails and ends it
    const lines = createInterface({ input: socket });
    lines.once('line', (request) => {
      lines.close();
      if (request.trim() !== 'backup') return void socket.end('{"error":"unknown request"}\n');
      dumpDatabase(database.db, database.engine, (line) => write(socket, line + '\n'))
        .then(() => socket.end())
        .catch((err: unknown) => {
          onError(err);
          socket.destroy();
        });
    });
  });
  server.listen(path);
  await once(server, 'listening');
  chmodSync(path, 0o600);
  database.lock?.update({ control: path });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(path, { force: true });
  };
}

/** Asks the process answering on path for a backup: its lines. */
export async function* requestBackup(path: string): AsyncGenerator<string> {
  const socket = createConnection(path);
  let failure: Error | null = null;
  socket.on('error', (err) => (failure = err));
  await once(socket, 'connect');
  socket.write('backup\n');
  yield* createInterface({ input: socket, crlfDelay: Infinity });
  if (failure) throw failure;
}
