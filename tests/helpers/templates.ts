/**
 * Vitest global setup: the test databases' templates, made once per run so
 * that no test file migrates or loads the demo itself (see database.ts).
 *
 * - PostgreSQL (when TEST_DATABASE_URL is set): databases named
 *   `gavel_template_<run>_<template>`, marked as templates and closed to
 *   connections, dropped when the run ends. Each test file's database is a
 *   `CREATE DATABASE … TEMPLATE` copy.
 * - PGlite: the data folder of a database in each state as a tarball
 *   (`dumpDataDir`), in a temporary folder removed when the run ends. Each
 *   test file's database starts in memory from it (`loadDataDir`).
 *
 * 'demo' and 'demo-files' are each loaded from 'migrated' by the same calls
 * the tests made before (`fill`), so a test sees what it saw then.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.js';
import { openPglite, type PgliteDatabase } from '../../src/server/db/pglite.js';
import { connectAdmin, databaseUrl, engines, fill, templateNames, testDatabasePrefix, testSharedBuffers, type Template, type Templates } from './database.js';

/**
 * A copy needs the log from the last checkpoint's redo point to where it was
 * writing; PostgreSQL also keeps recycled segments (16 MB each) ready for later
 * writes, which a copy makes anew when it gets there. Left out of the tarball,
 * there is that much less for every test file to unpack.
 */
async function dropSpareLog(database: PgliteDatabase) {
  const { rows } = await database.client.query<{ dir: string; redo: string; current: string }>(
    `select current_setting('data_directory') as dir, redo_wal_file as redo, pg_walfile_name(pg_current_wal_insert_lsn()) as current from pg_control_checkpoint()`,
  );
  const { dir, redo, current } = rows[0]!;
  const fs = database.client.Module.FS;
  for (const name of fs.readdir(`${dir}/pg_wal`)) {
    if (/^[0-9A-F]{24}$/.test(name) && (name < redo || name > current)) fs.unlink(`${dir}/pg_wal/${name}`);
  }
}

async function dumpTo(database: PgliteDatabase, file: string): Promise<string> {
  // A checkpoint first, so a copy starts without replaying the log.
  await database.client.exec('checkpoint');
  await dropSpareLog(database);
  const tarball = await database.client.dumpDataDir('none');
  await writeFile(file, Buffer.from(await tarball.arrayBuffer()));
  return file;
}

async function pgliteTemplates(folder: string, templates: Template[]): Promise<Partial<Record<Template, string>>> {
  const migrated = await openPglite({ memory: true }, { sharedBuffers: testSharedBuffers });
  let base: string;
  try {
    await migrated.migrate();
    base = await dumpTo(migrated, join(folder, 'migrated.tar'));
  } finally {
    await migrated.close();
  }
  const paths: Partial<Record<Template, string>> = { migrated: base };
  const migratedTarball = await readFile(base);
  for (const template of templates.filter((t) => t !== 'migrated')) {
    // Each from the migrated state, as a test file's database was filled before.
    const database = await openPglite({ memory: true, loadDataDir: new Blob([migratedTarball]) }, { sharedBuffers: testSharedBuffers });
    try {
      await fill(database.db, template);
      paths[template] = await dumpTo(database, join(folder, `${template}.tar`));
    } finally {
      await database.close();
    }
  }
  return paths;
}

/** The templates, and the test databases the workers copied from them and left (made ahead, or not dropped yet). */
async function dropPostgresTemplates(names: string[], run: string) {
  if (!names.length) return;
  const sql = await connectAdmin();
  try {
    const { rows } = await sql.query<{ name: string }>(`select datname as name from pg_database where starts_with(datname, $1)`, [testDatabasePrefix(run)]);
    for (const { name } of rows) await sql.query(`drop database if exists ${name} with (force)`);
    for (const name of names) {
      await sql.query(`alter database ${name} with is_template false`).catch(() => {}); // a template cannot be dropped
      await sql.query(`drop database if exists ${name} with (force)`);
    }
  } finally {
    await sql.end();
  }
}

/** Makes the templates; `created` collects the names, so a failure half-way still drops them. */
async function postgresTemplates(run: string, created: string[], templates: Template[]): Promise<Partial<Record<Template, string>>> {
  const names = Object.fromEntries(templates.map((t) => [t, `gavel_template_${run}_${t.replace('-', '_')}`])) as Record<Template, string>;
  const sql = await connectAdmin();
  try {
    for (const template of templates) {
      const name = names[template];
      await sql.query(template === 'migrated' ? `create database ${name}` : `create database ${name} template ${names.migrated}`);
      created.push(name);
      const database = await openDatabase({ url: databaseUrl(name) });
      try {
        if (template === 'migrated') await database.migrate();
        else await fill(database.db, template);
      } finally {
        await database.close();
      }
    }
    // Nobody may change a template while the run copies it.
    for (const name of created) await sql.query(`alter database ${name} with is_template true allow_connections false`);
  } finally {
    await sql.end();
  }
  return names;
}

export default async function setup(project: TestProject) {
  // The harness before the templates, for `npm run bench:harness` only: no
  // templates, so every file migrates and loads the demo itself (database.ts).
  if (process.env.GAVEL_TEST_HARNESS === 'per-file') return;
  const context = project.getProvidedContext();
  const wantedEngines = context.gavelTemplateEngines ?? engines;
  // 'migrated' first: the others are made from it.
  const wantedTemplates = templateNames.filter((t) => t === 'migrated' || (context.gavelTemplateNames ?? templateNames).includes(t));
  const run = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const folder = await mkdtemp(join(tmpdir(), 'gavel-templates-'));
  const started = Date.now();
  // PGlite works in this process, PostgreSQL mostly in its server: side by side.
  const created: string[] = [];
  const [pglite, pg] = await Promise.allSettled([
    wantedEngines.includes('pglite') ? pgliteTemplates(folder, wantedTemplates) : Promise.resolve(undefined),
    wantedEngines.includes('postgres') && engines.includes('postgres') ? postgresTemplates(run, created, wantedTemplates) : Promise.resolve(undefined),
  ]);
  const teardown = async () => {
    try {
      await dropPostgresTemplates(created, run);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
  if (pglite.status === 'rejected' || pg.status === 'rejected') {
    await teardown().catch(() => {});
    throw pglite.status === 'rejected' ? pglite.reason : (pg as PromiseRejectedResult).reason;
  }
  const templates: Templates = { pglite: pglite.value, postgres: pg.value, run };
  project.provide('gavelTemplates', templates);
  if (process.env.GAVEL_TEMPLATE_TIMING) console.log(`test database templates made in ${Date.now() - started} ms`);
  return teardown;
}
