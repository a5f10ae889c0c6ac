/**
 * How the built web's files are sent. Vite names every script and style
 * sheet under /assets/ after its content (index-DJV7Yc4O.js), so a file
 * there never changes under its name: browsers, proxies and CDNs may keep it
 * a year without asking again, and a visitor's second page or second visit
 * loads no code. Other files (the favicon) are asked again each time (304s).
 * Each text file also lies beside itself as .br and .gz (web/vite.config.ts):
 * the one the browser accepts is sent, and caches keep each apart (Vary).
 */
import type { FastifyStaticOptions } from '@fastify/static';
import { join, resolve, sep } from 'node:path';

/** Vite's folder for the built scripts and styles, under dist/web and in the address. */
const ASSETS = 'assets';

/** The options of @fastify/static for dist/web. */
export function webFileOptions(root: string): FastifyStaticOptions {
  const assets = join(resolve(root), ASSETS) + sep;
  return {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    // Cache-Control is this module's, not the plugin's (it would write max-age=0 over it).
    cacheControl: false,
    setHeaders: (res, path) => {
      const hashed = resolve(path).startsWith(assets);
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0');
      res.setHeader('vary', 'accept-encoding');
    },
  };
}

/**
 * Whether a request's path (decoded, lower-case) names a file — a built
 * script or style, an image, a source map… — rather than a page of the app.
 * A missing one is a 404 (the not-found handler, app.ts): the app's page in
 * its place would reach a browser that asked for a script (an old page's
 * chunk after a deploy) as HTML, with 200.
 */
export function namesFile(path: string): boolean {
  return path.startsWith(`/${ASSETS}/`) || /\.(?:m?js|css|map|png|jpe?g|gif|svg|ico|webp|avif|woff2?|ttf|otf|json|txt|xml|webmanifest|wasm|br|gz)$/.test(path);
}
