import { describe, expect, it } from 'vitest';
import { amm53Snapshot } from './amm53-fixture.js';
import type { ClusterSnapshot } from './cluster-instance.js';
import { DEFAULT_BANDS } from './model.js';
import { bandProblems, emptyRules, instanceWithRules, validateRules, type RulesContext } from './rules.js';
import { validateInstance } from './validate.js';

const at = (iso: string) => Date.parse(iso);

const context: RulesContext = {
  hostTimeZone: 'Asia/Ho_Chi_Minh',
  startsOn: '2020-09-09',
  endsOn: '2020-09-12',
  meetings: [
    { id: 1, title: 'SOM', startsAt: at('2020-09-09T01:00:00Z'), endsAt: at('2020-09-09T03:00:00Z'), chair: 'person:1' },
    { id: 2, title: 'AMM', startsAt: at('2020-09-10T01:00:00Z'), endsAt: at('2020-09-10T04:00:00Z'), chair: 'person:1' },
    { id: 3, title: 'PMC+1', startsAt: at('2020-09-11T01:00:00Z'), endsAt: at('2020-09-11T02:00:00Z'), chair: null },
  ],
  parties: ['VN', 'NZ', 'US'],
};

const paths = (rules: Parameters<typeof validateRules>[0]) => validateRules(rules, context).map((p) => p.path);

describe('validateRules', () => {
  it('accepts empty rules and a sensible set', () => {
    expect(validateRules(emptyRules(), context)).toEqual([]);
    expect(
      validateRules(
        {
          fixedMeetingIds: [1],
          precedences: [
            { beforeMeetingId: 1, afterMeetingId: 2, bufferMinutes: 15 },
            { beforeMeetingId: 2, afterMeetingId: 3, bufferMinutes: 0 },
          ],
          nightAllowedParties: ['US'],
          principalDailyCapMinutes: 180,
          allowedRanges: [{ meetingId: 3, from: '2020-09-11T00:00:00Z', to: '2020-09-11T06:00:00Z' }],
          comfort: { NZ: { timeZone: 'Pacific/Auckland', bands: [...DEFAULT_BANDS] } },
        },
        context,
      ),
    ).toEqual([]);
  });

  it('names the cycle by titles and points at a precedence in it', () => {
    const problems = validateRules(
      {
        ...emptyRules(),
        precedences: [
          { beforeMeetingId: 1, afterMeetingId: 2, bufferMinutes: 0 },
          { beforeMeetingId: 2, afterMeetingId: 3, bufferMinutes: 0 },
          { beforeMeetingId: 3, afterMeetingId: 1, bufferMinutes: 0 },
        ],
      },
      context,
    );
    expect(problems).toEqual([{ path: 'precedences.2', message: 'Precedence cycle: SOM → AMM → PMC+1 → SOM' }]);
  });

  it('refuses a cap below the longest chaired meeting, a range shorter than its meeting, an unknown zone, and bands with a gap', () => {
    expect(paths({ ...emptyRules(), principalDailyCapMinutes: 120 })).toEqual(['principalDailyCapMinutes']);
    // The unchaired PMC+1 (60 min) does not count; the AMM (180 min) does.
    expect(paths({ ...emptyRules(), principalDailyCapMinutes: 180 })).toEqual([]);
    expect(paths({ ...emptyRules(), allowedRanges: [{ meetingId: 2, from: '2020-09-10T00:00:00Z', to: '2020-09-10T02:00:00Z' }] })).toEqual([
      'allowedRanges.0.to',
    ]);
    // A range that is long enough but mostly outside the window is too short inside it.
    expect(paths({ ...emptyRules(), allowedRanges: [{ meetingId: 3, from: '2020-09-12T16:30:00Z', to: '2020-09-13T06:00:00Z' }] })).toEqual([
      'allowedRanges.0.to',
    ]);
    expect(paths({ ...emptyRules(), comfort: { NZ: { timeZone: 'Pacific/Atlantis' } } })).toEqual(['comfort.NZ.timeZone']);
    expect(paths({ ...emptyRules(), comfort: { XX: {} } })).toEqual(['comfort.XX']);
    expect(
      bandProblems(
        [
          { fromMinute: 0, toMinute: 600, costPerMinute: 0 },
          { fromMinute: 660, toMinute: 1400, costPerMinute: 1 },
        ],
        'b',
      ).map((p) => p.path),
    ).toEqual(['b.1.fromMinute', 'b.1.toMinute']);
  });

  it('refuses references to meetings and parties outside the cluster, a reversed window, and a fixed meeting outside it', () => {
    expect(paths({ ...emptyRules(), fixedMeetingIds: [9] })).toEqual(['fixedMeetingIds.0']);
    expect(paths({ ...emptyRules(), precedences: [{ beforeMeetingId: 9, afterMeetingId: 2, bufferMinutes: 0 }] })).toEqual(['precedences.0.beforeMeetingId']);
    expect(paths({ ...emptyRules(), precedences: [{ beforeMeetingId: 2, afterMeetingId: 2, bufferMinutes: 0 }] })).toEqual(['precedences.0.afterMeetingId']);
    expect(paths({ ...emptyRules(), nightAllowedParties: ['XX'] })).toEqual(['nightAllowedParties.0']);
    expect(paths({ ...emptyRules(), window: { from: '2020-09-12', to: '2020-09-09' } })).toEqual(['window.to']);
    expect(paths({ ...emptyRules(), fixedMeetingIds: [1], window: { from: '2020-09-10', to: '2020-09-12' } })).toEqual(['fixedMeetingIds.0']);
  });
});

