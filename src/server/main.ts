/**
 * `npm start`: open the database, migrate and load the demo data once (one
 * process at a time), serve; on SIGTERM or SIGINT, stop gracefully.
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from './app.js';
import { deleteExpiredSessions } from './auth/sessions.js';
import { loadConfig } from './config.js';
import { openDatabase, type DatabaseLog } from './db/client.js';
import { DataDirInUse } from './db/data-dir-lock.js';
import { demoData, loadDemo } from './demo/index.js';
import type { App } from './http/types.js';

const started = performance.now();
const config = loadConfig();

let app: App | undefined = undefined;
// Until the app (and its logger) exists, the database layer reports to the console.
const log: DatabaseLog = {
  warn: (details, message) => (app ? app.log.warn(details, message) : console.warn(message, details)),
  error: (details, message) => (app ? app.log.error(details, message) : console.error(message, details)),
};

const database = await openDatabase(config.database, { log, serveBackups: true }).catch((err: unknown) => {
  if (err instanceof DataDirInUse) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
});
const loaded = await database.startUp((db) => (config.demo ? loadDemo(db) : Promise.resolve([])));
await deleteExpiredSessions(database.db, config.session);

app = await buildApp({ database, config });
await app.listen({ port: config.port, host: config.host });

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const where =
  'url' in config.database ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${'dataDir' in config.database ? config.database.dataDir : 'memory'}`;
const lines = [
  '',
  `Gavel is ready at http://localhost:${config.port}  (API docs: http://localhost:${config.port}/api/docs)`,
  `Database: ${where}${loaded.length ? ` — loaded ${loaded.join(', ')}` : ''}`,
  `Start-up to ready: ${seconds} s`,
];
if (config.demo) {
  lines.push('Demo sign-ins (demo mode only; password for all: ' + demoData.users[0]?.password + '):');
  for (const u of demoData.users) lines.push(`  ${u.email.padEnd(28)} ${u.roles.join(', ')}`);
}
console.log(lines.join('\n') + '\n');

/**
 * Stop accepting connections (a request arriving on a kept-alive one is
 * answered 503 with `Connection: close`), let requests in flight finish
 * within the grace period and then close their connections, run the modules'
 * onClose hooks (timers, the solver workers, the LISTEN connection), close
 * the database (PGlite checkpointed: the next start replays no log) and exit
 * 0. A second signal, or a stop that hangs, exits 1 at once.
 */
let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  const server = app!;
  if (stopping) {
    server.log.warn({ signal }, 'second signal: exiting without finishing');
    process.exit(1);
  }
  stopping = true;
  const graceMs = config.stopGraceSeconds * 1000;
  server.log.info({ signal, graceSeconds: config.stopGraceSeconds }, 'stopping: finishing requests in flight');
  const cut = setTimeout(() => {
    server.log.warn('requests still in flight after the grace period: closing their connections');
    server.server.closeAllConnections();
  }, graceMs);
  const hung = setTimeout(() => {
    server.log.error('stopping hung: exiting');
    process.exit(1);
  }, graceMs + 15_000);
  hung.unref();
  try {
    await server.close();
    clearTimeout(cut);
    await database.close();
  } catch (err) {
    server.log.error({ err }, 'error while stopping');
    process.exit(1);
  }
  server.log.info('stopped');
  process.exit(0);
}
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
