/**
 * The web UI's page (dist/web/index.html) as sent for a client-side route.
 * The app's script learns which page and language it shows only once it
 * runs, and only then asks for their chunks. For the most visited pages the
 * page itself names them (<link rel="modulepreload">: the page's chunk with
 * what it imports, and the language the browser prefers, from Vite's
 * manifest), so the browser fetches and compiles them while the app's own
 * script is still arriving. Without a manifest (a bare shell in tests) the
 * page is sent as it is.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageLanguage, type PageLanguage } from './page-language.js';

/** The pages worth naming ahead: the calendar (the home page) and the registry. Keys are Vite's manifest keys (web/src/…). */
const firstPages: Readonly<Record<string, string>> = {
  '/': 'src/meetings/CalendarPage.tsx',
  '/documents': 'src/documents/RegistryPage.tsx',
};
/** The language chunks web/src/i18n/index.ts loads before the first render. */
const languageChunks: Readonly<Record<PageLanguage, string>> = {
  vi: 'src/i18n/resources-vi.ts',
  en: 'src/i18n/resources-en.ts',
};

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface WebShell {
  /** The page for a path, naming ahead the scripts it will need in the reader's likely language. */
  page(pathname: string, acceptLanguage: string | undefined): Buffer;
}

/** Reads dist/web's page and manifest once; each variant (a handful) is written once. */
export async function loadWebShell(root: string): Promise<WebShell> {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const manifest = await readFile(join(root, '.vite/manifest.json'), 'utf8').then(
    (text) => JSON.parse(text) as Manifest,
    () => null,
  );
  const plain = Buffer.from(html);
  if (!manifest?.['index.html']) return { page: () => plain };

  const entry = closure(manifest, 'index.html');
  const variants = new Map<string, Buffer>();
  return {
    page(pathname, acceptLanguage) {
      const lang = pageLanguage(undefined, acceptLanguage);
      const key = `${firstPages[pathname] ?? ''}|${lang}`;
      let page = variants.get(key);
      if (!page) {
        const ahead = new Set<string>();
        for (const source of [languageChunks[lang], firstPages[pathname]]) {
          if (source && manifest[source]) for (const chunk of closure(manifest, source)) if (!entry.has(chunk)) ahead.add(chunk);
        }
        const links = [...ahead].map((chunk) => `<link rel="modulepreload" crossorigin href="/${manifest[chunk]!.file}">`).join('\n    ');
        page = Buffer.from(links ? html.replace('</head>', `  ${links}\n  </head>`) : html);
        variants.set(key, page);
      }
      return page;
    },
  };
}

/** A chunk and everything it imports statically, transitively (what the browser fetches before running it). */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  if (into.has(key) || !manifest[key]) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, into);
  return into;
}
