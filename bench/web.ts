/**
 * `npm run bench:web`: how soon the calendar and the registry (the documents
 * list) are interactive in Chromium, and how much JavaScript their first load
 * fetches, gzipped. Needs the built web (`npm run build`).
 *
 * The built app runs in a child process (bench/serve.ts web: the demo on
 * the embedded database); each load is a first visit (a fresh browser
 * context: no cache, no session) at 1440×900. "Interactive" is the time from
 * navigation start until the page's content is on screen (the calendar's
 * first meeting, the registry's first row) and the main thread next answers
 * (a frame, then a task): what a reader waits before they can click.
 * The JavaScript is every .js file the page fetched until then, each gzipped
 * at level 9 from dist/web (as scripts/check-bundle.mjs weighs them).
 *
 * The first row, "floor", is a text file (robots.txt) loaded the same way:
 * the browser's own cost of a first visit on this machine, with none of the
 * app's work; the pages' medians less the floor's are the app's share.
 *
 * BENCH_WEB_LOADS (default 20) loads per page; prints median and p95.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 20);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const webDir = resolve(import.meta.dirname, '../dist/web');

const pages = [
  // The floor: a first visit to a text file (no script, no style), measured the
  // same way — what a fresh browser context costs on this machine before any
  // of Gavel's work. The pages' figures are read against it.
  { name: 'floor', path: '/robots.txt', ready: 'body' },
  { name: 'calendar', path: '/?year=2020', ready: '.fc [data-meeting-id]' },
  { name: 'registry', path: '/documents', ready: '[data-testid="document-row"]' },
] as const;

function startServer(): Promise<{ port: number; child: ChildProcess }> {
  return new Promise((resolvePort, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve.ts', 'web'], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolvePort({ port: Number(match[1]), child });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const gzipped = new Map<string, number>();
function gzipSize(urlPath: string): number {
  let size = gzipped.get(urlPath);
  if (size === undefined) {
    const file = join(webDir, urlPath);
    size = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
    gzipped.set(urlPath, size);
  }
  return size;
}

/** One first visit: ms until interactive, and the gzip bytes of the JavaScript fetched until then. */
async function load(browser: Browser, url: string, ready: string): Promise<{ ms: number; jsBytes: number }> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Asia/Ho_Chi_Minh', viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector(ready, { state: 'visible', timeout: 60_000 });
    // performance.now() counts from the navigation's start (the time origin).
    const ms = await page.evaluate(() => new Promise<number>((answer) => requestAnimationFrame(() => setTimeout(() => answer(performance.now()), 0))));
    return { ms, jsBytes: [...scripts].reduce((sum, path) => sum + gzipSize(path), 0) };
  } finally {
    await context.close();
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function main() {
  if (!existsSync(join(webDir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build` first');
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const base = `http://127.0.0.1:${server.port}`;
    console.log(
      `bench:web — ${LOADS} first loads per page at 1440×900, Chromium ${browser.version()}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${new Date().toISOString()}`,
    );
    console.log('page       interactive median   p95      first-load JS (gzip)');
    for (const { name, path, ready } of pages) {
      await load(browser, base + path, ready); // warm the server's caches, not the browser's
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await load(browser, base + path, ready));
      const times = runs.map((r) => r.ms).sort((a, b) => a - b);
      const kb = Math.max(...runs.map((r) => r.jsBytes)) / 1024;
      console.log(
        `${name.padEnd(10)} ${`${quantile(times, 0.5).toFixed(0)} ms`.padStart(18)}   ${`${quantile(times, 0.95).toFixed(0)} ms`.padEnd(8)} ${kb.toFixed(1)} KB`,
      );
    }
  } finally {
    await browser.close();
    server.child.kill();
  }
}

await main();
