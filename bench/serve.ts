/**
 * A server process for the HTTP benchmark: `gavel` (the real app on the
 * database in BENCH_DATABASE, 'pglite' or a postgres URL) or `bare` (a bare
 * Fastify route answering the same bytes), or `web` (the real app serving
 * the built web, dist/web, too: bench/web.ts). Prints "ready <port>". The
 * portal's pages are the built web UI's page (dist/web) with their content;
 * without a build, a page of the same shape stands in for it.
 */
import Fastify from 'fastify';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, webRoot as builtWebRoot } from '../src/server/app.js';
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
  let webRoot = builtWebRoot;
  if (!existsSync(join(webRoot, 'index.html'))) {
    webRoot = mkdtempSync(join(tmpdir(), 'gavel-bench-web-'));
    const shell =
      '<!doctype html>\n<html lang="vi">\n  <head>\n    <meta charset="UTF-8" />\n    <title>Gavel</title>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n';
    writeFileSync(join(webRoot, 'index.html'), shell);
  }
  const app = await buildApp({
    database,
    config: { ...loadConfig({}), logLevel: 'silent', readCache: process.env.BENCH_READ_CACHE !== 'false' },
    serveWeb: mode === 'web',
    logger: false,
    webRoot,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  console.log(`ready ${typeof address === 'object' && address ? address.port : ''}`);
}
