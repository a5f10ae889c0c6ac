/**
 * Which cached queries a live change makes stale: the query keys (see
 * api/queries.ts and each feature's api.ts) of every page that shows the
 * changed entity. Pure, so it can be tested without a browser.
 */
export interface LiveChange {
  type: string;
  id: number | string;
  action: string;
  parent?: { type: string; id: number };
}

/** A key prefix; a part given as an id matches the id as number or string (routes keep ids as strings). */
export type KeyPrefix = readonly unknown[];

function forEntity(type: string, id: number | string): KeyPrefix[] {
  switch (type) {
    case 'meeting':
      return [
        ['meetings'],
        ['meeting', id],
        ['room', id],
        ['decisions', id],
        ['portal', 'meeting', id],
        ['portal', 'live', id],
        ['portal', 'home'],
        ['outcomes', id],
        ['search'],
        ['committee', 'dashboard'],
        ['press', 'coverage'],
        ['journal'],
      ];
    case 'delegation':
      return [['delegates'], ['calendar-feeds'], ['schedule-ledger']];
    case 'document':
      return [
        ['documents'],
        ['document', id],
        ['document-diff', id],
        ['documents-summits'],
        ['outcomes'],
        ['portal'],
        ['decisions'],
        ['committee', 'dashboard'],
        ['search'],
        ['journal'],
      ];
    case 'task':
      return [
        ['committee', 'task', id],
        ['committee', 'tasks'],
        ['committee', 'dashboard'],
        ['committee', 'notifications'],
        ['committee', 'digest'],
      ];
    case 'task_comment':
    case 'task_attachment':
      return [];
    case 'deliverable':
      return [
        ['committee', 'deliverable', id],
        ['committee', 'deliverables'],
        ['committee', 'dashboard'],
        ['deliverables', 'options'],
      ];
    case 'committee_session':
    case 'session_decision':
      return [
        ['committee', 'sessions'],
        ['committee', 'session'],
        ['committee', 'tasks'],
        ['committee', 'dashboard'],
      ];
    case 'article':
      return [['press', 'articles'], ['press', 'article', id], ['portal']];
    case 'article_photo':
      return [];
    case 'briefing':
      return [['briefings'], ['press', 'briefings'], ['portal']];
    case 'press_application':
    case 'press_event':
    case 'clipping':
      return [['press']];
    case 'delegate_nomination':
    case 'delegate_quota':
    case 'delegate_quota_override':
      return [['delegates']];
    case 'body':
    case 'body_member':
      return [['committee', 'bodies']];
    case 'party':
    case 'partner_status':
    case 'partner_application':
    case 'partner_application_step':
      return [['parties'], ['party']];
    case 'chairmanship':
      return [['chairmanships']];
    case 'schedule_ledger':
    case 'schedule_cluster_rules':
      return [['schedule-ledger'], ['schedule-cluster'], ['clusters']];
    default:
      return [];
  }
}

const roomTypes = new Set(['agenda_item', 'speaker', 'meeting_sitting', 'meeting_decision']);

/** The key prefixes a change makes stale: its own entity's pages and its parent's. */
export function staleKeys(change: LiveChange): KeyPrefix[] {
  // A step in the room (an item, a speaker, the sitting, a decision) touches the room of its meeting,
  // its record of decisions and its live page on the portal, nothing else.
  if (roomTypes.has(change.type)) {
    const meeting = change.parent?.id;
    return meeting === undefined
      ? []
      : [
          ['room', meeting],
          ['decisions', meeting],
          ['portal', 'live', meeting],
        ];
  }
  const own = forEntity(change.type, change.id);
  return change.parent ? [...own, ...forEntity(change.parent.type, change.parent.id)] : own;
}

/** Whether a query key starts with the prefix (ids compared as text). */
export function matchesPrefix(queryKey: readonly unknown[], prefix: KeyPrefix): boolean {
  if (queryKey.length < prefix.length) return false;
  return prefix.every((part, i) => {
    const have = queryKey[i];
    if (typeof part === 'number' || typeof have === 'number') return String(have) === String(part);
    return have === part;
  });
}
