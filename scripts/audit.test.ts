import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'gavel-audit-'));
const advisory = 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz';
const report = (severity: string) => ({
  vulnerabilities: { 'some-lib': { severity, via: [{ title: 'Prototype pollution', url: advisory, severity }, 'other-lib'] } },
});

function run(severity: string, accepted: unknown[] = []) {
  writeFileSync(join(dir, 'report.json'), JSON.stringify(report(severity)));
  writeFileSync(join(dir, 'exceptions.json'), JSON.stringify({ accepted }));
  return spawnSync('node', ['scripts/audit.mjs'], {
    encoding: 'utf8',
    env: { ...process.env, GAVEL_AUDIT_REPORT: join(dir, 'report.json'), GAVEL_AUDIT_EXCEPTIONS: join(dir, 'exceptions.json') },
  });
}

describe('dependency audit', () => {
  it('fails on a high or critical advisory', () => {
    expect(run('high').status).toBe(1);
    expect(run('critical').stdout).toContain('FAIL  critical  some-lib');
  });
  it('passes moderate ones', () => {
    expect(run('moderate').status).toBe(0);
  });
  it('passes an advisory accepted after review, until its review date', () => {
    const entry = { advisory, package: 'some-lib', reason: 'not reachable from Gavel', reviewedBy: 'lead' };
    expect(run('high', [{ ...entry, reviewUntil: '2999-01-01' }]).status).toBe(0);
    expect(run('high', [{ ...entry, reviewUntil: '2000-01-01' }]).status).toBe(1);
  });
});
