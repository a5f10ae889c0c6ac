#!/usr/bin/env node
/**
 * Every route's first load stays small: the JavaScript a browser fetches to
 * show one page (index.html's entry with its static imports, plus the lazily
 * loaded page chunk with its static imports) must weigh at most BUDGET_KB
 * gzipped. Reads Vite's manifest (build.manifest in web/vite.config.ts), so
 * it runs after `npm run build:web`; `npm run test:e2e` runs it right after
 * the build. The visitor's language (one of LANGUAGE_CHUNKS, fetched before
 * the first render) is part of every first load: the larger one is counted.
 * Chunks a page itself loads later (import() inside the page, a chart, an
 * editor) are not part of its first load and are not counted.
 * docs/decisions/web-code-splitting.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;
/** web/src/i18n/index.ts loads exactly one of these before React renders. */
const LANGUAGE_CHUNKS = ['src/i18n/resources-vi.ts', 'src/i18n/resources-en.ts'];

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist/web');
const manifestPath = join(outDir, '.vite/manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`check-bundle: ${manifestPath} is missing: run \`npm run build:web\` first.`);
  process.exit(1);
}
/** @type {Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));

const gzipped = new Map();
/** Gzip size in bytes of one emitted file (level 9, as a server compressing static files would). */
function gzipSize(file) {
  let size = gzipped.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    gzipped.set(file, size);
  }
  return size;
}

/** The key and every chunk it imports statically, transitively: what the browser fetches before it runs. */
function staticClosure(key, into = new Set()) {
  if (into.has(key)) return into;
  const chunk = manifest[key];
  if (!chunk) throw new Error(`check-bundle: ${key} is not in the manifest`);
  into.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(imported, into);
  return into;
}

const weigh = (keys) => [...keys].filter((key) => manifest[key].file.endsWith('.js')).reduce((sum, key) => sum + gzipSize(manifest[key].file), 0);

const entryKey = 'index.html';
const entry = manifest[entryKey];
if (!entry?.isEntry) {
  console.error('check-bundle: index.html is not an entry of the manifest');
  process.exit(1);
}
const entryChunks = staticClosure(entryKey);
for (const key of LANGUAGE_CHUNKS) {
  if (!manifest[key]) {
    console.error(`check-bundle: ${key} is not in the manifest: update LANGUAGE_CHUNKS with web/src/i18n/index.ts`);
    process.exit(1);
  }
}
// The language the visitor reads, with what it imports: the heavier of the two.
const language = LANGUAGE_CHUNKS.map((key) => staticClosure(key, new Set(entryChunks))).sort((a, b) => weigh(b) - weigh(a))[0];
const firstLoad = new Set([...entryChunks, ...language]);
const pages = entry.dynamicImports ?? [];
if (pages.length === 0) {
  console.error('check-bundle: the entry loads no page lazily: App.tsx should load each page with React.lazy');
  process.exit(1);
}

const rows = [{ route: '(entry: index.html + language)', kb: weigh(firstLoad) / 1024 }];
for (const page of pages) rows.push({ route: page, kb: weigh(staticClosure(page, new Set(firstLoad))) / 1024 });

const width = Math.max(...rows.map((row) => row.route.length));
console.log(`${'first load of'.padEnd(width)}  gzip KB  (budget ${BUDGET_KB} KB)`);
for (const row of rows.sort((a, b) => b.kb - a.kb)) {
  console.log(`${row.route.padEnd(width)}  ${row.kb.toFixed(1).padStart(7)}${row.kb > BUDGET_KB ? '  OVER' : ''}`);
}
const over = rows.filter((row) => row.kb > BUDGET_KB);
if (over.length > 0) {
  console.error(`check-bundle: ${over.length} route(s) over ${BUDGET_KB} KB gzip: ${over.map((row) => row.route).join(', ')}`);
  process.exit(1);
}
console.log(`check-bundle: ${rows.length - 1} pages, every first load within ${BUDGET_KB} KB gzip`);
