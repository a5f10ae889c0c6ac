/**
 * The outcome-document state machine, the one place that says which step may
 * follow which, who may take it and what it needs. Pure: no database, no
 * clock (the caller passes `now`).
 *
 * draft → circulated → under_negotiation → agreed_ad_referendum → recommended
 *   → adopted | noted | issued; under_negotiation ⇄ under_silence (silence
 * procedure: lapses into agreed_ad_referendum at the deadline, an objection
 * sends it back); deferred and withdrawn from any open state.
 */
import type { Role } from '../domain/vocabulary.js';
import { roleGroups } from '../auth/roles.js';
import type { DocumentStatus, OutcomeAction } from './vocabulary.js';

/** 'system' is the clock: only it lets a silence procedure lapse into agreement. */
export type Actor = readonly Role[] | 'system';

const { staff, drafters, objectors } = roleGroups;

export const finalStatusOf: Record<OutcomeAction, 'adopted' | 'noted' | 'issued'> = {
  adopt: 'adopted',
  note: 'noted',
  issue: 'issued',
};
const actionOf = { adopted: 'adopt', noted: 'note', issued: 'issue' } as const;

export const openStatuses = [
  'draft',
  'circulated',
  'under_negotiation',
  'under_silence',
  'agreed_ad_referendum',
  'recommended',
  'deferred',
] as const satisfies readonly DocumentStatus[];

export const isOpen = (s: DocumentStatus) => (openStatuses as readonly DocumentStatus[]).includes(s);

interface Rule {
  from: readonly DocumentStatus[];
  to: DocumentStatus;
  roles: readonly Role[] | 'system';
}

const rules: readonly Rule[] = [
  { from: ['draft'], to: 'circulated', roles: drafters },
  { from: ['circulated', 'deferred'], to: 'under_negotiation', roles: staff },
  { from: ['under_negotiation'], to: 'agreed_ad_referendum', roles: staff },
  { from: ['under_negotiation'], to: 'under_silence', roles: staff },
  { from: ['under_silence'], to: 'agreed_ad_referendum', roles: 'system' },
  { from: ['under_silence'], to: 'under_negotiation', roles: objectors },
  { from: ['agreed_ad_referendum'], to: 'recommended', roles: staff },
  { from: ['recommended'], to: 'adopted', roles: staff },
  { from: ['recommended'], to: 'noted', roles: staff },
  { from: ['recommended'], to: 'issued', roles: staff },
  { from: openStatuses.filter((s) => s !== 'deferred'), to: 'deferred', roles: staff },
  { from: openStatuses, to: 'withdrawn', roles: drafters },
];

export interface WorkflowDocument {
  status: DocumentStatus;
  intendedAction: OutcomeAction;
  actingMeetingId: number;
  silenceDeadline: Date | null;
}

export interface TransitionRequest {
  to: DocumentStatus;
  actor: Actor;
  now: Date;
  comment?: string | null;
  /** Required when the final action differs from the intended one. */
  reason?: string | null;
  /** Required to break a silence procedure: the party that objects. */
  objectorPartyId?: number | null;
  /** Required to start a silence procedure; must be after `now`. */
  silenceDeadline?: Date | null;
  /** Required to defer: the meeting the document goes to. */
  deferToMeetingId?: number | null;
}

/** What changes on the document when the transition is taken. */
export interface DocumentPatch {
  status: DocumentStatus;
  silenceDeadline: Date | null;
  actingMeetingId: number;
  finalAction?: OutcomeAction;
  finalActionReason?: string | null;
}

export type TransitionOutcome =
  | { ok: true; patch: DocumentPatch }
  | { ok: false; problem: 'illegal'; allowed: DocumentStatus[]; message: string }
  | { ok: false; problem: 'forbidden'; allowed: DocumentStatus[]; message: string }
  | { ok: false; problem: 'guard'; path: string; message: string };

const mayAct = (rule: Rule, actor: Actor) => (rule.roles === 'system' ? actor === 'system' : actor !== 'system' && actor.some((r) => rule.roles.includes(r)));

/** Every state reachable in one step from `status`, whoever asks. */
export function nextStates(status: DocumentStatus): DocumentStatus[] {
  return rules.filter((r) => r.from.includes(status)).map((r) => r.to);
}

/** The states this actor may move the document to (for the UI's buttons). */
export function nextStatesFor(status: DocumentStatus, actor: Actor): DocumentStatus[] {
  return rules.filter((r) => r.from.includes(status) && mayAct(r, actor)).map((r) => r.to);
}

export function transition(doc: WorkflowDocument, req: TransitionRequest): TransitionOutcome {
  const rule = rules.find((r) => r.from.includes(doc.status) && r.to === req.to);
  if (!rule) {
    return {
      ok: false,
      problem: 'illegal',
      allowed: nextStates(doc.status),
      message: `A ${doc.status} document cannot become ${req.to}`,
    };
  }
  if (!mayAct(rule, req.actor)) {
    return {
      ok: false,
      problem: 'forbidden',
      allowed: nextStatesFor(doc.status, req.actor),
      message: rule.roles === 'system' ? 'Only the silence deadline can make this happen' : 'Your role does not allow this step',
    };
  }
  const base: DocumentPatch = { status: req.to, silenceDeadline: null, actingMeetingId: doc.actingMeetingId };
  switch (req.to) {
    case 'under_silence':
      if (!req.silenceDeadline) return guard('silenceDeadline', 'a silence procedure needs a deadline');
      if (req.silenceDeadline.getTime() <= req.now.getTime()) return guard('silenceDeadline', 'the deadline must be in the future');
      return { ok: true, patch: { ...base, silenceDeadline: req.silenceDeadline } };
    case 'agreed_ad_referendum':
      if (doc.status === 'under_silence' && (!doc.silenceDeadline || doc.silenceDeadline.getTime() > req.now.getTime())) {
        return guard('silenceDeadline', 'the silence deadline has not passed yet');
      }
      return { ok: true, patch: base };
    case 'under_negotiation':
      if (doc.status === 'under_silence' && !req.objectorPartyId) {
        return guard('objectorPartyId', 'breaking silence needs the objecting party');
      }
      if (doc.status === 'under_silence' && doc.silenceDeadline && doc.silenceDeadline.getTime() <= req.now.getTime()) {
        return guard('silenceDeadline', 'the silence deadline has passed; the document is agreed');
      }
      return { ok: true, patch: base };
    case 'adopted':
    case 'noted':
    case 'issued': {
      const action = actionOf[req.to];
      const reason = req.reason?.trim() || null;
      if (action !== doc.intendedAction && !reason) {
        return guard('reason', `the intended action was to ${doc.intendedAction}; give the reason for ${req.to}`);
      }
      return { ok: true, patch: { ...base, finalAction: action, finalActionReason: reason } };
    }
    case 'deferred':
      if (!req.deferToMeetingId) return guard('deferToMeetingId', 'say which meeting the document is deferred to');
      if (req.deferToMeetingId === doc.actingMeetingId) return guard('deferToMeetingId', 'defer to a different meeting');
      return { ok: true, patch: { ...base, actingMeetingId: req.deferToMeetingId } };
    default:
      return { ok: true, patch: base };
  }
}

function guard(path: string, message: string): TransitionOutcome {
  return { ok: false, problem: 'guard', path, message };
}

/** A silence procedure whose deadline has passed with no objection is agreed. */
export function silenceHasLapsed(doc: Pick<WorkflowDocument, 'status' | 'silenceDeadline'>, now: Date): boolean {
  return doc.status === 'under_silence' && doc.silenceDeadline !== null && doc.silenceDeadline.getTime() <= now.getTime();
}
