/**
 * The daily programme's feeds as their consumers read them: the Atom feed
 * validated by xmllint against RFC 4287's RELAX NG schema, with an author
 * and unique tag: ids; the .ics parsed by ical.js.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { parseCalendar } from '../helpers/ical.js';
import { scratchDir, tool } from './tools.js';

const atomSchema = join(fileURLToPath(new URL('.', import.meta.url)), 'schemas', 'atom.rng');

describe('the daily programme by the feeds’ standards', () => {
  let h: Harness;
  let anonymous: Client;
  const scratch = scratchDir('journal');

  beforeAll(async () => {
    h = await startHarness('pglite', { config: { publicUrl: 'https://gavel.example.org' } });
    anonymous = await h.anonymous();
  });
  afterAll(async () => {
    scratch.remove();
    await h?.close();
  });

  it.each(['vi', 'en'])('serves a %s Atom feed valid against RFC 4287, one entry per day, with an author', async (lang) => {
    const res = await anonymous.get(`/api/journal/atom.xml?lang=${lang}&date=2020-09-12`);
    expect(res.statusCode).toBe(200);
    const file = join(scratch.dir, `journal-${lang}.xml`);
    writeFileSync(file, res.body);
    const valid = await tool('xmllint', ['--noout', '--relaxng', atomSchema, file]);
    expect(valid.code, valid.stderr).toBe(0);
    const count = async (xpath: string) => Number((await tool('xmllint', ['--xpath', xpath, file])).stdout.trim());
    expect(await count("count(/*[local-name()='feed']/*[local-name()='entry'])")).toBeGreaterThanOrEqual(4);
    expect(await count("count(/*[local-name()='feed']/*[local-name()='author']/*[local-name()='name'][normalize-space()])")).toBe(1);
    const ids = [...res.body.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tag:gavel\.example\.org,2020:journal\//);
  });

  it("serves a day's calendar that ical.js reads, every event with a UID and a SEQUENCE", async () => {
    const res = await anonymous.get('/api/journal/calendar.ics?date=2020-09-10&lang=en&zone=Pacific/Auckland');
    expect(res.body.endsWith('\r\n')).toBe(true);
    const calendar = parseCalendar(res.body);
    expect(calendar.version).toBe('2.0');
    expect(calendar.events.length).toBeGreaterThan(3);
    for (const e of calendar.events) expect(e.uid).toMatch(/^meeting-\d+@gavel\.example\.org$/);
  });
});
