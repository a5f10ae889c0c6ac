import { describe, expect, it } from 'vitest';
import type { ClusterView } from './api';
import { draftOf, rulesOf, targetOf } from './rules-draft';

const defaults = {
  window: { from: '2020-09-09', to: '2020-09-12' },
  principalBufferMinutes: 15,
  principalDailyCapMinutes: 480,
  bands: [
    { fromMinute: 0, toMinute: 360, costPerMinute: null },
    { fromMinute: 360, toMinute: 1440, costPerMinute: 0 },
  ],
};

const cluster = {
  id: 1,
  titleEn: 'AMM-53',
  titleVi: 'AMM-53',
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  startsOn: '2020-09-09',
  endsOn: '2020-09-12',
  meetings: [
    {
      id: 10,
      titleEn: 'SOM',
      titleVi: 'SOM',
      startsAt: '2020-09-09T01:00:00.000Z',
      endsAt: '2020-09-09T03:00:00.000Z',
      durationMinutes: 120,
      status: 'planned',
      fixed: true,
      fixedBy: 'rule',
      scheduled: true,
      chair: 'person:1',
      participants: ['VN'],
    },
    {
      id: 11,
      titleEn: 'AMM',
      titleVi: 'AMM',
      startsAt: '2020-09-10T01:00:00.000Z',
      endsAt: '2020-09-10T02:00:00.000Z',
      durationMinutes: 60,
      status: 'planned',
      fixed: false,
      fixedBy: null,
      scheduled: true,
      chair: 'person:1',
      participants: ['VN', 'NZ'],
    },
  ],
  parties: [
    { id: 1, code: 'NZ', nameEn: 'New Zealand', nameVi: 'Niu Di-lân', timeZone: 'Pacific/Auckland', delegationTimeZone: 'Pacific/Auckland', delegationId: 5 },
    { id: 2, code: 'VN', nameEn: 'Viet Nam', nameVi: 'Việt Nam', timeZone: 'Asia/Ho_Chi_Minh', delegationTimeZone: 'Asia/Ho_Chi_Minh', delegationId: 6 },
  ],
  nightAllowedParties: ['NZ'],
  rules: {
    fixedMeetingIds: [10],
    precedences: [{ beforeMeetingId: 10, afterMeetingId: 11, bufferMinutes: 15 }],
    nightAllowedParties: ['NZ'],
    allowedRanges: [{ meetingId: 11, from: '2020-09-10T00:00:00.000Z', to: '2020-09-10T05:00:00.000Z' }],
  },
  defaults,
  current: { objective: null, breakdown: [] },
} satisfies ClusterView;

describe('the rules draft', () => {
  it('reads the rules into fields (ranges in host time) and writes the same rules back, with the chair limits made explicit', () => {
    const draft = draftOf(cluster);
    expect(draft.ranges[11]).toEqual({ from: '2020-09-10T07:00', to: '2020-09-10T12:00' });
    expect(draft.comfort.NZ).toMatchObject({ night: true, custom: false, timeZone: 'Pacific/Auckland' });
    expect(rulesOf(draft, cluster)).toEqual({
      ...cluster.rules,
      allowedRanges: [{ meetingId: 11, from: '2020-09-10T07:00:00.000+07:00', to: '2020-09-10T12:00:00.000+07:00' }],
      principalDailyCapMinutes: 480,
      principalBufferMinutes: 15,
      comfort: {},
    });
  });

  it('sends only what differs for a delegation, and a typed blank as null for the server to name', () => {
    const draft = draftOf(cluster);
    draft.comfort.VN = { ...draft.comfort.VN!, timeZone: 'Asia/Bangkok', custom: true };
    draft.cap = '';
    const rules = rulesOf(draft, cluster);
    expect(rules.comfort).toEqual({
      VN: {
        timeZone: 'Asia/Bangkok',
        bands: [
          { fromMinute: 0, toMinute: 360, costPerMinute: null },
          { fromMinute: 360, toMinute: 1440, costPerMinute: 0 },
        ],
      },
    });
    expect(JSON.parse(JSON.stringify(rules)).principalDailyCapMinutes).toBeNull();
  });

  it('puts server problems on their rows', () => {
    const sent = rulesOf(draftOf(cluster), cluster);
    expect(targetOf('precedences.0', sent)).toEqual({ kind: 'precedence', row: 0 });
    expect(targetOf('allowedRanges.0.to', sent)).toEqual({ kind: 'range', meetingId: 11 });
    expect(targetOf('fixedMeetingIds.0', sent)).toEqual({ kind: 'fixed', meetingId: 10 });
    expect(targetOf('comfort.NZ.timeZone', sent)).toEqual({ kind: 'party', code: 'NZ', field: 'timeZone' });
    expect(targetOf('comfort.NZ.bands.2.fromMinute', sent)).toEqual({ kind: 'party', code: 'NZ', field: 'bands', band: 2 });
    expect(targetOf('principalDailyCapMinutes', sent)).toEqual({ kind: 'cap' });
    expect(targetOf('rules.meetings.0.durationMinutes', sent)).toEqual({ kind: 'general' });
  });
});
