/**
 * Test databases: an in-memory PGlite always, and a fresh PostgreSQL database
 * (created for the test file, dropped afterwards) when TEST_DATABASE_URL is set.
 *
 * Each opens as a copy of a template made once per test run by
 * `templates.ts` (vitest's global setup): PostgreSQL clones it with
 * `CREATE DATABASE … TEMPLATE`, PGlite starts from its data folder's tarball.
 * Without the global setup (a script outside vitest) the database is built
 * the long way, to the same content.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database, type Db, type Engine } from '../../src/server/db/client.js';
import { loadDemo } from '../../src/server/demo/index.js';
import { moduleSeeds } from '../../src/server/demo/modules.js';
import { documentFilesSeed } from '../../src/server/documents/demo/files.js';

export const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/**
 * What a new test database holds: the migrated schema only; the demo data set
 * without the documents' files; or the whole demo, files included (about a
 * second of CPU more to make, so only the tests that look at them ask).
 */
export type Template = 'migrated' | 'demo' | 'demo-files';
export const templateNames: Template[] = ['migrated', 'demo', 'demo-files'];

/** Where this run's templates are: PGlite tarballs' paths, PostgreSQL database names. */
export interface Templates {
  pglite?: Partial<Record<Template, string>>;
  postgres?: Partial<Record<Template, string>>;
  /** The run's name, in its PostgreSQL test databases' names. */
  run?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the global setup (tests/helpers/templates.ts). */
    gavelTemplates: Templates;
    /** Which engines a project's global setup makes templates for; all of `engines` when unset. */
    gavelTemplateEngines: Engine[];
    /**
     * Which templates a project's global setup makes ('migrated', the base of
     * the others, always); all of `templateNames` when unset. A file asking for
     * one not made fills its own database (openTestDatabase).
     */
    gavelTemplateNames: Template[];
    /**
     * The project's files that open a PGlite harness open a PostgreSQL one
     * after it (describe.each(engines), PGlite first): the harness has that
     * copy made ahead (`postgresFollows`). Unset: no copy is made ahead.
     */
    gavelPostgresFollows: boolean;
  }
}

/** Brings a migrated database to a template's content; the templates are made this way. */
export async function fill(db: Db, template: Template): Promise<void> {
  if (template === 'demo')
    await loadDemo(
      db,
      moduleSeeds.filter((s) => s !== documentFilesSeed),
    );
  if (template === 'demo-files') await loadDemo(db);
}

export interface TestDatabase extends Database {
  /** The PostgreSQL URL of this test database, when it is one. */
  url?: string;
  dispose(): Promise<void>;
}

function providedTemplates(): Templates | undefined {
  try {
    return inject('gavelTemplates');
  } catch {
    return undefined; // not inside a vitest worker
  }
}

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** The URL of another database on the TEST_DATABASE_URL server. */
export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** A connection to the TEST_DATABASE_URL server for creating and dropping databases. */
export async function connectAdmin(): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: adminUrl() });
  admin.on('error', () => {}); // its queries fail if it is cut; the event must not end the test run
  await admin.connect();
  return admin;
}

/**
 * A template's tarball as PGlite reads it: PGlite only asks a `loadDataDir`
 * for its bytes (`arrayBuffer()`), and Node's own Blob copies them in when made
 * and again, in chunks, when read — about half of the CPU of opening a 40 MB
 * data folder. This one hands over the bytes read once per worker; PGlite
 * copies each file out of them and never writes to them.
 */
class TarballBlob extends Blob {
  constructor(private readonly contents: ArrayBuffer) {
    super([]);
  }
  override get size() {
    return this.contents.byteLength;
  }
  override arrayBuffer() {
    return Promise.resolve(this.contents);
  }
}

/**
 * A test database's shared buffers on PGlite: setting up PostgreSQL's default
 * 128 MB was two thirds of opening the demo in memory (about 0.4 s against
 * 0.8–1.3 s a copy, 2026-12-06), and a copy holds about 40 MB.
 */
export const testSharedBuffers = '32MB';

/** Each template's tarball, read once by the worker, which runs many test files in one module graph. */
const tarballs = new Map<string, Promise<ArrayBuffer>>();

