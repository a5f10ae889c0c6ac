/**
 * `npm run bench:search`: a generated bilingual corpus (titles plus a page or
 * two of text each) ingested in batches, then p50/p95 latency of diacritic-free
 * searches as staff (no confidentiality filter) and as a journalist (the
 * filter), on PostgreSQL (BENCH_DATABASE_URL, default the local server's
 * `test` database, in a scratch database dropped afterwards) and on PGlite.
 * BENCH_DOCS sets the corpus size (default 100000).
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { openDatabase, type Database } from '../src/server/db/client.js';
import { meetings } from '../src/server/db/schema.js';
import { loadDemo } from '../src/server/demo/index.js';
import { documents } from '../src/server/documents/schema.js';
import { listDocuments } from '../src/server/documents/queries.js';
import { searchTextOf } from '../src/server/search/normalize.js';
import { confidentialities, documentStatuses, documentTypes, pillars } from '../src/server/documents/vocabulary.js';

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const BATCH = 1_000;

const viWords = 'hợp tác khu vực an ninh biển kinh tế số phục hồi bền vững y tế giáo dục thanh niên phụ nữ hòa bình ổn định phát triển chuyển đổi năng lượng môi trường thương mại đầu tư du lịch văn hóa nông nghiệp lương thực thiên tai ứng phó'.split(' ');
const enWords = 'cooperation regional security maritime economic digital recovery sustainable health education youth women peace stability development transformation energy environment trade investment tourism culture agriculture food disaster response connectivity resilience'.split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(42);
const pickOf = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
const words = (list: string[], n: number) => Array.from({ length: n }, () => pickOf(list)).join(' ');

// Body text from a large pseudo-vocabulary (syllable pairs), so that the topical
// title words are selective as in real documents rather than in every text.
const syllables = 'an ba binh cao cong da dan dong du gia hai hoa hung khanh kim lam lan linh long mai minh nam ngoc nhan phong phuc quang son tam tan thanh thien thu tien trung tuan van viet xuan yen'.split(' ');
const enStems = 'act bal cap dev eng fram gov hum inf jur lab man net obj pol reg str tech util val'.split(' ');
const bodyVocabulary = [
  ...syllables.flatMap((a) => syllables.map((b) => `${a}${b}`)),
  ...enStems.flatMap((a) => enStems.map((b) => `${a}${b}ion`)),
];

function doc(i: number, meetingIds: number[]) {
  const titleEn = `Declaration on ${words(enWords, 3)} ${i}`;
  const titleVi = `Tuyên bố về ${words(viWords, 4)} ${i}`;
  const text = words(bodyVocabulary, 500);
  const referenceCode = `BENCH/${i}`;
  return {
    referenceCode,
    titleEn,
    titleVi,
    type: pickOf(documentTypes),
    pillar: pickOf(pillars),
    actingMeetingId: pickOf(meetingIds),
    intendedAction: 'adopt',
    status: pickOf(documentStatuses),
    confidentiality: pickOf(confidentialities),
    searchText: searchTextOf([referenceCode, titleEn, titleVi, text]),
  };
}

const queries = ['an ninh bien', 'digital transformation', 'phuc hoi ben vung', 'women peace', 'thien tai ung pho', 'energy environment', 'kinh te so', 'hop tac du lich'];
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function run(database: Database) {
  await database.migrate();
  await loadDemo(database.db);
  const meetingIds = (await database.db.select({ id: meetings.id }).from(meetings)).map((m) => m.id);
  const started = performance.now();
  for (let i = 0; i < DOCS; i += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, DOCS - i) }, (_, k) => doc(i + k, meetingIds));
    await database.db.insert(documents).values(rows);
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  const out: Record<string, number> = { ingestPerSecond: Math.round(DOCS / ingestSeconds) };
  const staff = { userId: 1, roles: ['secretariat' as const] };
  for (const [who, viewer] of [['staff', staff], ['journalist', null]] as const) {
    for (let w = 0; w < 10; w++) await listDocuments(database.db, viewer, { q: queries[w % queries.length], limit: 20, offset: 0 });
    const times: number[] = [];
    for (let n = 0; n < QUERIES; n++) {
      const t0 = performance.now();
      await listDocuments(database.db, viewer, { q: queries[n % queries.length], limit: 20, offset: 0 });
      times.push(performance.now() - t0);
    }
    out[`${who}P50`] = Number(quantile(times, 0.5).toFixed(1));
    out[`${who}P95`] = Number(quantile(times, 0.95).toFixed(1));
  }
  return out;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB`;
console.log(`bench:search — ${DOCS} documents, ${QUERIES} queries per audience; ${machine}; ${new Date().toISOString()}`);

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `gavel_bench_${randomBytes(4).toString('hex')}`;
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
try {
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const pg = await openDatabase({ url: url.toString() });
  try {
    console.log('postgres', await run(pg));
  } finally {
    await pg.close();
  }
} catch (err) {
  console.log('postgres skipped:', (err as Error).message);
} finally {
  await admin.unsafe(`drop database if exists ${name} with (force)`).catch(() => {});
  await admin.end();
}
if (process.env.BENCH_SKIP_PGLITE !== 'true') {
  const lite = await openDatabase({ memory: true });
  try {
    console.log('pglite', await run(lite));
  } finally {
    await lite.close();
  }
}
