/**
 * A server process for the HTTP benchmark: `gavel` (the real app on the
 * database in BENCH_DATABASE, 'pglite' or a postgres URL) or `bare` (a bare
 * Fastify route answering the same bytes), or `web` (the real app serving
 * the built web, dist/web, too: bench/web.ts). Prints "ready <port>".
 */
import Fastify from 'fastify';
import { readFileSync } from 'node:fs';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { loadDemo } from '../src/server/demo/index.js';

const [mode, payloadFile] = process.argv.slice(2);

if (mode === 'bare') {
  const payload = payloadFile ? readFileSync(payloadFile, 'utf8') : '{"ok":true}';
  const app = Fastify({ logger: false });
  app.get('/api/meetings', async (_req, reply) => reply.type('application/json; charset=utf-8').send(payload));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : ''}`);
} else {
  const target = process.env.BENCH_DATABASE ?? 'pglite';
  const database = await openDatabase(target === 'pglite' ? { memory: true } : { url: target });
  await database.migrate();
  await loadDemo(database.db);
  const app = await buildApp({ database, config: { ...loadConfig({}), logLevel: 'silent', readCache: process.env.BENCH_READ_CACHE !== 'false' }, serveWeb: mode === 'web', logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : ''}`);
}
