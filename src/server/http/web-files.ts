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

/** The options of @fastify/static for dist/web. */
export function webFileOptions(root: string): FastifyStaticOptions {
  const assets = join(resolve(root), 'assets') + sep;
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
