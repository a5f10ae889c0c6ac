import { describe, expect, it } from 'vitest';
import type { ClusterView } from './api';
import { rulesWith } from './explain-format';

describe('explanation wording', () => {
  it("applies a relaxation to the cluster's rules, and leaves a shortening to the meeting", () => {
    const cluster = {
      rules: { fixedMeetingIds: [7], precedences: [{ beforeMeetingId: 7, afterMeetingId: 8, bufferMinutes: 15 }], nightAllowedParties: ['US'] },
    } as unknown as ClusterView;
    const price = { max: 1, total: 2 };
    expect(
      rulesWith(cluster, {
        kind: 'night',
        meeting: '8',
        delegations: ['CA', 'US'],
        timeZone: 'America/Toronto',
        utcOffsetMinutes: -240,
        nightMinutes: 60,
        burden: 600,
        price,
      })?.nightAllowedParties,
    ).toEqual(['US', 'CA']);
    expect(rulesWith(cluster, { kind: 'cap', principal: 'chair', fromMinutes: 300, toMinutes: 360, price })?.principalDailyCapMinutes).toBe(360);
    expect(rulesWith(cluster, { kind: 'dropPrecedence', before: '7', after: '8', price })?.precedences).toEqual([]);
    expect(rulesWith(cluster, { kind: 'unfix', meeting: '7', price })?.fixedMeetingIds).toEqual([]);
    expect(rulesWith(cluster, { kind: 'unfix', meeting: '9', price })).toBeNull();
    expect(rulesWith(cluster, { kind: 'shorten', meeting: '8', fromMinutes: 180, toMinutes: 120, price })).toBeNull();
  });
});
