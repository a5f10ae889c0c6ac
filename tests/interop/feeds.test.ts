/**
 * Feeds and the API description as their consumers read them (issue 19):
 * every calendar feed parsed by ical.js (Thunderbird's parser) with each
 * event's UID, DTSTAMP, SEQUENCE and times checked against the meeting; the
 * portal's Atom feed validated by xmllint against RFC 4287's RELAX NG schema
 * (tests/interop/schemas/atom.rng) plus the rule the schema cannot say (an
 * author on the feed or every entry); the OpenAPI document linted by
 * Redocly with no errors and no warnings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newMeeting } from '../helpers/factories.js';
import { startHarness, type Client, type Harness } from '../helpers/harness.js';
import { parseCalendar } from '../helpers/ical.js';
import { scratchDir, tool } from './tools.js';

const PUBLIC = 'https://gavel.example.org';
const here = fileURLToPath(new URL('.', import.meta.url));
const atomSchema = join(here, 'schemas', 'atom.rng');

interface Meeting {
  id: number;
  startsAt: string;
  endsAt: string;
  titleEn: string;
  status: string;
}

describe('feeds and the API description, by their standards', () => {
  let h: Harness;
  let staff: Client;
  let anonymous: Client;
  const scratch = scratchDir('feeds');
  const meetings = new Map<number, Meeting>();

  beforeAll(async () => {
    h = await startHarness('pglite', { config: { publicUrl: PUBLIC } });
    staff = await h.signIn('secretariat@gavel.demo');
    anonymous = await h.anonymous();
    for (const year of [2020, 2021]) {
      for (const m of (await staff.get(`/api/meetings?year=${year}`)).json<{ meetings: Meeting[] }>().meetings) meetings.set(m.id, m);
    }
  });
  afterAll(async () => {
    scratch.remove();
    await h?.close();
  });

  /** A feed as a calendar reads it, every event checked against its meeting. */
  const checkCalendar = (name: string, body: string) => {
    // RFC 5545 3.1: CRLF line ends, lines folded at 75 octets.
    expect(body.endsWith('\r\n'), name).toBe(true);
    expect(
      body.split('\r\n').filter((l) => Buffer.byteLength(l) > 75),
      `${name}: unfolded lines`,
    ).toEqual([]);
    const calendar = parseCalendar(body);
    expect(calendar.version).toBe('2.0');
    expect(calendar.prodId).toBeTruthy();
    const uids = new Set<string>();
    for (const e of calendar.events) {
      const id = Number(/^meeting-(\d+)@gavel\.example\.org$/.exec(e.uid)?.[1]);
      expect(id, `${name}: UID ${e.uid}`).toBeGreaterThan(0);
      expect(uids.has(e.uid), `${name}: UID ${e.uid} twice`).toBe(false);
      uids.add(e.uid);
      const meeting = meetings.get(id)!;
      expect(meeting, `${name}: ${e.uid} is no meeting`).toBeDefined();
      expect(e.start.toISOString(), e.uid).toBe(new Date(meeting.startsAt).toISOString());
      expect(e.end.toISOString(), e.uid).toBe(new Date(meeting.endsAt).toISOString());
      expect(e.summary).toBe(meeting.titleEn);
      expect(Number.isInteger(e.sequence) && e.sequence >= 0, e.uid).toBe(true);
      expect(e.stamp, `${e.uid} DTSTAMP`).toBeInstanceOf(Date);
      expect(e.lastModified!.getTime()).toBe(e.stamp!.getTime());
      expect(e.stamp!.getTime()).toBeLessThanOrEqual(Date.now());
      expect(e.status).toBe(
        meeting.status === 'cancelled' ? 'CANCELLED' : meeting.status === 'planned' || meeting.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
      );
    }
    return calendar.events;
  };

  it('serves every cluster, meeting and delegation calendar as iCalendar that ical.js reads event by event', async () => {
    const clusters = (await h.app.inject('/api/clusters')).json<{ clusters: Array<{ id: number }> }>().clusters;
    expect(clusters.length).toBeGreaterThan(0);
    let events = 0;
    for (const c of clusters) events += checkCalendar(`cluster ${c.id}`, (await staff.get(`/api/clusters/${c.id}/calendar.ics`)).body).length;
    expect(events).toBeGreaterThan(10);
    for (const id of meetings.keys()) {
      const res = await staff.get(`/api/meetings/${id}/calendar.ics`);
      expect(res.statusCode).toBe(200);
      expect(checkCalendar(`meeting ${id}`, res.body)).toHaveLength(1);
    }
    // A delegation's subscribed programme, with its local times in the description.
    const liaison = await h.signIn('liaison.nz@gavel.demo');
    const [nz] = (await liaison.get('/api/calendar-feeds')).json<{ parties: Array<{ delegationId: number }> }>().parties;
    const created = (await liaison.post(`/api/delegations/${nz!.delegationId}/calendar-tokens`, { label: 'interop' })).json<{
      url: string;
      subscribeUrl: string;
    }>();
    expect(created.subscribeUrl.startsWith(`${PUBLIC}/`)).toBe(true);
    expect(checkCalendar('NZ programme', (await anonymous.get(created.url)).body).length).toBeGreaterThanOrEqual(3);
  });

  it('publishes a cancelled meeting as CANCELLED with a new SEQUENCE', async () => {
    // A meeting still to come: held meetings are final and cannot be cancelled.
    const series = (await anonymous.get('/api/series')).json<{ series: Array<{ id: number }> }>().series;
    const { id } = await newMeeting(staff, series[0]!.id);
    const meeting = (await staff.get(`/api/meetings/${id}`)).json<Meeting>();
    meetings.set(id, meeting);
    const before = checkCalendar('before', (await staff.get(`/api/meetings/${id}/calendar.ics`)).body)[0]!;
    expect((await staff.patch(`/api/meetings/${id}`, { status: 'cancelled' })).statusCode).toBe(200);
    meetings.set(id, { ...meeting, status: 'cancelled' });
    const after = checkCalendar('after', (await staff.get(`/api/meetings/${id}/calendar.ics`)).body)[0]!;
    expect(after).toMatchObject({ uid: before.uid, status: 'CANCELLED', sequence: before.sequence + 1 });
  });

  it.each(['vi', 'en'])('serves the %s Atom feed valid against RFC 4287, with an author and stable tag: ids', async (lang) => {
    const res = await anonymous.get(`/api/portal/atom.xml?lang=${lang}`);
    expect(res.statusCode).toBe(200);
    const file = join(scratch.dir, `atom-${lang}.xml`);
    writeFileSync(file, res.body);
    const valid = await tool('xmllint', ['--noout', '--relaxng', atomSchema, file]);
    expect(valid.code, valid.stderr).toBe(0);

    const count = async (xpath: string) => Number((await tool('xmllint', ['--xpath', xpath, file])).stdout.trim());
    const entries = await count("count(/*[local-name()='feed']/*[local-name()='entry'])");
    expect(entries).toBeGreaterThan(0);
    // RFC 4287 4.1.1: an author on the feed, or on every entry.
    const feedAuthors = await count("count(/*[local-name()='feed']/*[local-name()='author']/*[local-name()='name'][normalize-space()])");
    const entriesWithAuthor = await count("count(/*[local-name()='feed']/*[local-name()='entry'][*[local-name()='author']])");
    expect(feedAuthors > 0 || entriesWithAuthor === entries).toBe(true);

    const ids = [...res.body.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => m[1]!);
    expect(ids).toHaveLength(entries + 1);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^tag:gavel\.example\.org,2020:/);
  });

  it('describes the API in an OpenAPI document Redocly finds no error or warning in', async () => {
    const res = await anonymous.get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const file = join(scratch.dir, 'openapi.json');
    writeFileSync(file, res.body);
    const bin = fileURLToPath(new URL('../../node_modules/.bin/redocly', import.meta.url));
    const out = join(scratch.dir, 'lint.json');
    const lint = await tool(bin, ['lint', file, '--config', join(here, 'redocly.yaml'), '--format', 'json', '--max-problems', '1000'], 180_000);
    writeFileSync(out, lint.stdout);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
    };
    // No error, and no warning either (redocly.yaml says which two rules are off, and why).
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
    expect(problems).toEqual([]);
    expect(lint.code, lint.stderr).toBe(0);
    expect(JSON.parse(res.body)).toMatchObject({ servers: [{ url: PUBLIC }] });
  });
});
