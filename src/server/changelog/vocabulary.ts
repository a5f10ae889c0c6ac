/**
 * The change log's two vocabularies: what an event did (its action) and to
 * what kind of record (its entity type). Plain data: the server types its
 * events by them, and the audit page names each one in the reader's language.
 */

/** Who signed in or failed to, locks, refusals: what an administrator filters the log by. */
export const securityActions = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'sign_out_everywhere',
  'password_changed',
  'lock',
  'unlock',
  'permission_refused',
  'roles_changed',
  'user_invited',
  'user_deactivated',
  'user_reactivated',
  'password_reset_sent',
  'password_set',
] as const;
export type SecurityAction = (typeof securityActions)[number];

export const changeActions = ['create', 'update', 'delete', 'seed', ...securityActions] as const;
export type ChangeAction = (typeof changeActions)[number];

/** Every kind of record the change log speaks of; a new one is added here (and named on the audit page). */
export const changeEntityTypes = [
  'agenda_item',
  'article',
  'article_photo',
  'body',
  'body_member',
  'briefing',
  'calendar_feed_token',
  'chairmanship',
  'clipping',
  'committee_session',
  'data_set',
  'delegate_nomination',
  'delegate_quota',
  'delegate_quota_override',
  'delegation',
  'deliverable',
  'document',
  'mail',
  'meeting',
  'meeting_cluster',
  'meeting_decision',
  'meeting_sitting',
  'monitor_source',
  'partner_application',
  'partner_application_step',
  'partner_status',
  'personal_data',
  'press_application',
  'press_event',
  'press_review',
  'press_review_recipient',
  'route',
  'schedule_cluster_rules',
  'schedule_ledger',
  'session_decision',
  'sign_in_throttle',
  'speaker',
  'task',
  'task_attachment',
  'task_comment',
  'user',
] as const;
export type ChangeEntityType = (typeof changeEntityTypes)[number];
