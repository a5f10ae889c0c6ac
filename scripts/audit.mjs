#!/usr/bin/env node
/**
 * Production dependencies' advisories: fails on any high or critical one not
 * accepted after review in audit-exceptions.json (advisory URL, package,
 * reason, who reviewed it, and a date after which it must be looked at
 * again). When the registry's audit service cannot be reached it says so and
 * passes, unless GAVEL_AUDIT_REQUIRED=true (set it where the service is
 * reachable, so an outage cannot hide an advisory).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const exceptionsFile = process.env.GAVEL_AUDIT_EXCEPTIONS ?? new URL('../audit-exceptions.json', import.meta.url);
const exceptions = JSON.parse(readFileSync(exceptionsFile, 'utf8')).accepted;
const today = new Date().toISOString().slice(0, 10);

let raw;
if (process.env.GAVEL_AUDIT_REPORT) {
  // A saved `npm audit --json` answer: for the script's own tests.
  raw = readFileSync(process.env.GAVEL_AUDIT_REPORT, 'utf8');
} else
  try {
    raw = execFileSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (err) {
    raw = err.stdout; // npm audit exits 1 when it finds anything
  }
let report;
try {
  report = JSON.parse(raw);
} catch {
  report = { message: 'no JSON answer' };
}
if (!report.vulnerabilities) {
  const why = report.message ?? report.error?.summary ?? 'unknown error';
  console.log(`audit: the advisory service could not be asked (${why})`);
  process.exit(process.env.GAVEL_AUDIT_REQUIRED === 'true' ? 1 : 0);
}

const serious = [];
for (const [name, v] of Object.entries(report.vulnerabilities)) {
  for (const via of v.via) {
    if (typeof via === 'string') continue; // reached through another package, listed under its own name
    if (via.severity !== 'high' && via.severity !== 'critical') continue;
    const accepted = exceptions.find((e) => e.advisory === via.url && e.package === name && e.reviewUntil >= today);
    serious.push({ name, severity: via.severity, title: via.title, url: via.url, accepted });
  }
}
for (const s of serious) {
  console.log(
    `${s.accepted ? 'accepted' : 'FAIL'}  ${s.severity}  ${s.name}: ${s.title} ${s.url}${s.accepted ? ` (${s.accepted.reason}; reviewed by ${s.accepted.reviewedBy}, until ${s.accepted.reviewUntil})` : ''}`,
  );
}
const failing = serious.filter((s) => !s.accepted);
console.log(`audit: ${failing.length} high or critical advisories in production dependencies not accepted`);
process.exit(failing.length ? 1 : 0);
