/**
 * `npm run backup -- FILE` and `npm run restore -- FILE [--replace]`, on the
 * database the environment names (DATABASE_URL, else GAVEL_DATA_DIR), as
 * `npm start` would open it. Backups are gzipped (restore also reads them
 * uncompressed). docs/operations.md says when to use which.
 */
import { once } from 'node:events';
import { closeSync, createReadStream, createWriteStream, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { restoreBackup, takeBackup } from './restore.js';

const usage = 'usage: npm run backup -- FILE | npm run restore -- FILE [--replace]';

async function backup(file: string): Promise<string> {
  const started = performance.now();
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  written.catch(() => {}); // awaited below; a failure also ends the writes
  try {
    const summary = await takeBackup(loadConfig().database, async (line) => {
      if (!gzip.write(line + '\n')) await once(gzip, 'drain');
    });
    gzip.end();
    await written;
    // Only a complete backup takes the name asked for.
    renameSync(partial, file);
    const mb = (statSync(file).size / 2 ** 20).toFixed(1);
    return `Backed up ${summary.tables} tables, ${summary.rows} rows to ${file} (${mb} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s.`;
  } catch (err) {
    gzip.destroy();
    rmSync(partial, { force: true });
    throw err;
  }
}

function isGzip(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const magic = Buffer.alloc(2);
    return readSync(fd, magic, 0, 2, 0) === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

async function restore(file: string, replace: boolean): Promise<string> {
  const started = performance.now();
  const raw = createReadStream(file);
  const input = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input, crlfDelay: Infinity });
  const result = await restoreBackup(loadConfig().database, lines, { replace });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return [
    `Restored ${result.tables} tables, ${result.rows} rows from ${file} (taken ${result.takenAt}) in ${seconds} s.`,
    ...(result.movedAside ? [`The data folder it replaced is kept in ${result.movedAside}.`] : []),
  ].join('\n');
}

const [command, asked, ...flags] = process.argv.slice(2);
// npm runs scripts from the package's folder; a relative FILE means where npm was run.
const file = asked && resolve(process.env.INIT_CWD ?? '.', asked);
if (!file || (command !== 'backup' && command !== 'restore') || flags.some((f) => f !== '--replace')) {
  console.error(usage);
  process.exit(2);
}
try {
  console.log(command === 'backup' ? await backup(file) : await restore(file, flags.includes('--replace')));
} catch (err) {
  console.error(`${command} failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
