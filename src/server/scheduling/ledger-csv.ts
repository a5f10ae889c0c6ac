/** The fairness ledger of a year as CSV: a delegation per line, its points and its night, early and late sessions and minutes. */
import { stringify } from 'csv-stringify/sync';
import type { LedgerRow } from './queries.js';

export type Lang = 'en' | 'vi';

const headers: Record<Lang, string[]> = {
  en: ['Year', 'Code', 'Delegation', 'Points', 'Night sessions', 'Night minutes', 'Early sessions', 'Early minutes', 'Late sessions', 'Late minutes'],
  vi: ['Năm', 'Mã', 'Đoàn', 'Điểm', 'Phiên ban đêm', 'Phút ban đêm', 'Phiên sáng sớm', 'Phút sáng sớm', 'Phiên buổi tối', 'Phút buổi tối'],
};

export function ledgerCsv(year: number, rows: readonly LedgerRow[], lang: Lang): string {
  const lines = rows.map((r) => [
    year,
    r.partyCode,
    lang === 'vi' ? r.nameVi : r.nameEn,
    r.total,
    r.bands.night.sessions,
    r.bands.night.minutes,
    r.bands.early.sessions,
    r.bands.early.minutes,
    r.bands.late.sessions,
    r.bands.late.minutes,
  ]);
  // A BOM so that spreadsheet programs read the Vietnamese as UTF-8.
  return `\uFEFF${stringify([headers[lang], ...lines])}`;
}
