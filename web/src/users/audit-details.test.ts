import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeActions, changeEntityTypes } from '../../../src/server/changelog/vocabulary';
import { datum, detailLines, firstInstant, MAX_TEXT, recordPath } from './audit-details';

describe("the audit log's details", () => {
  it('reads a change as field, from and to, and a made record as fields and values', () => {
    expect(detailLines({ status: { to: 'approved', from: 'pending' } })).toEqual([
      { field: 'status', change: true, from: { kind: 'text', value: 'pending' }, to: { kind: 'text', value: 'approved' } },
    ]);
    expect(detailLines({ address: '127.0.0.1' })).toEqual([{ field: 'address', change: false, value: { kind: 'text', value: '127.0.0.1' } }]);
    expect(detailLines({ articleId: { from: null, to: 7 } })[0]).toMatchObject({ from: { kind: 'none' }, to: { kind: 'number', value: 7 } });
    expect(detailLines({})).toEqual([]);
    expect(detailLines(null)).toEqual([]);
  });

  it('classifies instants, wall-clock times, days and IANA zones for the page to write out', () => {
    expect(datum('2020-11-09T01:00:00.000Z')).toEqual({ kind: 'instant', value: '2020-11-09T01:00:00.000Z' });
    expect(datum('2020-11-09T08:00:00+07:00').kind).toBe('instant');
    expect(datum('2020-11-09T08:00')).toEqual({ kind: 'wallClock', value: '2020-11-09T08:00' });
    expect(datum('2020-11-09')).toEqual({ kind: 'day', value: '2020-11-09' });
    expect(datum('Asia/Ho_Chi_Minh')).toEqual({ kind: 'zone', value: 'Asia/Ho_Chi_Minh' });
    expect(datum('America/Argentina/Buenos_Aires').kind).toBe('zone');
    expect(datum('Ha Noi / Da Nang').kind).toBe('text');
    expect(datum(true)).toEqual({ kind: 'boolean', value: true });
    expect(datum(['a', 2])).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', value: 'a' },
        { kind: 'number', value: 2 },
      ],
    });
  });

  it('gives nested objects dotted fields, two levels deep, and cuts long texts', () => {
    const lines = detailLines({ mailPreferences: { tasks: { from: 'immediate', to: 'daily' } }, at: '2020-11-09T01:00:00.000Z' });
    expect(lines.map((l) => l.field)).toEqual(['mailPreferences.tasks', 'at']);
    expect(firstInstant(lines)).toBe('2020-11-09T01:00:00.000Z');
    const deep = detailLines({ a: { b: { c: { d: 1 } } } });
    expect(deep).toEqual([{ field: 'a.b.c', change: false, value: { kind: 'record', entries: [['d', { kind: 'number', value: 1 }]] } }]);
    const long = datum('x'.repeat(500));
    expect(long.kind === 'text' && long.value.length).toBe(MAX_TEXT);
  });

  it('links a record to its page where it has one, a part to the record it belongs to', () => {
    expect(recordPath('meeting', '14', {})).toBe('/meetings/14');
    expect(recordPath('clipping', '3', {})).toBe('/press/monitoring/clippings/3');
    expect(recordPath('task_comment', '9', { taskId: 4, body: 'ok' })).toBe('/committee/tasks/4');
    expect(recordPath('user', '2', {}, (id) => (id === 2 ? 'admin@gavel.demo' : undefined))).toBe('/admin/users?q=admin%40gavel.demo');
    expect(recordPath('user', 'nobody@example.org', {})).toBeNull();
    expect(recordPath('delegate_nomination', '14', {})).toBeNull();
    expect(recordPath('data_set', 'demo', {})).toBeNull();
    expect(recordPath('meeting', 'x', {})).toBeNull();
  });
});

describe("the audit log's names", () => {
  const load = (lang: string) =>
    JSON.parse(readFileSync(new URL(`./i18n/${lang}.json`, import.meta.url), 'utf8')) as { audit: Record<string, Record<string, string>> };
  it.each(['en', 'vi'])('names every action and record type of the change log in %s', (lang) => {
    const { audit } = load(lang);
    expect(changeActions.filter((a) => !audit.actions?.[a])).toEqual([]);
    expect(changeEntityTypes.filter((e) => !audit.entityTypes?.[e])).toEqual([]);
  });
});
