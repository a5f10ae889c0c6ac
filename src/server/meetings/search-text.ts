import { searchTextOf } from '../search/normalize.js';

const ordinal = (n: number) => {
  const rem100 = n % 100;
  if (rem100 >= 11 && rem100 <= 13) return `${n}th`;
  return `${n}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'}`;
};

/** What a meeting can be found by: titles, series code and names, edition, city. */
export function meetingSearchText(
  meeting: { titleEn: string; titleVi: string; edition: number | null; hostCityEn: string; hostCityVi: string },
  series: { code: string; nameEn: string; nameVi: string },
): string {
  const edition = meeting.edition;
  return searchTextOf([
    meeting.titleEn,
    meeting.titleVi,
    series.code,
    series.nameEn,
    series.nameVi,
    edition !== null ? `${series.code} ${edition} ${ordinal(edition)} ${series.code}` : null,
    meeting.hostCityEn,
    meeting.hostCityVi,
  ]);
}
