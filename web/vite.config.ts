import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Built from the repo root (`vite build --config web/vite.config.ts`); the
// server serves dist/web and answers index.html for every non-/api path.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    react(),
    // Each file also as .br and .gz beside it: the server sends the one the
    // browser accepts (preCompressed in src/server/http/web-files.ts), a
    // third to a fifth of the bytes, compressed once at build, not per request.
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.vite\//, /index\.html$/], threshold: 1024, logLevel: 'silent' }),
  ],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Every page is its own chunk (App.tsx); the largest left are ECharts and
    // the rich-text editor, each with the pages that use them.
    chunkSizeWarningLimit: 600,
    // dist/web/.vite/manifest.json: scripts/check-bundle.mjs reads it to
    // weigh each route's first load (npm run check:bundle).
    manifest: true,
    rolldownOptions: {
      // Rolldown warns when plugins take much of a build; here that is the
      // brotli and gzip copies above, made once at build on purpose: a
      // warning on every `npm start` would only alarm a newcomer.
      checks: { bundlerTimings: false },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
