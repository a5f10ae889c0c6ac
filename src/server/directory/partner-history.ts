/**
 * The pure rules of a partner's record: its current status, derived from the
 * latest entry of its status history, and an application's steps (submitted,
 * considered, deferred … granted, declined or withdrawn). No database here.
 */
import type { ApplicationStepKind, PartnerStatus } from '../domain/vocabulary.js';

export interface StatusEntry {
  status: PartnerStatus;
  since: string;
  until: string | null;
}

/**
 * The status a party holds on a day: that of the latest entry begun by then,
 * unless that entry has ended (a status given up, not replaced).
 */
export function currentStatus(entries: readonly StatusEntry[], today: string): PartnerStatus | null {
  const begun = entries.filter((e) => e.since <= today).sort((a, b) => a.since.localeCompare(b.since));
  const latest = begun.at(-1);
  if (!latest || (latest.until !== null && latest.until < today)) return null;
  return latest.status;
}

/** A new entry must come after the latest one: the history is a timeline, not a set. */
export function nextStatusProblem(entries: readonly StatusEntry[], next: { status: PartnerStatus; since: string }): { path: string; message: string } | null {
  const latest = [...entries].sort((a, b) => a.since.localeCompare(b.since)).at(-1);
  if (!latest) return null;
  if (next.since <= latest.since) return { path: 'since', message: `must be after the latest recorded status (${latest.since})` };
  if (next.status === latest.status && latest.until === null) return { path: 'status', message: `already ${latest.status} since ${latest.since}` };
  return null;
}

export interface ApplicationStep {
  kind: ApplicationStepKind;
  on: string;
}

export const closingSteps = ['granted', 'declined', 'withdrawn'] as const satisfies readonly ApplicationStepKind[];
export type ApplicationState = 'open' | (typeof closingSteps)[number];

/** Open until a step closes it; then as that step says. */
export function applicationState(steps: readonly ApplicationStep[]): ApplicationState {
  const closing = steps.find((s): s is ApplicationStep & { kind: ApplicationState } => (closingSteps as readonly string[]).includes(s.kind));
  return closing ? closing.kind : 'open';
}

/**
 * Why a step cannot follow the ones recorded (null: it can): a closed
 * application takes no more steps; only the first step is a submission; steps
 * do not go back in time.
 */
export function nextStepProblem(
  steps: readonly ApplicationStep[],
  next: ApplicationStep,
): { code: 'closed' | 'invalid'; path: string; message: string } | null {
  const state = applicationState(steps);
  if (state !== 'open') return { code: 'closed', path: 'kind', message: `the application was ${state}` };
  if (next.kind === 'submitted' && steps.length > 0) return { code: 'invalid', path: 'kind', message: 'an application is submitted once, as its first step' };
  const last = [...steps].sort((a, b) => a.on.localeCompare(b.on)).at(-1);
  if (last && next.on < last.on) return { code: 'invalid', path: 'on', message: `must not be before the latest step (${last.on})` };
  return null;
}
