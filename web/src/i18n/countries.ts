/**
 * Countries named in the reader's language (Intl.DisplayNames), for pickers
 * that store an ISO 3166-1 alpha-2 code (a journalist's nationality). Pure:
 * the language is passed in.
 */

/** ISO 3166-1 alpha-2, and XK (Kosovo, as passports use it). */
const CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
)
  .trim()
  .split(' ');

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();

const localeOf = (lang: string) => (lang === 'vi' ? 'vi' : 'en-GB');

export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames(localeOf(lang), { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Every country as [code, name], sorted by name in the language. */
export function countries(lang: string): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(localeOf(lang));
  return CODES.map((code) => ({ code, name: countryName(code, lang) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** What a person typed or picked → the code: a country's name (any case, with or without diacritics) or its code; null if neither. */
export function countryCode(text: string, lang: string): string | null {
  const typed = fold(text);
  if (typed === '') return null;
  if (/^[a-z]{2}$/.test(typed) && CODES.includes(typed.toUpperCase())) return typed.toUpperCase();
  for (const other of [lang, lang === 'vi' ? 'en' : 'vi']) {
    const found = countries(other).find((c) => fold(c.name) === typed);
    if (found) return found.code;
  }
  return null;
}