describe('instanceWithRules', () => {
  const snapshot: ClusterSnapshot = { ...amm53Snapshot(), meetings: amm53Snapshot().meetings.map(({ fixed: _f, ...m }) => m), precedences: [] };

  it('applies fixed meetings, ranges, the window, zones, bands and night sessions; default comfort drops bands and nights', () => {
    const arf = snapshot.meetings.find((m) => m.key === 'arf-27')!;
    const bands = [{ fromMinute: 0, toMinute: 1440, costPerMinute: 2 }];
    const rules = {
      fixedMeetingIds: [],
      precedences: [],
      nightAllowedParties: ['US'],
      window: { from: '2020-09-10', to: '2020-09-12' },
      allowedRanges: [{ meetingId: 0, from: '2020-09-12T00:00:00Z', to: '2020-09-12T12:00:00Z' }],
      comfort: { NZ: { timeZone: 'Pacific/Chatham', bands } },
    };
    // Meetings here are keyed by their demo keys, so the ARF stands in for meeting "0" through a renamed snapshot.
    const keyed = { ...snapshot, meetings: snapshot.meetings.map((m) => (m === arf ? { ...m, key: '0' } : m)) };
    const instance = instanceWithRules(keyed, rules);
    expect(instance.window).toEqual({ from: '2020-09-10', to: '2020-09-12' });
    const meeting = instance.meetings.find((m) => m.id === '0')!;
    expect([meeting.allowedFrom, meeting.allowedTo]).toEqual([at('2020-09-12T00:00:00Z'), at('2020-09-12T12:00:00Z')]);
    const nz = instance.delegations.find((d) => d.id === 'NZ')!;
    expect(nz).toMatchObject({ timeZone: 'Pacific/Chatham', bands });
    expect(instance.delegations.find((d) => d.id === 'US')!.allowNight).toBe(true);

    const strict = instanceWithRules(keyed, rules, { defaultComfort: true });
    expect(strict.delegations.find((d) => d.id === 'NZ')).toMatchObject({ timeZone: 'Pacific/Chatham' });
    expect(strict.delegations.find((d) => d.id === 'NZ')!.bands).toBeUndefined();
    expect(strict.delegations.some((d) => d.allowNight)).toBe(false);
  });

  it('pins a meeting as fixed at the pin for the run, keeping its current start for the preview', () => {
    const eas = snapshot.meetings.find((m) => m.key === 'amm53-eas-fmm-10')!;
    const pin = at('2020-09-10T03:00:00Z');
    const instance = instanceWithRules(snapshot, emptyRules(), { pins: { [eas.key]: pin } });
    const meeting = instance.meetings.find((m) => m.id === eas.key)!;
    expect(meeting.fixedStart).toBe(pin);
    expect(meeting.currentStart).toBe(eas.startsAt);
    expect(meeting.durationMinutes).toBe((eas.endsAt - eas.startsAt) / 60_000);
    expect(validateInstance(instance)).toEqual([]);
  });
});
