/** The outbox's statuses and the ways a user may receive e-mail (CHECK constraints in schema.ts). */
/**
 * Statuses: pending → sent | failed: what the worker sends. held: waiting for the
 * recipient's daily digest, then digested (folded into the digest row named
 * by digest_id). suppressed: the recipient turned this kind of e-mail off; the
 * row stays as the record that the event happened and was not sent.
 */
export const mailStatuses = ['pending', 'sent', 'failed', 'held', 'digested', 'suppressed'] as const;
export type MailStatus = (typeof mailStatuses)[number];

/** How a user receives a kind of e-mail: at once, in the daily digest, or not at all. */
export const mailDeliveries = ['immediate', 'daily', 'off'] as const;
export type MailDelivery = (typeof mailDeliveries)[number];

/**
 * What a user may choose how to receive (preferences.ts). `account`
 * (invitations, password resets) and `digest` (the daily digest itself) are
 * always sent at once: without them nobody can sign in or read the digest.
 * `press` goes to applicants, who mostly have no account.
 */
export const mailCategories = ['account', 'tasks', 'documents', 'press', 'digest'] as const;
export type MailCategory = (typeof mailCategories)[number];
export const choosableCategories = ['tasks', 'documents'] as const satisfies readonly MailCategory[];
export type ChoosableCategory = (typeof choosableCategories)[number];
