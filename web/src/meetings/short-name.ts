/**
 * A meeting's short name for where its title does not fit (the calendar's
 * month and week views): the series' abbreviation, the edition, the partner —
 * "AMM-53", "PMC+1 Japan", "SOM". The abbreviation is the one the series'
 * English name ends with in brackets ("… (PMC+1)"), else the series code
 * without the partner's suffix ("SUMMIT-JP" → "SUMMIT").
 */
import type { Language } from '../i18n/index';
import { inLanguage } from '../i18n/in-language';

export interface ShortNameSource {
  seriesCode: string;
  seriesNameEn: string;
  edition: number | null;
  partnerCode: string | null;
  partnerNameEn: string | null;
  partnerNameVi: string | null;
}

export function seriesAbbreviation(m: Pick<ShortNameSource, 'seriesCode' | 'seriesNameEn' | 'partnerCode'>): string {
  const bracketed = /\(([^()]{1,12})\)\s*$/.exec(m.seriesNameEn)?.[1]?.trim();
  if (bracketed) return bracketed;
  const suffix = m.partnerCode ? `-${m.partnerCode}` : '';
  return suffix && m.seriesCode.endsWith(suffix) ? m.seriesCode.slice(0, -suffix.length) : m.seriesCode;
}

export function shortName(m: ShortNameSource, lang: Language): string {
  const base = seriesAbbreviation(m);
  const numbered = m.edition !== null ? `${base}-${m.edition}` : base;
  const partner = inLanguage(m.partnerNameEn, m.partnerNameVi, lang).text;
  return partner ? `${numbered} ${partner}` : numbered;
}
