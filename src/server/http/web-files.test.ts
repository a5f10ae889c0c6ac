import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webFileOptions } from './web-files.js';

describe('the built web files as sent', () => {
  const script = `export const greeting = ${JSON.stringify('xin chào '.repeat(400))};\n`;
  let root: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'gavel-web-files-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets/index-AbC123.js'), script);
    writeFileSync(join(root, 'assets/index-AbC123.js.br'), brotliCompressSync(script));
    writeFileSync(join(root, 'assets/index-AbC123.js.gz'), gzipSync(script));
    writeFileSync(join(root, 'favicon.ico'), 'icon');
    app = Fastify();
    await app.register(fastifyStatic, webFileOptions(root));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

  it('sends the brotli or gzip file the browser accepts, else the plain one, each the same script', async () => {
    const br = await get('/assets/index-AbC123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.rawPayload.length).toBeLessThan(script.length / 4);
    expect(br.rawPayload).toEqual(brotliCompressSync(script));

    const gz = await get('/assets/index-AbC123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload).toEqual(gzipSync(script));

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    // A cache keeps the encodings apart.
    for (const res of [br, gz, plain]) expect(res.headers['vary']).toMatch(/accept-encoding/i);
  });

  it('lets a hashed asset be kept a year; other files are asked again (304 when unchanged)', async () => {
    const asset = await get('/assets/index-AbC123.js', 'br');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.ico');
    expect(icon.headers['cache-control']).toBe('public, max-age=0');
    const again = await app.inject({ method: 'GET', url: '/favicon.ico', headers: { 'if-none-match': icon.headers['etag'] as string } });
    expect(again.statusCode).toBe(304);
  });
});
