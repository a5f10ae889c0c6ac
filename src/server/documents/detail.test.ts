import { describe, expect, it } from 'vitest';
import { registryEdits, silenceDeadlines } from './detail.js';

describe('registryEdits', () => {
  it('keeps the update events that changed registry facts, naming only those facts', () => {
    const at = new Date('2020-11-12T03:00:00Z');
    const edits = registryEdits([
      { id: 1, actor: 'Secretariat', changes: { titleEn: { from: 'a', to: 'b' }, updatedAt: 'x' }, occurredAt: at },
      { id: 2, actor: null, changes: { status: { from: 'draft', to: 'submitted' } }, occurredAt: at },
      { id: 3, actor: 'Secretariat', changes: null, occurredAt: at },
      {
        id: 4,
        actor: 'Drafter',
        changes: { pillar: { from: 'economic', to: 'political_security' }, referenceCode: {} },
        occurredAt: '2020-11-13T00:00:00+07:00',
      },
    ]);
    expect(edits.map((e) => e.id)).toEqual([1, 4]);
    expect(edits[0]).toEqual({ id: 1, actor: 'Secretariat', fields: ['titleEn'], occurredAt: '2020-11-12T03:00:00.000Z' });
    expect(edits[1]!.fields).toContain('pillar');
    expect(edits[1]!.occurredAt).toBe('2020-11-12T17:00:00.000Z');
  });
});

describe('silenceDeadlines', () => {
  it('gives each delegation the deadline in its own zone, the day changing where it must', () => {
    const deadline = new Date('2020-11-12T16:00:00Z');
    const out = silenceDeadlines(deadline, [
      { timeZone: 'Asia/Ho_Chi_Minh', party: 'VN' },
      { timeZone: 'Pacific/Auckland', party: 'NZ' },
      { timeZone: 'America/New_York', party: 'US' },
    ]);
    expect(out.deadline).toBe('2020-11-12T16:00:00.000Z');
    expect(out.byDelegation.map((d) => [d.party, d.localDeadline])).toEqual([
      ['VN', '2020-11-12 23:00 (UTC+07:00)'],
      ['NZ', '2020-11-13 05:00 (UTC+13:00)'],
      ['US', '2020-11-12 11:00 (UTC-05:00)'],
    ]);
  });
});
