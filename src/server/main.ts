/** `npm start`: open the database, migrate, load the demo data once, serve. */
import { performance } from 'node:perf_hooks';
import { buildApp } from './app.js';
import { deleteExpiredSessions } from './auth/sessions.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { demoData, loadDemo } from './demo/index.js';

const started = performance.now();
const config = loadConfig();
const database = await openDatabase(config.database);
await database.migrate();
await deleteExpiredSessions(database.db, config.session);

const loaded = config.demo ? await loadDemo(database.db) : [];

const app = await buildApp({ database, config });
await app.listen({ port: config.port, host: config.host });

const seconds = ((performance.now() - started) / 1000).toFixed(2);
const where = 'url' in config.database ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${'dataDir' in config.database ? config.database.dataDir : 'memory'}`;
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

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
