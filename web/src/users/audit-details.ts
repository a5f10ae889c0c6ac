/**
 * What the audit page makes of a change-log event (pure: no i18next, no
 * formatting here). Its details become short lines, "field: from → to" for
 * a change and "field: value" for a record made or removed, each value
 * classified (an instant, a wall-clock time, a day, a time zone …) for the
 * page to write in the reader's language; and a record gets the path of its
 * page where it has one. The CSV export keeps the raw JSON: that is data.
 */
import type { ChangeEntityType } from '../../../src/server/changelog/vocabulary';

export type Datum =
  | { kind: 'none' }
  | { kind: 'instant'; value: string }
  | { kind: 'wallClock'; value: string }
  | { kind: 'day'; value: string }
  | { kind: 'zone'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'list'; items: Datum[] }
  | { kind: 'record'; entries: Array<[field: string, value: Datum]> };

export type DetailLine = { field: string; change: true; from: Datum; to: Datum } | { field: string; change: false; value: Datum };

/** Past this, a text is cut (a comment's body, a decision's text): the CSV has it whole. */
export const MAX_TEXT = 160;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** An IANA zone id ('Asia/Ho_Chi_Minh', 'America/Argentina/Buenos_Aires'); 'UTC' alone reads fine as it is. */
const ZONE = /^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)\/[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)?$/;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** { from, to } (either may be missing): how the change log writes a changed field. */
function isChange(v: unknown): v is { from?: unknown; to?: unknown } {
  if (!isPlainObject(v)) return false;
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => k === 'from' || k === 'to');
}

export function datum(v: unknown): Datum {
  if (v === null || v === undefined || v === '') return { kind: 'none' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') {
    if (INSTANT.test(v)) return { kind: 'instant', value: v };
    if (WALL_CLOCK.test(v)) return { kind: 'wallClock', value: v };
    if (DAY.test(v)) return { kind: 'day', value: v };
    if (ZONE.test(v)) return { kind: 'zone', value: v };
    return { kind: 'text', value: v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT - 1)}…` : v };
  }
  if (Array.isArray(v)) return { kind: 'list', items: v.map(datum) };
  if (isPlainObject(v)) return { kind: 'record', entries: Object.entries(v).map(([k, x]) => [k, datum(x)]) };
  return { kind: 'text', value: String(v) };
}

/**
 * An event's details as lines. A nested object ({ mailPreferences: { tasks: { from, to } } })
 * gives dotted fields ("mailPreferences.tasks"), two levels deep; deeper, it is one value.
 */
export function detailLines(changes: unknown, prefix = '', depth = 0): DetailLine[] {
  if (!isPlainObject(changes)) {
    const value = datum(changes);
    return value.kind === 'none' ? [] : [{ field: prefix, change: false, value }];
  }
  return Object.entries(changes).flatMap(([key, v]): DetailLine[] => {
    const field = prefix ? `${prefix}.${key}` : key;
    if (isChange(v)) return [{ field, change: true, from: datum(v.from), to: datum(v.to) }];
    if (isPlainObject(v) && Object.keys(v).length > 0 && depth < 2) return detailLines(v, field, depth + 1);
    return [{ field, change: false, value: datum(v) }];
  });
}

/** The first instant among the details: when a zone among them is read (its offset then, not today's). */
export function firstInstant(lines: readonly DetailLine[]): string | undefined {
  for (const line of lines) {
    for (const d of line.change ? [line.to, line.from] : [line.value]) if (d.kind === 'instant') return d.value;
  }
  return undefined;
}

/** Records with a page of their own, by id. */
const pages: Partial<Record<ChangeEntityType, (id: string) => string>> = {
  meeting: (id) => `/meetings/${id}`,
  // A sitting is logged under its meeting's id.
  meeting_sitting: (id) => `/meetings/${id}`,
  meeting_cluster: (id) => `/clusters/${id}/schedule`,
  schedule_ledger: (id) => `/clusters/${id}/schedule`,
  schedule_cluster_rules: (id) => `/clusters/${id}/rules`,
  document: (id) => `/documents/${id}`,
  deliverable: (id) => `/committee/deliverables/${id}`,
  task: (id) => `/committee/tasks/${id}`,
  article: (id) => `/press/articles/${id}`,
  clipping: (id) => `/press/monitoring/clippings/${id}`,
  press_application: (id) => `/press/applications/${id}`,
};

/** Records without a page whose details name the one they belong to (a task's comment, an article's photo). */
const parents: Partial<Record<ChangeEntityType, [field: string, parent: ChangeEntityType]>> = {
  task_comment: ['taskId', 'task'],
  task_attachment: ['taskId', 'task'],
  article_photo: ['articleId', 'article'],
  agenda_item: ['meetingId', 'meeting'],
  delegation: ['meetingId', 'meeting'],
};

const isId = (v: unknown): v is string | number =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) || (typeof v === 'string' && /^[1-9]\d{0,15}$/.test(v));

/**
 * The page of an event's record, or null where there is none. A user's is the users list
 * searched for the account's address (`emailOf` knows the accounts).
 */
export function recordPath(
  entityType: string,
  entityId: string,
  changes: unknown,
  emailOf: (id: number) => string | undefined = () => undefined,
): string | null {
  const type = entityType as ChangeEntityType;
  if (type === 'user') {
    const email = isId(entityId) ? emailOf(Number(entityId)) : undefined;
    return email ? `/admin/users?q=${encodeURIComponent(email)}` : null;
  }
  const page = pages[type];
  if (page) return isId(entityId) ? page(entityId) : null;
  const parent = parents[type];
  if (parent && isPlainObject(changes)) {
    const id = changes[parent[0]];
    const parentPage = pages[parent[1]];
    if (isId(id) && parentPage) return parentPage(String(id));
  }
  return null;
}
