/**
 * Input checks that turn a bad instance into field-named problems (a 400 at
 * the edge) instead of a solver failure.
 */
import { DateTime } from 'luxon';
import { isValidZone } from './comfort.js';
import { DEFAULT_DAILY_CAP, SLOT_MINUTES, type SchedulingInstance } from './model.js';

export interface Problem {
  path: string;
  message: string;
}

/** A cycle in the precedences, as meeting ids (first repeated at the end), or null. */
export function findCycle(edges: readonly { before: string; after: string }[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.before, [...(next.get(e.before) ?? []), e.after]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const n of next.get(node) ?? []) {
      if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
      if (!state.has(n)) {
        const found = visit(n);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...next.keys()].sort()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

export function windowBounds(instance: Pick<SchedulingInstance, 'hostTimeZone' | 'window'>): { startMs: number; endMs: number } {
  const from = DateTime.fromISO(instance.window.from, { zone: instance.hostTimeZone }).startOf('day');
  const to = DateTime.fromISO(instance.window.to, { zone: instance.hostTimeZone }).plus({ days: 1 }).startOf('day');
  return { startMs: from.toMillis(), endMs: to.toMillis() };
}

export function validateInstance(instance: SchedulingInstance): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!isValidZone(instance.hostTimeZone)) add('hostTimeZone', `Unknown time zone '${instance.hostTimeZone}'`);
  const from = DateTime.fromISO(instance.window.from);
  const to = DateTime.fromISO(instance.window.to);
  if (!from.isValid) add('window.from', 'Not a date (YYYY-MM-DD)');
  if (!to.isValid) add('window.to', 'Not a date (YYYY-MM-DD)');
  if (from.isValid && to.isValid && to < from) add('window.to', 'The window ends before it starts');
  const delegationIds = new Set<string>();
  instance.delegations.forEach((d, i) => {
    if (delegationIds.has(d.id)) add(`delegations.${i}.id`, `Duplicate delegation '${d.id}'`);
    delegationIds.add(d.id);
    if (!isValidZone(d.timeZone)) add(`delegations.${i}.timeZone`, `Unknown time zone '${d.timeZone}'`);
  });
  if (problems.length) return problems;

  const { startMs, endMs } = windowBounds(instance);
  const windowMinutes = (endMs - startMs) / 60_000;
  const meetingIds = new Set<string>();
  instance.meetings.forEach((m, i) => {
    const at = `meetings.${i}`;
    if (meetingIds.has(m.id)) add(`${at}.id`, `Duplicate meeting '${m.id}'`);
    meetingIds.add(m.id);
    if (m.participants.length === 0) add(`${at}.participants`, `Meeting '${m.id}' has no participants`);
    for (const p of m.participants) {
      if (!delegationIds.has(p)) add(`${at}.participants`, `Unknown delegation '${p}'`);
    }
    if (!Number.isInteger(m.durationMinutes) || m.durationMinutes <= 0 || m.durationMinutes % SLOT_MINUTES !== 0) {
      add(`${at}.durationMinutes`, `Duration must be a positive multiple of ${SLOT_MINUTES} minutes`);
    } else {
      const rangeFrom = Math.max(startMs, m.allowedFrom ?? startMs);
      const rangeTo = Math.min(endMs, m.allowedTo ?? endMs);
      if (m.durationMinutes > windowMinutes) {
        add(`${at}.durationMinutes`, `Meeting '${m.id}' (${m.durationMinutes} min) is longer than the cluster window`);
      } else if (m.durationMinutes * 60_000 > rangeTo - rangeFrom) {
        add(`${at}.durationMinutes`, `Meeting '${m.id}' (${m.durationMinutes} min) is longer than its allowed range`);
      }
    }
    if (m.fixedStart !== undefined) {
      if (m.fixedStart < startMs || m.fixedStart + m.durationMinutes * 60_000 > endMs) {
        add(`${at}.fixedStart`, `Fixed start of '${m.id}' is outside the cluster window`);
      } else if ((m.fixedStart - startMs) % (SLOT_MINUTES * 60_000) !== 0) {
        add(`${at}.fixedStart`, `Fixed start of '${m.id}' is not on the ${SLOT_MINUTES}-minute grid`);
      }
    }
    for (const p of m.principals ?? []) {
      const cap = instance.principalCaps?.[p] ?? instance.principalDailyCapMinutes ?? DEFAULT_DAILY_CAP;
      if (cap < m.durationMinutes) {
        const path = instance.principalCaps?.[p] !== undefined ? `principalCaps.${p}` : 'principalDailyCapMinutes';
        add(path, `The daily cap of '${p}' (${cap} min) is smaller than meeting '${m.id}' (${m.durationMinutes} min)`);
      }
    }
  });
  const precedences = instance.precedences ?? [];
  precedences.forEach((p, i) => {
    if (!meetingIds.has(p.before)) add(`precedences.${i}.before`, `Unknown meeting '${p.before}'`);
    if (!meetingIds.has(p.after)) add(`precedences.${i}.after`, `Unknown meeting '${p.after}'`);
  });
  const cycle = findCycle(precedences);
  if (cycle) add('precedences', `Precedence cycle: ${cycle.join(' → ')}`);
  return problems;
}
