/**
 * A cluster's scheduling rules: checking them against the cluster (each
 * problem names the rule field it is about, for the editor to show beside
 * it), and applying them to the cluster's meetings to get an instance.
 */
import { DateTime } from 'luxon';
import { isValidZone } from './comfort.js';
import { instanceFromCluster, type ClusterSnapshot } from './cluster-instance.js';
import { DEFAULT_DAILY_CAP, type ComfortBand, type SchedulingInstance } from './model.js';
import type { StoredClusterRules } from './schema.js';
import { findCycle, windowBounds, type Problem } from './validate.js';

/** The most days a window may span: a chairmanship cluster is days, not months. */
export const MAX_WINDOW_DAYS = 62;

export const emptyRules = (): StoredClusterRules => ({ fixedMeetingIds: [], precedences: [], nightAllowedParties: [] });

export interface RulesMeeting {
  id: number;
  /** For messages. */
  title: string;
  startsAt: number;
  endsAt: number;
  chair: string | null;
}

/** What the rules are checked against: the cluster as stored. */
export interface RulesContext {
  hostTimeZone: string;
  /** The cluster's own dates. */
  startsOn: string;
  endsOn: string;
  meetings: RulesMeeting[];
  /** Party codes with a delegation in the cluster. */
  parties: string[];
}

const minutesOf = (m: RulesMeeting) => Math.round((m.endsAt - m.startsAt) / 60_000);
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Bands must cover 00:00–24:00 in order, without gaps or overlaps. */
export function bandProblems(bands: readonly ComfortBand[], at: string): Problem[] {
  const out: Problem[] = [];
  let expected = 0;
  bands.forEach((b, i) => {
    if (b.fromMinute !== expected) {
      out.push({ path: `${at}.${i}.fromMinute`, message: `Band ${i + 1} starts at ${hhmm(b.fromMinute)}; the band before it ends at ${hhmm(expected)}` });
    }
    if (b.toMinute <= b.fromMinute) out.push({ path: `${at}.${i}.toMinute`, message: `Band ${i + 1} ends (${hhmm(b.toMinute)}) before it starts` });
    expected = b.toMinute;
  });
  if (bands.length && expected !== 1440) {
    out.push({ path: `${at}.${bands.length - 1}.toMinute`, message: `The last band ends at ${hhmm(expected)}; the bands must reach 24:00` });
  }
  return out;
}

export function validateRules(rules: StoredClusterRules, ctx: RulesContext): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const byId = new Map(ctx.meetings.map((m) => [m.id, m]));
  const title = (id: number) => byId.get(id)?.title ?? `#${id}`;
  const parties = new Set(ctx.parties);

  const window = rules.window ?? { from: ctx.startsOn, to: ctx.endsOn };
  const from = DateTime.fromISO(window.from, { zone: ctx.hostTimeZone });
  const to = DateTime.fromISO(window.to, { zone: ctx.hostTimeZone });
  let bounds: { startMs: number; endMs: number } | null = null;
  if (!from.isValid) add('window.from', 'Not a date (YYYY-MM-DD)');
  else if (!to.isValid) add('window.to', 'Not a date (YYYY-MM-DD)');
  else if (to < from) add('window.to', `The window ends (${window.to}) before it starts (${window.from})`);
  else if (to.diff(from, 'days').days + 1 > MAX_WINDOW_DAYS) add('window.to', `The window spans more than ${MAX_WINDOW_DAYS} days`);
  else bounds = windowBounds({ hostTimeZone: ctx.hostTimeZone, window });

  rules.fixedMeetingIds.forEach((id, i) => {
    const m = byId.get(id);
    if (!m) add(`fixedMeetingIds.${i}`, `Meeting ${id} is not in this cluster`);
    else if (bounds && (m.startsAt < bounds.startMs || m.endsAt > bounds.endMs)) {
      add(`fixedMeetingIds.${i}`, `${m.title} is fixed at a time outside the window`);
    }
  });

  rules.precedences.forEach((p, i) => {
    if (!byId.has(p.beforeMeetingId)) add(`precedences.${i}.beforeMeetingId`, `Meeting ${p.beforeMeetingId} is not in this cluster`);
    if (!byId.has(p.afterMeetingId)) add(`precedences.${i}.afterMeetingId`, `Meeting ${p.afterMeetingId} is not in this cluster`);
    if (p.beforeMeetingId === p.afterMeetingId) add(`precedences.${i}.afterMeetingId`, `${title(p.afterMeetingId)} cannot come after itself`);
  });
  const edges = rules.precedences
    .filter((p) => p.beforeMeetingId !== p.afterMeetingId)
    .map((p) => ({ before: String(p.beforeMeetingId), after: String(p.afterMeetingId) }));
  const cycle = findCycle(edges);
  if (cycle) {
    // Point at the precedence that closes the cycle.
    const closing = rules.precedences.findIndex(
      (p) => String(p.beforeMeetingId) === cycle[cycle.length - 2] && String(p.afterMeetingId) === cycle[cycle.length - 1],
    );
    add(`precedences.${closing}`, `Precedence cycle: ${cycle.map((id) => title(Number(id))).join(' → ')}`);
  }

  rules.nightAllowedParties.forEach((code, i) => {
    if (!parties.has(code)) add(`nightAllowedParties.${i}`, `${code} has no delegation in this cluster`);
  });

  const cap = rules.principalDailyCapMinutes ?? DEFAULT_DAILY_CAP;
  const longest = ctx.meetings.filter((m) => m.chair !== null).sort((a, b) => minutesOf(b) - minutesOf(a))[0];
  if (longest && cap < minutesOf(longest)) {
    add('principalDailyCapMinutes', `The chair's daily cap (${cap} min) is smaller than ${longest.title} (${minutesOf(longest)} min)`);
  }

  const seen = new Set<number>();
  (rules.allowedRanges ?? []).forEach((r, i) => {
    const m = byId.get(r.meetingId);
    if (!m) return add(`allowedRanges.${i}.meetingId`, `Meeting ${r.meetingId} is not in this cluster`);
    if (seen.has(r.meetingId)) return add(`allowedRanges.${i}.meetingId`, `${m.title} has more than one allowed range`);
    seen.add(r.meetingId);
    const start = Date.parse(r.from);
    const end = Date.parse(r.to);
    if (end <= start) return add(`allowedRanges.${i}.to`, `The range of ${m.title} ends before it starts`);
    const inside = bounds ? Math.min(end, bounds.endMs) - Math.max(start, bounds.startMs) : end - start;
    if (minutesOf(m) * 60_000 > inside) {
      add(
        `allowedRanges.${i}.to`,
        `${m.title} (${minutesOf(m)} min) is longer than its allowed range inside the window (${Math.max(0, Math.round(inside / 60_000))} min)`,
      );
    }
  });

  if (bounds) {
    const windowMinutes = (bounds.endMs - bounds.startMs) / 60_000;
    for (const m of ctx.meetings) {
      if (minutesOf(m) > windowMinutes) add('window.to', `${m.title} (${minutesOf(m)} min) is longer than the window`);
    }
  }

  for (const [code, comfort] of Object.entries(rules.comfort ?? {})) {
    if (!parties.has(code)) {
      add(`comfort.${code}`, `${code} has no delegation in this cluster`);
      continue;
    }
    if (comfort.timeZone !== undefined && !isValidZone(comfort.timeZone)) add(`comfort.${code}.timeZone`, `Unknown time zone '${comfort.timeZone}'`);
    if (comfort.bands) problems.push(...bandProblems(comfort.bands, `comfort.${code}.bands`));
  }
  return problems;
}

