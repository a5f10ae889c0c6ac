/**
 * The real clients and validators the conformance suite hands Gavel's output
 * to: LibreOffice (headless, a private profile per run), qpdf, poppler's
 * pdffonts and pdftotext, xmllint, Redocly's linter. Each is a child
 * process; a missing tool fails the suite with the package to install.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

const packages: Record<string, string> = {
  soffice: 'libreoffice-writer-nogui libreoffice-calc-nogui',
  qpdf: 'qpdf',
  pdffonts: 'poppler-utils',
  pdftotext: 'poppler-utils',
  xmllint: 'libxml2-utils',
};

/** Runs a tool; resolves with its exit code whatever it is (the tests judge it). */
export async function tool(command: string, args: string[], timeoutMs = 120_000): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { code?: number | string; stdout?: string; stderr?: string };
    if (err.code === 'ENOENT') throw new Error(`${command} is not installed: apt-get install ${packages[command] ?? command} (.ci/run does)`, { cause: e });
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout ?? '', stderr: err.stderr ?? String(e) };
  }
}

export function scratchDir(name: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `gavel-interop-${name}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Converts `files` with LibreOffice in one start (a start costs seconds) to
 * `filter` (soffice's --convert-to) and returns each result's text, keyed by
 * the input file. A private profile, so a desktop session or another run
 * cannot interfere.
 */
export async function libreOffice(files: string[], extension: string, filter: string, options: { infilter?: string } = {}): Promise<Map<string, string>> {
  const out = scratchDir('soffice');
  const profile = scratchDir('profile');
  try {
    const args = [
      `-env:UserInstallation=file://${profile.dir}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      filter,
      '--outdir',
      out.dir,
      ...files,
    ];
    const result = await tool('soffice', args, 300_000);
    if (result.code !== 0) throw new Error(`soffice failed (${result.code}): ${result.stderr}`);
    return new Map(
      files.map((f) => {
        const converted = join(out.dir, `${basename(f, extname(f))}.${extension}`);
        try {
          return [f, readFileSync(converted, 'utf8')];
        } catch (cause) {
          throw new Error(`LibreOffice did not convert ${basename(f)}: ${result.stdout} ${result.stderr}`, { cause });
        }
      }),
    );
  } finally {
    out.remove();
    profile.remove();
  }
}

/** Text as a reader compares it: composed Unicode, runs of white space as one space. */
export const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
