#!/usr/bin/env node
/**
 * Migrations match the schema: drizzle-kit generates from the schema files
 * into a copy of drizzle/, and any new migration there means a schema change
 * was made without its migration (or a migration edited by hand). Run by
 * `npm test`; the fix is `npm run db:generate -- --name=<what changed>`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'gavel-migrations-'));
try {
  const out = join(work, 'drizzle');
  cpSync(join(root, 'drizzle'), out, { recursive: true });
  const config = join(work, 'drizzle.config.ts');
  writeFileSync(
    config,
    `import base from ${JSON.stringify(join(root, 'drizzle.config.ts'))};\n` +
      // drizzle-kit takes the output folder relative to where it runs.
      `export default { ...base, schema: ${JSON.stringify('SCHEMA')}, out: ${JSON.stringify(relative(root, out))} };\n`.replace(
        JSON.stringify('SCHEMA'),
        'Array.isArray(base.schema) ? base.schema.map((s) => new URL(s, ' +
          JSON.stringify(`file://${root}/`) +
          ').pathname) : new URL(base.schema, ' +
          JSON.stringify(`file://${root}/`) +
          ').pathname',
      ),
  );
  const before = new Set(readdirSync(out));
  // drizzle-kit can fail and still exit 0: its words are checked too.
  const log = execFileSync(join(root, 'node_modules/.bin/drizzle-kit'), ['generate', `--config=${config}`, '--name=unexpected'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const added = readdirSync(out).filter((f) => !before.has(f));
  if (added.length) {
    console.error(`The schema differs from the migrations: drizzle-kit would write ${added.join(', ')}.`);
    console.error('Generate the migration: npm run db:generate -- --name=<what changed>');
    process.exit(1);
  }
  if (!/No schema changes/.test(log)) {
    console.error(`drizzle-kit did not confirm the schema matches:\n${log}`);
    process.exit(1);
  }
  console.log(`Migrations match the schema (${[...before].filter((f) => f.endsWith('.sql')).length} migrations).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
