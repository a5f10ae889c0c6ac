/**
 * The e-mails Gavel sends, in Vietnamese and English: pure functions from a
 * message's facts and the recipient's language to a subject and a plain-text
 * body. One small file per family of templates under templates/, each a
 * table of subject and body lines per language; this file puts them in one
 * registry and frames every body the same way (greeting, signature).
 *
 * Instants are shown in the recipient's time zone, with the zone named.
 * Links are kept as paths and put under the public address as the message is
 * rendered (to be sent, or shown in the outbox), so the facts stored in the
 * outbox do not depend on where Gavel is served.
 */
import { invitation, passwordReset, type InvitationMail, type PasswordResetMail } from './templates/account.js';
import { digestText, type DailyDigestMail } from './templates/digest.js';
import { greeting, signature, type MailCategory, type MailLanguage, type TemplateSpec } from './templates/format.js';
import {
  accreditationDecision,
  pressReview,
  waitlistPlace,
  type AccreditationDecisionMail,
  type PressReviewMail,
  type WaitlistPlaceMail,
} from './templates/press.js';
import { silenceBroken, silenceEnding, silenceOpened, type SilenceBrokenMail, type SilenceEndingMail, type SilenceOpenedMail } from './templates/silence.js';
import { overdueDigest, taskAssigned, type OverdueDigestMail, type TaskAssignedMail } from './templates/tasks.js';

export { mailLanguages, mailCategories, choosableCategories } from './templates/format.js';
export type { MailLanguage, MailCategory, ChoosableCategory } from './templates/format.js';

/** A message that may stand alone or be an item of a daily digest. */
export type SingleMail =
  | InvitationMail
  | PasswordResetMail
  | TaskAssignedMail
  | OverdueDigestMail
  | SilenceOpenedMail
  | SilenceEndingMail
  | SilenceBrokenMail
  | AccreditationDecisionMail
  | WaitlistPlaceMail
  | PressReviewMail;

export type MailMessage = SingleMail | DailyDigestMail<SingleMail>;
export type MailTemplate = MailMessage['template'];

type Specs = { [T in SingleMail['template']]: TemplateSpec<Extract<SingleMail, { template: T }>> };

const specs: Specs = {
  invitation,
  password_reset: passwordReset,
  task_assigned: taskAssigned,
  overdue_digest: overdueDigest,
  silence_opened: silenceOpened,
  silence_ending: silenceEnding,
  silence_broken: silenceBroken,
  accreditation_decision: accreditationDecision,
  waitlist_place: waitlistPlace,
  press_review: pressReview,
};

export const mailTemplates = [...(Object.keys(specs) as Array<SingleMail['template']>), 'daily_digest'] as const;

export interface RenderedMail {
  subject: string;
  body: string;
}

/** Which preference governs a template (templates/format.ts). */
export function categoryOf(template: MailTemplate): MailCategory {
  return template === 'daily_digest' ? 'digest' : specs[template].category;
}

function renderSingle(message: SingleMail, lang: MailLanguage, url: (path: string) => string): { subject: string; lines: string[] } {
  // The registry is keyed by template, so the pair always matches.
  const spec = specs[message.template] as TemplateSpec<SingleMail>;
  return { subject: spec.subject[lang](message), lines: spec.body[lang](message, url) };
}

export function renderMail(message: MailMessage, lang: MailLanguage, baseUrl: string): RenderedMail {
  const url = (path: string) => `${baseUrl}${path}`;
  const framed = (subject: string, lines: string[]) => ({ subject, body: [greeting(message.name, lang), '', ...lines, '', signature[lang]].join('\n') });
  if (message.template !== 'daily_digest') {
    const { subject, lines } = renderSingle(message, lang, url);
    return framed(subject, lines);
  }
  const items = message.items.flatMap((item) => {
    const { subject, lines } = renderSingle(item, lang, url);
    return ['', `■ ${subject}`, ...lines];
  });
  return framed(digestText.subject[lang](message), [digestText.intro[lang], ...items, '', digestText.preferences[lang], url(message.path)]);
}
