/**
 * Logical backups, the same format from either engine and into either engine
 * (docs/decisions/0007-backups.md). One line of JSON each (newline-delimited,
 * gzipped by the caller):
 *
 *   {"gavelBackup":1,"takenAt":…,"engine":…,"migrations":[{hash,createdAt}…]}
 *   {"table":"meetings","columns":[…]}          then one line per row:
 *   {"r":{…the row as to_jsonb…}}                 (bytea as "\\x…" hex)
 *   {"sequences":[{"name":…,"lastValue":…,"isCalled":…}…]}
 *   {"end":{"tables":n,"rows":n}}                  (a file without it was cut short)
 *
 * Taken in one REPEATABLE READ, READ ONLY transaction: a consistent snapshot
 * while the app keeps writing (on PGlite, whose one connection the
 * transaction holds, the app waits meanwhile). Restored by inserting through
 * jsonb_populate_recordset, so each value goes through its type's input
 * function exactly as PostgreSQL printed it.
 */
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from './types.js';
import { rowsOf } from './migrations.js';

export const BACKUP_FORMAT = 1;

export interface BackupHeader {
  gavelBackup: number;
  takenAt: string;
  engine: string;
  /** The migrations applied to the database backed up, oldest first. */
  migrations: Array<{ hash: string; createdAt: number }>;
}

export interface BackupSummary {
  tables: number;
  rows: number;
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function query<T>(db: DbOrTx, text: string): Promise<T[]> {
  return rowsOf<T>(await db.execute(sql.raw(text)));
}

/** The public schema's tables, and for each its stored (not generated) columns in order. */
export async function tablesOf(db: DbOrTx): Promise<Array<{ table: string; columns: string[]; generated: string[] }>> {
  const rows = await query<{ table: string; column: string; generated: boolean }>(
    db,
    `select c.relname as table, a.attname as column, a.attgenerated <> '' as generated
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where c.relkind in ('r', 'p')
      order by c.relname, a.attnum`,
  );
  const byTable = new Map<string, { table: string; columns: string[]; generated: string[] }>();
  for (const r of rows) {
    const entry = byTable.get(r.table) ?? { table: r.table, columns: [], generated: [] };
    (r.generated ? entry.generated : entry.columns).push(r.column);
    byTable.set(r.table, entry);
  }
  return [...byTable.values()];
}

async function sequencesOf(db: DbOrTx): Promise<Array<{ name: string; lastValue: string; isCalled: boolean }>> {
  const names = await query<{ name: string }>(
    db,
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public' where c.relkind = 'S' order by 1`,
  );
  const out = [];
  for (const { name } of names) {
    const [row] = await query<{ lastValue: string; isCalled: boolean }>(
      db,
      `select last_value::text as "lastValue", is_called as "isCalled" from public.${ident(name)}`,
    );
    out.push({ name, ...row! });
  }
  return out;
}

/** Rows per fetch: about 8 MB of JSON a batch, whatever the rows' size (files are stored in rows). */
const BATCH_BYTES = 8 * 2 ** 20;

/**
 * Writes the whole database as backup lines through `emit` (awaited: the
 * caller's backpressure), in one consistent snapshot.
 */
export async function dumpDatabase(db: Db, engine: string, emit: (line: string) => Promise<void>): Promise<BackupSummary> {
  return db.transaction(
    async (tx) => {
      await tx.execute(sql`set local bytea_output = 'hex'`);
      await tx.execute(sql`set local extra_float_digits = 3`);
      await tx.execute(sql`set local timezone = 'UTC'`);
      const migrations = (
        await query<{ hash: string; createdAt: string }>(
          tx,
          `select hash, created_at::text as "createdAt" from drizzle.__drizzle_migrations order by created_at`,
        )
      ).map((m) => ({ hash: m.hash, createdAt: Number(m.createdAt) }));
      const header: BackupHeader = { gavelBackup: BACKUP_FORMAT, takenAt: new Date().toISOString(), engine, migrations };
      await emit(JSON.stringify(header));
      const tables = await tablesOf(tx);
      let rows = 0;
      for (const { table, columns, generated } of tables) {
        await emit(JSON.stringify({ table, columns }));
        const strip = generated.length ? ` - array[${generated.map((g) => `'${g.replaceAll("'", "''")}'`).join(', ')}]::text[]` : '';
        await tx.execute(sql.raw(`declare gavel_dump no scroll cursor for select (to_jsonb(t)${strip})::text as row from public.${ident(table)} t`));
        let batch = 100;
        for (;;) {
          const fetched = await query<{ row: string }>(tx, `fetch ${batch} from gavel_dump`);
          let bytes = 0;
          for (const { row } of fetched) {
            bytes += row.length;
            await emit(`{"r":${row}}`);
          }
          rows += fetched.length;
          if (fetched.length < batch) break;
          batch = Math.max(1, Math.min(5_000, Math.floor(BATCH_BYTES / Math.max(1, bytes / fetched.length))));
        }
        await tx.execute(sql`close gavel_dump`);
      }
      await emit(JSON.stringify({ sequences: await sequencesOf(tx) }));
      const summary = { tables: tables.length, rows };
      await emit(JSON.stringify({ end: summary }));
      return summary;
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

export class BackupUnusable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupUnusable';
  }
}

/** Reads and checks a backup's first line. */
export function parseHeader(line: string | undefined): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line ?? '') as BackupHeader;
  } catch {
    throw new BackupUnusable('This is not a Gavel backup (its first line is not JSON).');
  }
  if (header.gavelBackup !== BACKUP_FORMAT) {
    throw new BackupUnusable(`This is not a Gavel backup of format ${BACKUP_FORMAT} (found ${JSON.stringify(header.gavelBackup)}).`);
  }
  return header;
}