function tarball(path: string): Promise<TarballBlob> {
  let bytes = tarballs.get(path);
  if (!bytes) {
    bytes = readFile(path).then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    tarballs.set(path, bytes);
  }
  return bytes.then((b) => new TarballBlob(b));
}

/** A PostgreSQL test database's name: the run's, so that its teardown finds those left behind. */
export const testDatabasePrefix = (run: string) => `gavel_test_${run}_`;

/** A new PostgreSQL database named with `prefix`: a copy of the template `source`, or empty. */
async function createDatabase(prefix: string, source?: string): Promise<string> {
  const name = `${prefix}${randomBytes(6).toString('hex')}`;
  const admin = await connectAdmin();
  try {
    await admin.query(source ? `create database ${name} template ${source}` : `create database ${name}`);
  } finally {
    await admin.end();
  }
  return name;
}

async function dropDatabase(name: string): Promise<void> {
  try {
    const admin = await connectAdmin();
    try {
      await admin.query(`drop database if exists ${name} with (force)`);
    } finally {
      await admin.end();
    }
  } catch {
    // Left for the run's teardown.
  }
}

/**
 * Copies of a template made ahead, by the worker: a PostgreSQL server takes a
 * second or more to copy a template, time a test file spent waiting. A file
 * that opens a PGlite database saying `postgresFollows` (the harness, in a
 * project whose files run each engine in turn, PGlite first: the API
 * project) has its PostgreSQL copy started then, made while its PGlite tests
 * run, and takes it when it opens that engine. Only a file that will take a
 * copy has one made.
 */
const spareCopies = new Map<string, Array<Promise<string>>>();

function copyAhead(source: string, run: string): void {
  const copy = createDatabase(testDatabasePrefix(run), source);
  copy.catch(() => {}); // its failure is the taker's
  spareCopies.set(source, [...(spareCopies.get(source) ?? []), copy]);
}

/** Whether the project's files follow each PGlite harness with a PostgreSQL one (vitest.config.ts). */
export function postgresFollowsInProject(): boolean {
  try {
    return inject('gavelPostgresFollows') === true;
  } catch {
    return false; // not inside a vitest worker
  }
}

/** Copies made ahead and not taken yet. */
export function copiesAhead(): number {
  return [...spareCopies.values()].reduce((n, copies) => n + copies.length, 0);
}

function takeCopy(source: string, run: string): Promise<string> {
  return spareCopies.get(source)?.shift() ?? createDatabase(testDatabasePrefix(run), source);
}

export interface OpenOptions {
  /** A PGlite open that the same file follows with a PostgreSQL one of the same template: its copy starts now. */
  postgresFollows?: boolean;
}

export async function openTestDatabase(engine: Engine, template: Template = 'migrated', options: OpenOptions = {}): Promise<TestDatabase> {
  const templates = providedTemplates();
  const run = templates?.run;
  const source = run ? templates?.postgres?.[template] : undefined;
  if (engine === 'pglite') {
    if (options.postgresFollows && source && run) copyAhead(source, run);
    const path = templates?.pglite?.[template];
    let database: Database;
    if (path) {
      database = await openDatabase({ memory: true, loadDataDir: await tarball(path) }, { sharedBuffers: testSharedBuffers });
    } else {
      database = await openDatabase({ memory: true }, { sharedBuffers: testSharedBuffers });
      await database.migrate();
      await fill(database.db, template);
    }
    return { ...database, dispose: () => database.close() };
  }
  // Without templates (GAVEL_TEST_HARNESS=per-file, or outside vitest): an empty database, migrated and filled here.
  const name = source && run ? await takeCopy(source, run) : await createDatabase('gavel_test_');
  const url = databaseUrl(name);
  const database = await openDatabase({ url });
  if (!source) {
    await database.migrate();
    await fill(database.db, template);
  }
  return {
    ...database,
    url,
    dispose: async () => {
      await database.close();
      // A copy is dropped while the next file runs; what is left when the run
      // ends, the global setup's teardown drops (templates.ts). Without
      // templates there is no teardown: dropped before the file ends.
      const dropped = dropDatabase(name);
      if (!source) await dropped;
    },
  };
}
