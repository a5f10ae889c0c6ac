/**
 * What news sites put around an article, recognized by line features rather
 * than by site: section headings that end an article ("Related", "Tin bài
 * liên quan", "Đọc nhiều"), navigation and widget lines, teasers cut off with
 * an ellipsis, headlines printed twice, slugs and file names.
 */
import { foldText } from '../../search/normalize.js';

/** Headings after which the article is over (folded, whole line). */
const ENDING_HEADINGS = [
  'tin bai lien quan',
  'tin lien quan',
  'bai lien quan',
  'cac tin bai khac',
  'cac tin khac',
  'tin khac',
  'doc nhieu',
  'doc nhieu nhat',
  'xem nhieu',
  'xem nhieu nhat',
  'tin moi',
  'tin moi nhat',
  'tin noi bat',
  'y kien ban doc',
  'y kien binh luan',
  'binh luan',
  'gui binh luan',
  'viet binh luan',
  'co the ban quan tam',
  'ban co the quan tam',
  'tin cung chuyen muc',
  'cung chuyen muc',
  'related',
  'related articles',
  'related news',
  'related stories',
  'read more',
  'more stories',
  'more news',
  'most read',
  'most popular',
  'most viewed',
  'trending',
  'latest news',
  'comments',
  'leave a comment',
  'leave a reply',
  'you may also like',
  'recommended',
  'see also',
  'tags',
  'tu khoa',
  'read next',
  'related article',
  'doc them',
  'xem them',
  'tin bai khac',
];

/** Lines that are site furniture wherever they appear (folded, prefix match). */
const FURNITURE_PREFIXES = [
  'trang chu',
  'home ',
  'theo doi',
  'follow us',
  'chia se',
  'share',
  'in bai',
  'print',
  'xin cho trong giay lat',
  'phien ban di dong',
  'mobile version',
  'hotline',
  'duong day nong',
  'lien he quang cao',
  'quang cao',
  'advertis',
  'lien he',
  'contact us',
  'dang nhap',
  'sign in',
  'log in',
  'dang ky',
  'subscribe',
  'sign up',
  'hien chua co binh luan',
  'be the first to comment',
  'no comments',
  'copyright',
  'ban quyen',
  'all rights reserved',
  'nguon',
  'source',
  'anh minh hoa',
  'video',
  'infographic',
  'loading',
  'dang tai',
  'cookie',
  'email',
  'tel',
  'fax',
  'dien thoai',
];

/** The same for Chinese pages (whole line, without spaces and brackets): Chinese folds to nothing. */
const CHINESE_ENDING_HEADINGS = new Set([
  '相关新闻',
  '相关阅读',
  '相关报道',
  '相关链接',
  '相关文章',
  '延伸阅读',
  '推荐阅读',
  '热点推荐',
  '精彩推荐',
  '热门文章',
  '更多新闻',
  '最新新闻',
  '网友评论',
  '关键词',
]);

export function isEndingHeading(line: string): boolean {
  const folded = foldText(line);
  if (folded.length === 0) return CHINESE_ENDING_HEADINGS.has(line.replace(/[\s【】[\]:：]/g, ''));
  return folded.length <= 40 && ENDING_HEADINGS.includes(folded);
}

export function isFurniture(line: string): boolean {
  const folded = foldText(line);
  // Nothing left once folded: punctuation and symbols are furniture; a Chinese line (which folds to nothing) is not.
  if (folded.length === 0) return !/\p{L}/u.test(line);
  const words = folded.split(' ').length;
  if (words > 12) return false;
  return FURNITURE_PREFIXES.some((p) => folded === p.trim() || folded.startsWith(p.endsWith(' ') ? p : `${p} `) || folded === p);
}

/** A teaser of another article: cut off with an ellipsis after a space. */
export function isTeaser(line: string): boolean {
  return /\s(\.\.\.|…)\s*$/.test(line);
}

/** "Headline Headline": a linked headline printed with its image's alt text. */
export function isDoubledHeadline(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length < 4 || words.length % 2 !== 0) return false;
  const half = words.length / 2;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

/** URL slugs, file names, hashes: lowercase unaccented words with no punctuation, or hex tokens. */
export function isSlugOrJunk(line: string): boolean {
  const trimmed = line.trim();
  if (/^https?:\/\//.test(trimmed)) return true;
  if (/\b[0-9a-f]{12,}\b/i.test(trimmed) && trimmed.split(/\s+/).length <= 4) return true;
  if (/^[\d\s]+$/.test(trimmed)) return true;
  const words = trimmed.split(/\s+/);
  return words.length >= 5 && /^[a-z0-9 ]+$/.test(trimmed);
}

/** A person's name on its own line: two to five capitalized words. */
export function withoutBylinePrefix(line: string): string {
  return line.trim().replace(/^(by|bài|bài và ảnh|theo|tác giả|author)[:\s]+/i, '');
}

export function looksLikeName(line: string): boolean {
  const trimmed = withoutBylinePrefix(line);
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 5 || trimmed.length > 40) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*\.?$/u.test(w) || w === '+' || w === '-' || w === '&');
}

/** Unfilled template placeholders: "{author}", "{{caption}}", "{RelatedArticle}". */
const PLACEHOLDER = /\{\{?\s*[\p{L}\w.:-]*\s*\}\}?/gu;

/** The line without unfilled placeholders (empty when it held nothing else). */
export function withoutPlaceholders(line: string): string {
  return line.replace(PLACEHOLDER, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The person a byline names, or null when it names none: an unfilled
 * placeholder, a place or an agency in capitals ("HÀ NỘI", "VNS"), a
 * dateline ("Hanoi (VNA)"). "By", "Bài:" and an outlet after a slash
 * ("Minh Anh/VOV.VN") are removed.
 */
export function personFromByline(text: string | null | undefined): string | null {
  if (!text) return null;
  if (withoutPlaceholders(text) !== text.replace(/\s+/g, ' ').trim()) return null;
  const name = withoutBylinePrefix(text)
    .replace(/\s*\/\s*\S.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || !/\p{Ll}/u.test(name) || /[()\d]/.test(name)) return null;
  if (name.length > 60 || name.split(' ').length > 6) return null;
  return name;
}

/**
 * Reporters a Chinese lead names in brackets after its dateline ("人民网河内11月12日电 （记者刘刚）",
 * "新华社北京11月12日电（记者陶军 胡佳丽）"), joined with "、"; null when the lead names none.
 */
export function reportersInLead(paragraph: string | undefined): string | null {
  const m = /^.{2,30}?电\s*[（(]\s*(?:本报)?记者\s*([\p{Script=Han}·\s、]{2,30}?)\s*[）)]/u.exec(paragraph ?? '');
  if (!m) return null;
  const names = m[1]!.split(/[\s、]+/).filter(Boolean);
  return names.length > 0 && names.every((n) => n.length >= 2 && n.length <= 6) ? names.join('、') : null;
}
