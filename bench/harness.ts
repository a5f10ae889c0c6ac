/**
 * `npm run bench:harness`: the API test suite's wall and CPU time with the
 * test harness as it is (template databases copied per file, one module graph
 * per worker) against the harness before it (every file migrates and loads
 * the demo into its own databases, in a fresh module graph), on the same test
 * files, one run after the other. Issue 13 asks for the suite's wall time
 * halved; this is the ratio measured in one run.
 *
 * The old harness is `GAVEL_TEST_HARNESS=per-file` (vitest.config.ts and
 * tests/helpers/templates.ts); the tests themselves are the same files.
 * Both engines when TEST_DATABASE_URL is set, as `npm test` runs them.
 *
 * BENCH_HARNESS_EVERY (default 1): time every n-th API test file only (sorted
 * by name), to keep the old harness's run short; the same files both ways.
 * BENCH_HARNESS_ONLY=templates (or per-file): run that harness only, to time
 * a change to it while working on it; the ratio needs both.
 * CPU is the user + system time of the vitest process tree (PostgreSQL's own
 * CPU is not in it). Run it alone: on two cores any other work doubles it.
 * vitest's cache of earlier timings is off in both runs, so neither's order of
 * files depends on what ran before (tests/helpers/sequencer.ts).
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const every = Math.max(1, Number(process.env.BENCH_HARNESS_EVERY ?? 1));
const files = readdirSync(resolve(root, 'tests/api'))
  .filter((f) => f.endsWith('.test.ts'))
  .sort()
  .filter((_, i) => i % every === 0)
  .map((f) => `tests/api/${f}`);

interface Run {
  harness: string;
  wallS: number;
  cpuS: number;
  load: [number, number];
  summary: string;
  ok: boolean;
}

/**
 * The children's user + system seconds from bash's `times`, which prints the
 * shell's own line ("0m0.01s 0m0.00s"), then its children's: the last such
 * line in the output (stderr may interleave; the decimal mark follows the locale).
 */
function childrenCpuSeconds(output: string): number {
  const lines = [...output.matchAll(/^(\d+)m(\d+[.,]\d+)s (\d+)m(\d+[.,]\d+)s$/gm)];
  const last = lines.at(-1);
  if (!last) return NaN;
  const seconds = (m: string, s: string) => Number(m) * 60 + Number(s.replace(',', '.'));
  return seconds(last[1]!, last[2]!) + seconds(last[3]!, last[4]!);
}

function run(harness: 'templates' | 'per-file'): Promise<Run> {
  const env = { ...process.env, GAVEL_TEST_HARNESS: harness === 'per-file' ? 'per-file' : '' };
  const command = `npx vitest run --project api --reporter=dot --cache=false ${files.join(' ')}; status=$?; times; exit $status`;
  const loads: number[] = [];
  const sampler = setInterval(() => loads.push(loadavg()[0]!), 10_000);
  const started = process.hrtime.bigint();
  return new Promise((done) => {
    const child = spawn('bash', ['-c', command], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    // 'close', not 'exit': only then has all of the output (the `times` lines last) been read.
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallS = Number(process.hrtime.bigint() - started) / 1e9;
      const plain = out.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex
      const summary = ['Test Files', 'Tests']
        .map((label) => new RegExp(`^\\s*${label}\\s+(.+)$`, 'm').exec(plain)?.[1]?.trim())
        .filter(Boolean)
        .join(' · ');
      if (!loads.length) loads.push(loadavg()[0]!);
      done({ harness, wallS, cpuS: childrenCpuSeconds(plain), load: [Math.min(...loads), Math.max(...loads)], summary, ok: code === 0 });
    });
  });
}

console.log(
  `bench:harness — ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model} — ${(totalmem() / 2 ** 30).toFixed(0)} GiB — node ${process.version}`,
);
console.log(`engines: pglite${process.env.TEST_DATABASE_URL ? ' + postgres' : ''}; ${files.length} API test files (every ${every})`);
const only = process.env.BENCH_HARNESS_ONLY;
if (only && only !== 'templates' && only !== 'per-file') throw new Error(`BENCH_HARNESS_ONLY is templates or per-file, not ${only}`);
const runs: Run[] = [];
for (const harness of (['per-file', 'templates'] as const).filter((h) => !only || h === only)) {
  const r = await run(harness);
  runs.push(r);
  console.log(
    `${harness}: wall ${r.wallS.toFixed(0)} s, CPU ${r.cpuS.toFixed(0)} s, load ${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)}, ${r.summary}${r.ok ? '' : ' (FAILED)'}`,
  );
}
console.log('');
console.log('| harness | wall | CPU user + sys | load avg | result |');
console.log('|---|---|---|---|---|');
for (const r of runs)
  console.log(
    `| ${r.harness} | ${r.wallS.toFixed(0)} s | ${r.cpuS.toFixed(0)} s | ${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)} | ${r.summary.replaceAll('|', '\\|')} |`,
  );
const [before, after] = runs;
if (before && after) {
  console.log('');
  console.log(`wall ratio templates / per-file: ${(after.wallS / before.wallS).toFixed(2)}; CPU ratio: ${(after.cpuS / before.cpuS).toFixed(2)}`);
}
if (runs.some((r) => !r.ok)) process.exitCode = 1;
