import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWebShell } from './web-shell.js';

const html = `<!doctype html>
<html lang="vi">
  <head>
    <script type="module" crossorigin src="/assets/index-E.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-R.js">
  </head>
  <body><div id="root"></div></body>
</html>`;

/** A build's manifest: the entry, two pages sharing a chunk with the entry and one between them, two languages. */
const manifest = {
  'index.html': { file: 'assets/index-E.js', isEntry: true, imports: ['_react-R.js'] },
  '_react-R.js': { file: 'assets/react-R.js' },
  '_format-F.js': { file: 'assets/format-F.js', imports: ['_react-R.js'] },
  'src/meetings/CalendarPage.tsx': { file: 'assets/CalendarPage-C.js', imports: ['index.html', '_react-R.js', '_format-F.js', '_fullcalendar-U.js'] },
  '_fullcalendar-U.js': { file: 'assets/fullcalendar-U.js' },
  'src/documents/RegistryPage.tsx': { file: 'assets/RegistryPage-D.js', imports: ['index.html', '_format-F.js'] },
  'src/i18n/resources-vi.ts': { file: 'assets/resources-vi-V.js', imports: ['_bundle-B.js'] },
  'src/i18n/resources-en.ts': { file: 'assets/resources-en-N.js', imports: ['_bundle-B.js'] },
  '_bundle-B.js': { file: 'assets/bundle-B.js' },
};

const preloaded = (page: Buffer) => [...page.toString().matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/([^"]+)">/g)].map((m) => m[1]).sort();

describe('the web UI page as sent for a route', () => {
  const roots: string[] = [];
  const build = (files: Record<string, string>) => {
    const root = mkdtempSync(join(tmpdir(), 'gavel-shell-'));
    roots.push(root);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    return root;
  };
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it("names ahead the page's chunks and the browser's language, not what the entry already loads", async () => {
    const shell = await loadWebShell(build({ 'index.html': html, '.vite/manifest.json': JSON.stringify(manifest) }));
    expect(preloaded(shell.page('/', 'en-GB,en;q=0.9'))).toEqual([
      'CalendarPage-C.js',
      'bundle-B.js',
      'format-F.js',
      'fullcalendar-U.js',
      'react-R.js',
      'resources-en-N.js',
    ]);
    expect(preloaded(shell.page('/documents', 'vi-VN,vi;q=0.9,en;q=0.5'))).toEqual([
      'RegistryPage-D.js',
      'bundle-B.js',
      'format-F.js',
      'react-R.js',
      'resources-vi-V.js',
    ]);
    // Any other page: only the language (its own chunk comes when the app asks).
    expect(preloaded(shell.page('/meetings/12', 'en'))).toEqual(['bundle-B.js', 'react-R.js', 'resources-en-N.js']);
    // The links are in the head, the rest of the page as built.
    const page = shell.page('/', 'en').toString();
    expect(page.indexOf('resources-en-N.js')).toBeLessThan(page.indexOf('</head>'));
    expect(page.replace(/\s*<link rel="modulepreload" crossorigin href="\/assets\/(?!react)[^"]+">/g, '')).toBe(html);
  });

  it('is the page as built when there is no manifest', async () => {
    const shell = await loadWebShell(build({ 'index.html': html }));
    expect(shell.page('/', 'en').toString()).toBe(html);
  });
});