/**
 * Loads a backup's rows into a database migrated to the backup's own
 * migrations and holding no rows, in one transaction: foreign keys are
 * dropped for the load and added back after (which checks them all), the
 * sequences set where they were.
 */
export async function loadRows(db: Db, lines: AsyncIterable<string>): Promise<BackupSummary> {
  return db.transaction(async (tx) => {
    const known = new Map((await tablesOf(tx)).map((t) => [t.table, t]));
    const foreignKeys = await query<{ table: string; name: string; definition: string }>(
      tx,
      `select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as definition
         from pg_constraint c join pg_namespace n on n.oid = c.connamespace and n.nspname = 'public'
        where c.contype = 'f'`,
    );
    for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.table} drop constraint ${ident(fk.name)}`));

    let current: { table: string; columns: string[] } | null = null;
    let pending: string[] = [];
    let pendingBytes = 0;
    let rows = 0;
    let tables = 0;
    let ended: BackupSummary | null = null;
    const flush = async () => {
      if (!current || pending.length === 0) return;
      const cols = current.columns.map(ident).join(', ');
      await tx.execute(
        sql`${sql.raw(`insert into public.${ident(current.table)} (${cols}) overriding system value select ${cols} from jsonb_populate_recordset(null::public.${ident(current.table)}, `)}${`[${pending.join(',')}]`}::jsonb)`,
      );
      rows += pending.length;
      pending = [];
      pendingBytes = 0;
    };
    for await (const line of lines) {
      if (line === '') continue;
      if (line.startsWith('{"r":')) {
        if (!current) throw new BackupUnusable('A row comes before any table.');
        const row = line.slice(5, -1);
        pending.push(row);
        pendingBytes += row.length;
        if (pending.length >= 1_000 || pendingBytes >= BATCH_BYTES) await flush();
        continue;
      }
      await flush();
      const item = JSON.parse(line) as {
        table?: string;
        columns?: string[];
        sequences?: Array<{ name: string; lastValue: string; isCalled: boolean }>;
        end?: BackupSummary;
      };
      if (item.table !== undefined) {
        const target = known.get(item.table);
        if (!target) throw new BackupUnusable(`The backup has a table this database lacks: ${item.table}.`);
        const missing = item.columns!.filter((c) => !target.columns.includes(c));
        if (missing.length) throw new BackupUnusable(`The backup's table ${item.table} has columns this database lacks: ${missing.join(', ')}.`);
        current = { table: item.table, columns: item.columns! };
        tables++;
      } else if (item.sequences) {
        for (const s of item.sequences) {
          await tx.execute(sql`select setval(${`public.${ident(s.name)}`}::regclass, ${s.lastValue}::bigint, ${s.isCalled})`);
        }
      } else if (item.end) {
        ended = item.end;
      }
    }
    await flush();
    if (!ended) throw new BackupUnusable('The backup is cut short (no end line): it was not restored.');
    if (ended.rows !== rows || ended.tables !== tables) {
      throw new BackupUnusable(`The backup says ${ended.tables} tables and ${ended.rows} rows; ${tables} and ${rows} were read: it was not restored.`);
    }
    for (const fk of foreignKeys) await tx.execute(sql.raw(`alter table ${fk.table} add constraint ${ident(fk.name)} ${fk.definition}`));
    return { tables, rows };
  });
}
