/**
 * The life of a news article, pure: draft → in_review → published, back to
 * draft from review, and published articles may be withdrawn. Who may take
 * which step is part of the rule: authors submit, only press officers
 * approve and publish. A published article with a future publication time
 * is scheduled: the public sees it from that instant on.
 */

export type ArticleStatus = 'draft' | 'in_review' | 'published' | 'withdrawn';
export type ArticleAction = 'submit' | 'return' | 'publish' | 'withdraw';

const RULES: Record<ArticleAction, { from: readonly ArticleStatus[]; to: ArticleStatus; officerOnly: boolean }> = {
  submit: { from: ['draft', 'withdrawn'], to: 'in_review', officerOnly: false },
  return: { from: ['in_review'], to: 'draft', officerOnly: true },
  publish: { from: ['in_review'], to: 'published', officerOnly: true },
  withdraw: { from: ['published'], to: 'withdrawn', officerOnly: true },
};

export type Step = { ok: true; to: ArticleStatus } | { ok: false; reason: 'invalid_transition' | 'forbidden' };

export function step(status: ArticleStatus, action: ArticleAction, isPressOfficer: boolean): Step {
  const rule = RULES[action];
  if (rule.officerOnly && !isPressOfficer) return { ok: false, reason: 'forbidden' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'invalid_transition' };
  return { ok: true, to: rule.to };
}

/** Whether the public sees the article at `now`. */
export function isPublic(article: { status: ArticleStatus; publishAt: Date | null }, now: Date): boolean {
  return article.status === 'published' && (article.publishAt === null || article.publishAt.getTime() <= now.getTime());
}

/** Only drafts may be edited; a published article is withdrawn first. */
export const editable = (status: ArticleStatus) => status === 'draft' || status === 'withdrawn';
