import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../domain/vocabulary.js';
import { documentStatuses, outcomeActions, type DocumentStatus } from './vocabulary.js';
import { isOpen, nextStates, nextStatesFor, silenceHasLapsed, transition, type WorkflowDocument } from './workflow.js';

const now = new Date('2020-11-10T03:00:00Z');
const later = new Date('2020-11-11T03:00:00Z');
const staff: Role[] = ['secretariat'];

const doc = (status: DocumentStatus, extra: Partial<WorkflowDocument> = {}): WorkflowDocument => ({
  status,
  intendedAction: 'adopt',
  actingMeetingId: 1,
  silenceDeadline: null,
  ...extra,
});

const arbStatus = fc.constantFrom(...documentStatuses);
const arbRoles = fc.subarray([...roles], { minLength: 1 });
const arbRequest = fc.record({
  to: arbStatus,
  actor: fc.oneof(arbRoles, fc.constant('system' as const)),
  reason: fc.option(fc.string(), { nil: null }),
  objectorPartyId: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }),
  deferToMeetingId: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  silenceDeadline: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2021-01-01'), noInvalidDate: true }), { nil: null }),
});
const arbDoc = fc.record({
  status: arbStatus,
  intendedAction: fc.constantFrom(...outcomeActions),
  actingMeetingId: fc.integer({ min: 1, max: 5 }),
  silenceDeadline: fc.option(fc.date({ min: new Date('2020-01-01'), max: new Date('2021-01-01'), noInvalidDate: true }), { nil: null }),
});

describe('document workflow', () => {
  it('walks the happy path from draft to adopted', () => {
    let d = doc('draft');
    for (const to of ['circulated', 'under_negotiation', 'agreed_ad_referendum', 'recommended', 'adopted'] as const) {
      const r = transition(d, { to, actor: staff, now });
      expect(r.ok, to).toBe(true);
      if (r.ok) d = { ...d, ...r.patch };
    }
    expect(d.status).toBe('adopted');
  });

  it('refuses an illegal step and names the allowed ones', () => {
    const r = transition(doc('draft'), { to: 'adopted', actor: staff, now });
    expect(r).toMatchObject({ ok: false, problem: 'illegal', allowed: ['circulated', 'deferred', 'withdrawn'] });
  });

  it('needs a reason when the final action differs from the intended one', () => {
    expect(transition(doc('recommended'), { to: 'noted', actor: staff, now })).toMatchObject({ ok: false, path: 'reason' });
    const ok = transition(doc('recommended'), { to: 'noted', actor: staff, now, reason: 'no consensus to adopt' });
    expect(ok).toMatchObject({ ok: true, patch: { finalAction: 'note', finalActionReason: 'no consensus to adopt' } });
  });

  it('lets silence lapse only at the deadline, and only by the clock', () => {
    const silent = doc('under_silence', { silenceDeadline: later });
    expect(transition(silent, { to: 'agreed_ad_referendum', actor: staff, now: later })).toMatchObject({ problem: 'forbidden' });
    expect(transition(silent, { to: 'agreed_ad_referendum', actor: 'system', now })).toMatchObject({ path: 'silenceDeadline' });
    expect(transition(silent, { to: 'agreed_ad_referendum', actor: 'system', now: later }).ok).toBe(true);
    expect(silenceHasLapsed(silent, now)).toBe(false);
    expect(silenceHasLapsed(silent, later)).toBe(true);
  });

  it('breaks silence only with a named objector before the deadline', () => {
    const silent = doc('under_silence', { silenceDeadline: later });
    const liaison: Role[] = ['delegation_liaison'];
    expect(transition(silent, { to: 'under_negotiation', actor: liaison, now })).toMatchObject({ path: 'objectorPartyId' });
    expect(transition(silent, { to: 'under_negotiation', actor: liaison, now, objectorPartyId: 7 }).ok).toBe(true);
    expect(transition(silent, { to: 'under_negotiation', actor: liaison, now: later, objectorPartyId: 7 }).ok).toBe(false);
  });

  it('property: every successful transition is one the table lists, by an allowed actor', () => {
    fc.assert(
      fc.property(arbDoc, arbRequest, (d, req) => {
        const r = transition(d, { ...req, now });
        if (r.ok) {
          expect(nextStates(d.status)).toContain(req.to);
          expect(nextStatesFor(d.status, req.actor)).toContain(req.to);
          expect(r.patch.status).toBe(req.to);
        } else if (r.problem === 'illegal') {
          expect(nextStates(d.status)).not.toContain(req.to);
          expect(r.allowed).toEqual(nextStates(d.status));
        }
      }),
    );
  });

  it('property: closed documents never move; open ones can always be withdrawn by staff', () => {
    fc.assert(
      fc.property(arbDoc, arbRequest, (d, req) => {
        const r = transition(d, { ...req, now });
        if (!isOpen(d.status)) expect(r.ok).toBe(false);
        else expect(transition(d, { to: 'withdrawn', actor: staff, now }).ok).toBe(true);
      }),
    );
  });

  it('property: a final action other than the intended one always carries a reason', () => {
    fc.assert(
      fc.property(arbDoc, arbRequest, (d, req) => {
        const r = transition(d, { ...req, now });
        if (r.ok && r.patch.finalAction && r.patch.finalAction !== d.intendedAction) {
          expect(r.patch.finalActionReason).toBeTruthy();
        }
      }),
    );
  });

  it('property: random walks by staff and the clock end in a reachable state, never leave a closed one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbStatus, fc.boolean()), { maxLength: 30 }), (steps) => {
        let d = doc('draft');
        let t = now.getTime();
        for (const [to, byClock] of steps) {
          t += 3_600_000;
          const r = transition(d, {
            to,
            actor: byClock ? 'system' : staff,
            now: new Date(t),
            reason: 'reason',
            objectorPartyId: 3,
            deferToMeetingId: d.actingMeetingId + 1,
            silenceDeadline: new Date(t + 1_800_000),
          });
          if (r.ok) {
            expect(isOpen(d.status)).toBe(true);
            d = { ...d, ...r.patch };
          }
        }
        expect(documentStatuses).toContain(d.status);
      }),
    );
  });
});