export interface ApplyOptions {
  /** Every delegation on the default bands, no night sessions: the model as written. */
  defaultComfort?: boolean;
  /** Meeting id → start: pinned there for this run (fixed, even if the rules say otherwise). */
  pins?: Record<string, number>;
  carriedBurden?: Record<string, number>;
}

/** The cluster as a scheduling instance under its rules. */
export function instanceWithRules(snapshot: ClusterSnapshot, rules: StoredClusterRules, options: ApplyOptions = {}): SchedulingInstance {
  const fixed = new Set(rules.fixedMeetingIds.map(String));
  const ranges = new Map((rules.allowedRanges ?? []).map((r) => [String(r.meetingId), r]));
  const ids = new Set(snapshot.meetings.map((m) => m.key));
  // Between two meetings that took place the order is a fact, not a constraint to solve.
  const held = new Set(snapshot.meetings.filter((m) => m.held).map((m) => m.key));
  const base = instanceFromCluster({
    ...snapshot,
    ...(rules.window ? { startsOn: rules.window.from, endsOn: rules.window.to } : {}),
    meetings: snapshot.meetings.map((m) => {
      const range = ranges.get(m.key);
      const pin = m.held ? undefined : options.pins?.[m.key];
      const pinned = pin !== undefined ? { startsAt: pin, endsAt: pin + (m.endsAt - m.startsAt) } : {};
      return {
        ...m,
        ...pinned,
        fixed: pin !== undefined || fixed.has(m.key),
        ...(range ? { allowedFrom: Date.parse(range.from), allowedTo: Date.parse(range.to) } : {}),
      };
    }),
    precedences: rules.precedences
      .filter((p) => ids.has(String(p.beforeMeetingId)) && ids.has(String(p.afterMeetingId)))
      .filter((p) => !(held.has(String(p.beforeMeetingId)) && held.has(String(p.afterMeetingId))))
      .map((p) => ({ before: String(p.beforeMeetingId), after: String(p.afterMeetingId), bufferMinutes: p.bufferMinutes })),
    ...(options.carriedBurden ? { carriedBurden: options.carriedBurden } : {}),
  });
  // A pin moves the meeting for this run only; its current start stays what is stored.
  const current = new Map(snapshot.meetings.map((m) => [m.key, m.startsAt]));
  const night = new Set(rules.nightAllowedParties);
  return {
    ...base,
    meetings: base.meetings.map((m) => ({ ...m, currentStart: current.get(m.id)! })),
    delegations: base.delegations.map((d) => {
      const comfort = rules.comfort?.[d.id];
      return {
        ...d,
        ...(comfort?.timeZone ? { timeZone: comfort.timeZone } : {}),
        ...(!options.defaultComfort && comfort?.bands ? { bands: comfort.bands } : {}),
        ...(!options.defaultComfort && night.has(d.id) ? { allowNight: true } : {}),
      };
    }),
    ...(rules.principalBufferMinutes !== undefined ? { principalBufferMinutes: rules.principalBufferMinutes } : {}),
    ...(rules.principalDailyCapMinutes !== undefined ? { principalDailyCapMinutes: rules.principalDailyCapMinutes } : {}),
  };
}
