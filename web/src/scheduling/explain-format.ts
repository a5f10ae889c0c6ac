/**
 * Pure helpers for wording an explanation: what applying a relaxation changes
 * in a cluster's rules (UTC offsets are written by i18n/zone-label.ts).
 */
import type { ClusterRules, ClusterView, Relaxation } from './api';

/** The cluster's rules with a relaxation applied, or null when it is not a change of rules (or not one the page applies). */
export function rulesWith(cluster: ClusterView, r: Relaxation): ClusterRules | null {
  const rules: ClusterRules = cluster.rules;
  switch (r.kind) {
    case 'night':
      return { ...rules, nightAllowedParties: [...new Set([...rules.nightAllowedParties, ...r.delegations])] };
    case 'widen':
      return { ...rules, window: r.window };
    case 'cap':
      return { ...rules, principalDailyCapMinutes: r.toMinutes };
    case 'unfix':
      return rules.fixedMeetingIds.includes(Number(r.meeting))
        ? { ...rules, fixedMeetingIds: rules.fixedMeetingIds.filter((id) => id !== Number(r.meeting)) }
        : null;
    case 'dropPrecedence':
      return {
        ...rules,
        precedences: rules.precedences.filter((p) => !(String(p.beforeMeetingId) === r.before && String(p.afterMeetingId) === r.after)),
      };
    case 'dropAllowed':
      return { ...rules, allowedRanges: (rules.allowedRanges ?? []).filter((a) => String(a.meetingId) !== r.meeting) };
    case 'shorten':
      return null;
  }
}
