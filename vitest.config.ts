import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/helpers/sequencer.js';

// GAVEL_TEST_HARNESS=per-file brings back the API test harness before the
// templates (a fresh module graph and the demo loaded per file, files in
// vitest's own order), only for `npm run bench:harness` to compare the two.
const perFile = process.env.GAVEL_TEST_HARNESS === 'per-file';

const unitFolders = ['src', 'web/src', 'scripts'];
/** Unit test files that replace a module (vi.mock): each runs with modules of its own. */
const mockedUnitFiles = unitFolders.map((folder) => `${folder}/**/*.mocked.test.ts`);

export default defineConfig({
  test: {
    // The longest API test files start first (tests/helpers/sequencer.ts).
    ...(perFile ? {} : { sequence: { sequencer: LongestFirst } }),
    projects: [
      {
        test: {
          name: 'unit',
          include: unitFolders.map((folder) => `${folder}/**/*.test.ts`),
          exclude: ['**/node_modules/**', ...mockedUnitFiles],
          environment: 'node',
          // Two workers on two cores (vitest's default is one fewer than the cores:
          // one); the solver's long files start first (tests/helpers/sequencer.ts).
          maxWorkers: 2,
          // A worker imports a module once for all the files it runs: importing
          // the same modules afresh for each of the 95 files was 40 % of the
          // project's time. A file that replaces a module (vi.mock) is named
          // *.mocked.test.ts and runs in 'unit-mocked', with its own modules.
          isolate: false,
        },
      },
      {
        test: {
          name: 'unit-mocked',
          include: mockedUnitFiles,
          environment: 'node',
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'api',
          include: ['tests/api/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file opens its own databases, copies of templates made once per run.
          globalSetup: ['tests/helpers/templates.ts'],
          // Every file runs PGlite then PostgreSQL (describe.each(engines)): a
          // PGlite harness has its PostgreSQL copy made ahead (tests/helpers/database.ts).
          provide: { gavelPostgresFollows: true },
          // Two workers on two cores.
          maxWorkers: 2,
          // A worker imports the server once for all the files it runs (importing
          // it per file was most of a file's time once the databases were copies).
          // Each file still has its own app and databases; the server's
          // module-level state is caches only (docs/decisions/tests-template-databases.md).
          isolate: perFile,
        },
      },
      {
        test: {
          // Gavel's outputs handed to real clients and the standards' own
          // schemas (LibreOffice, qpdf, poppler, xmllint, ical.js, Redocly):
          // tests/interop. LibreOffice is slow to start: generous timeouts.
          name: 'interop',
          include: ['tests/interop/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // Real app processes killed, cut off from their database, started
          // together (tests/chaos): one file at a time, the machine to itself.
          name: 'chaos',
          include: ['tests/chaos/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two files at a time, each with its own app, database copy and
          // Chromium: a browser test waits on pages much of its time (loads,
          // network idle), which the other file fills. A worker imports the
          // server once for the files it runs, as in the API project.
          maxWorkers: 2,
          isolate: perFile,
          // The browser tests use the embedded database; the meeting room's also
          // PostgreSQL when TEST_DATABASE_URL is set (tests/e2e/room.test.ts).
          globalSetup: ['tests/helpers/templates.ts'],
          // Every harness opens the demo with its files (helpers/browser.ts): no other template.
          provide: { gavelTemplateEngines: ['pglite', 'postgres'], gavelTemplateNames: ['demo-files'] },
        },
      },
    ],
  },
});
