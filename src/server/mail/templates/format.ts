/**
 * What every template shares: instants in the recipient's zone with the zone
 * named, civil days, a name in the recipient's language, the signature.
 */
import { DateTime } from 'luxon';
import type { MailCategory } from '../vocabulary.js';

export const mailLanguages = ['vi', 'en'] as const;
export type MailLanguage = (typeof mailLanguages)[number];

/** A text in both languages, as the modules keep their names and titles. */
export interface Bilingual {
  en: string;
  vi: string;
}

export function when(instant: string, zone: string, lang: MailLanguage): string {
  const local = DateTime.fromISO(instant).setZone(zone);
  const shown = local.isValid ? local : DateTime.fromISO(instant).setZone('UTC');
  const clock = lang === 'vi' ? shown.toFormat('HH:mm dd/MM/yyyy') : shown.toFormat('d LLL yyyy, HH:mm');
  return `${clock} (${shown.zoneName})`;
}

export function day(iso: string, lang: MailLanguage): string {
  const d = DateTime.fromISO(iso);
  return lang === 'vi' ? d.toFormat('dd/MM/yyyy') : d.toFormat('d LLL yyyy');
}

export const pick = (text: Bilingual, lang: MailLanguage): string => text[lang];

export const signature: Record<MailLanguage, string> = { vi: '— Gavel, Ban Thư ký ASEAN Quốc gia', en: '— Gavel, National ASEAN Secretariat' };

export const greeting = (name: string, lang: MailLanguage) => (lang === 'vi' ? `Kính gửi ${name},` : `Dear ${name},`);

/**
 * One template: its preference category, and per language a subject and the
 * body's lines (the greeting is added when the message names its recipient,
 * the signature always). `url` puts a path under the public address.
 */
export interface TemplateSpec<M> {
  category: MailCategory;
  subject: Record<MailLanguage, (m: M) => string>;
  body: Record<MailLanguage, (m: M, url: (path: string) => string) => string[]>;
}

export { mailCategories, choosableCategories, type MailCategory, type ChoosableCategory } from '../vocabulary.js';
