/**
 * The rules editor's working copy: what the form fields hold (text, host-local
 * wall clocks, quarter hours), turned into the API's rules and back, and the
 * server's field problems put back on the rows they are about.
 */
import { DateTime } from 'luxon';
import type { ClusterRules, ClusterView, ComfortBand } from './api';

export interface BandDraft {
  from: number;
  to: number;
  /** Cost per minute as typed; ignored when forbidden. */
  cost: string;
  forbidden: boolean;
}

export interface ComfortDraft {
  night: boolean;
  timeZone: string;
  custom: boolean;
  bands: BandDraft[];
}

export interface PrecedenceDraft {
  key: number;
  before: number | null;
  after: number | null;
  buffer: string;
}

export interface RulesDraft {
  windowFrom: string;
  windowTo: string;
  cap: string;
  buffer: string;
  fixed: number[];
  precedences: PrecedenceDraft[];
  /** Meeting id → host-local 'YYYY-MM-DDTHH:mm' bounds ('' = none). */
  ranges: Record<number, { from: string; to: string }>;
  comfort: Record<string, ComfortDraft>;
}

const toBandDraft = (b: ComfortBand): BandDraft => ({
  from: b.fromMinute,
  to: b.toMinute,
  cost: b.costPerMinute === null ? '' : String(b.costPerMinute),
  forbidden: b.costPerMinute === null,
});

export const hostWallClock = (iso: string, zone: string) => DateTime.fromISO(iso, { setZone: true }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");

export function draftOf(cluster: ClusterView): RulesDraft {
  const { rules, defaults } = cluster;
  let key = 0;
  return {
    windowFrom: rules.window?.from ?? defaults.window.from,
    windowTo: rules.window?.to ?? defaults.window.to,
    cap: String(rules.principalDailyCapMinutes ?? defaults.principalDailyCapMinutes),
    buffer: String(rules.principalBufferMinutes ?? defaults.principalBufferMinutes),
    fixed: [...rules.fixedMeetingIds],
    precedences: rules.precedences.map((p) => ({ key: key++, before: p.beforeMeetingId, after: p.afterMeetingId, buffer: String(p.bufferMinutes) })),
    ranges: Object.fromEntries(
      (rules.allowedRanges ?? []).map((r) => [
        r.meetingId,
        { from: hostWallClock(r.from, cluster.hostTimeZone), to: hostWallClock(r.to, cluster.hostTimeZone) },
      ]),
    ),
    comfort: Object.fromEntries(
      cluster.parties.map((p) => {
        const own = rules.comfort?.[p.code];
        return [
          p.code,
          {
            night: rules.nightAllowedParties.includes(p.code),
            timeZone: own?.timeZone ?? p.delegationTimeZone,
            custom: own?.bands !== undefined,
            bands: (own?.bands ?? defaults.bands).map(toBandDraft),
          },
        ];
      }),
    ),
  };
}

/** A number as typed, or NaN (which the schema refuses, naming the field). */
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function rulesOf(draft: RulesDraft, cluster: ClusterView): ClusterRules {
  const zone = cluster.hostTimeZone;
  const instant = (wall: string) => DateTime.fromISO(wall, { zone }).toISO() ?? wall;
  const comfort: NonNullable<ClusterRules['comfort']> = {};
  for (const p of cluster.parties) {
    const c = draft.comfort[p.code];
    if (!c) continue;
    const entry = {
      ...(c.timeZone.trim() !== p.delegationTimeZone ? { timeZone: c.timeZone.trim() } : {}),
      ...(c.custom ? { bands: c.bands.map((b) => ({ fromMinute: b.from, toMinute: b.to, costPerMinute: b.forbidden ? null : number(b.cost) })) } : {}),
    };
    if (Object.keys(entry).length) comfort[p.code] = entry;
  }
  const sameWindow = draft.windowFrom === cluster.defaults.window.from && draft.windowTo === cluster.defaults.window.to;
  return {
    fixedMeetingIds: draft.fixed,
    // Row for row, so that a problem's position is the row's; an unchosen meeting is 0, which the server names.
    precedences: draft.precedences.map((p) => ({ beforeMeetingId: p.before ?? 0, afterMeetingId: p.after ?? 0, bufferMinutes: number(p.buffer) })),
    nightAllowedParties: cluster.parties.filter((p) => draft.comfort[p.code]?.night).map((p) => p.code),
    principalDailyCapMinutes: number(draft.cap),
    principalBufferMinutes: number(draft.buffer),
    ...(sameWindow ? {} : { window: { from: draft.windowFrom, to: draft.windowTo } }),
    allowedRanges: Object.entries(draft.ranges)
      .filter(([, r]) => r.from !== '' || r.to !== '')
      .map(([id, r]) => ({ meetingId: Number(id), from: instant(r.from), to: instant(r.to) })),
    comfort,
  };
}

/** Where a problem belongs in the form. */
export type ProblemTarget =
  | { kind: 'window' | 'cap' | 'buffer' | 'general' }
  | { kind: 'fixed' | 'range'; meetingId: number }
  | { kind: 'precedence'; row: number }
  | { kind: 'party'; code: string; field: 'night' | 'timeZone' | 'bands'; band?: number };

/** Puts a server problem on its row, using the rules that were sent to read list positions. */
export function targetOf(path: string, sent: ClusterRules): ProblemTarget {
  const [head, second, third, fourth] = path.split('.');
  switch (head) {
    case 'window':
      return { kind: 'window' };
    case 'principalDailyCapMinutes':
      return { kind: 'cap' };
    case 'principalBufferMinutes':
      return { kind: 'buffer' };
    case 'fixedMeetingIds':
      return { kind: 'fixed', meetingId: sent.fixedMeetingIds[Number(second)] ?? -1 };
    case 'allowedRanges':
      return { kind: 'range', meetingId: sent.allowedRanges?.[Number(second)]?.meetingId ?? -1 };
    case 'precedences':
      return second === undefined ? { kind: 'general' } : { kind: 'precedence', row: Number(second) };
    case 'nightAllowedParties':
      return { kind: 'party', code: sent.nightAllowedParties[Number(second)] ?? '', field: 'night' };
    case 'comfort':
      return third === 'bands'
        ? { kind: 'party', code: second ?? '', field: 'bands', ...(fourth !== undefined ? { band: Number(fourth) } : {}) }
        : { kind: 'party', code: second ?? '', field: 'timeZone' };
    default:
      return { kind: 'general' };
  }
}

/** Quarter hours of a day as 'HH:mm', 00:00 to 24:00. */
export const quarterHours = Array.from({ length: 97 }, (_, i) => i * 15);
export const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
