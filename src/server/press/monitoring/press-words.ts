/**
 * The press's words for meetings and people, as data: names of meetings and
 * partners the press shortens or translates ("HNCC" for "Hội nghị Cấp cao",
 * "Mỹ" for "Hoa Kỳ", "Asean-US" for "ASEAN-United States"), and the titles
 * it puts before a person's given name ("Thủ tướng Phúc", "PM Phuc").
 * Everything is folded (lowercase, no diacritics, punctuation as spaces).
 */

/**
 * Groups of phrases that name the same thing inside a meeting's name. A
 * meeting's aliases are expanded by swapping one member of a group for
 * another, so "hoi nghi cap cao asean lan thu 37" also gives "hncc asean
 * lan thu 37".
 */
export const EQUIVALENT_PHRASES: readonly (readonly string[])[] = [
  ['hoi nghi cap cao', 'hncc'],
  ['hoi nghi bo truong ngoai giao asean', 'amm', 'hnbtng asean'],
  ['asean foreign ministers meeting', 'amm', 'asean foreign ministers meeting amm'],
  ['hoi nghi quan chuc cao cap asean', 'som asean', 'hoi nghi som asean'],
  ['senior officials meeting', 'som'],
  ['dien dan khu vuc asean', 'arf', 'hoi nghi bo truong arf'],
  ['asean regional forum', 'arf'],
  ['hoi nghi cap cao dong a', 'eas', 'cap cao dong a', 'hoi nghi eas'],
  ['east asia summit', 'eas'],
  ['hoi nghi bo truong quoc phong asean', 'admm'],
  ['asean defence ministers meeting', 'asean defense ministers meeting', 'admm'],
  ['asean plus three', 'asean 3', 'apt'],
  ['dai hoi dong lien nghi vien asean', 'dai hoi dong aipa', 'aipa'],
  ['aipa general assembly', 'aipa'],
  ['hoa ky', 'my'],
  ['united states', 'us', 'u s'],
  ['han quoc', 'hq'],
  ['rok', 'republic of korea', 'south korea', 'korea'],
  ['o xtray li a', 'australia', 'uc'],
  ['niu di lan', 'new zealand'],
  ['ca na da', 'canada'],
];

/**
 * Titles the press puts before a name, most specific first, with the short
 * forms it uses for them. A person is named "title + given name" only with
 * a title that begins one of their own roles' titles.
 */
export const TITLE_FORMS: readonly (readonly string[])[] = [
  ['pho thu tuong'],
  ['thu tuong'],
  ['bo truong', 'bt'],
  ['thu truong', 'tt'],
  ['tong thu ky'],
  ['pho chu tich'],
  ['chu tich'],
  ['chu nhiem'],
  ['deputy prime minister', 'deputy pm'],
  ['prime minister', 'pm'],
  ['deputy minister of foreign affairs', 'deputy foreign minister', 'deputy fm'],
  ['minister of foreign affairs', 'foreign minister', 'fm'],
  ['minister'],
  ['secretary general'],
];

/**
 * The Chinese press's names for a series' meetings (after "第N次" or "第N届"),
 * by series code, written with "-" for any dash and without the "（10+1）"
 * brackets or "视频" ("by video") the press puts inside them.
 */
export const CHINESE_SERIES_NAMES: Readonly<Record<string, readonly string[]>> = {
  SUMMIT: ['东盟峰会'],
  'SUMMIT-CN': ['中国-东盟领导人会议', '东盟-中国领导人会议', '中国-东盟峰会', '东盟-中国峰会'],
  'SUMMIT-JP': ['东盟-日本领导人会议', '东盟与日本领导人会议'],
  'SUMMIT-KR': ['东盟-韩国领导人会议', '东盟与韩国领导人会议'],
  'APT-SUMMIT': ['东盟与中日韩领导人会议', '东盟与中日韩峰会'],
  EAS: ['东亚峰会'],
  AMM: ['东盟外长会', '东盟外长会议'],
  ARF: ['东盟地区论坛外长会', '东盟地区论坛'],
};

/** People as the Chinese press names them, by folded full name. */
export const CHINESE_PERSON_NAMES: Readonly<Record<string, readonly string[]>> = {
  'nguyen xuan phuc': ['阮春福'],
  'pham binh minh': ['范平明'],
  'tran tuan anh': ['陈俊英'],
  'dato lim jock hoi': ['林玉辉'],
  'lim jock hoi': ['林玉辉'],
};
