/**
 * Ordinals written in words, as the press writes them, turned into figures
 * on folded text (lowercase, no diacritics): "phiên họp thứ sáu" → "phien hop
 * thu 6", "lần thứ ba mươi bảy" → "lan thu 37", "the thirty-seventh summit"
 * → "the 37th summit", "the sixth session" → "the 6th session". Matching then
 * needs only the figures.
 */

const VI_DIGITS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };

/** A Vietnamese number in words, read from the start of `words`; how many words it took. */
function vietnameseNumber(words: string[]): { value: number; used: number } | null {
  const [a, b, c] = words;
  if (a === 'nhat') return { value: 1, used: 1 };
  if (a === 'muoi') {
    const unit = b ? VI_DIGITS[b] : undefined;
    return unit && unit !== 1 ? { value: 10 + unit, used: 2 } : b === 'mot' ? { value: 11, used: 2 } : { value: 10, used: 1 };
  }
  const tens = a ? VI_DIGITS[a] : undefined;
  if (tens === undefined) return null;
  if (tens >= 2 && (b === 'muoi' || b === 'chuc')) {
    const unit = c ? VI_DIGITS[c] : undefined;
    return unit ? { value: tens * 10 + unit, used: 3 } : { value: tens * 10, used: 2 };
  }
  // "thứ nhất" is first; "thứ một" is not said, but "thứ 1" is.
  return tens === 1 ? null : { value: tens, used: 1 };
}

const EN_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENTHS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

export function ordinalSuffix(n: number): string {
  const rest = n % 100;
  if (rest >= 11 && rest <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function englishOrdinal(words: string[]): { value: number; used: number } | null {
  const [a, b] = words;
  if (!a) return null;
  const tens = EN_TENS.indexOf(a);
  if (tens >= 0 && b && EN_UNITS.includes(b)) return { value: (tens + 2) * 10 + EN_UNITS.indexOf(b) + 1, used: 2 };
  if (EN_UNITS.includes(a)) return { value: EN_UNITS.indexOf(a) + 1, used: 1 };
  if (EN_TEENS.includes(a)) return { value: EN_TEENS.indexOf(a) + 10, used: 1 };
  if (EN_TENTHS.includes(a)) return { value: (EN_TENTHS.indexOf(a) + 2) * 10, used: 1 };
  return null;
}

/** Folded text with ordinals in words written in figures (Vietnamese after "thứ", English anywhere). */
export function ordinalsAsFigures(folded: string): string {
  if (!/\b(thu|first|second|third|[a-z]+(th|st))\b/.test(folded)) return folded;
  const words = folded.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === 'thu') {
      const n = vietnameseNumber(words.slice(i + 1, i + 4));
      out.push(word);
      if (n) {
        out.push(String(n.value));
        i += n.used;
      }
      continue;
    }
    const en = englishOrdinal(words.slice(i, i + 2));
    if (en) {
      out.push(ordinalSuffix(en.value));
      i += en.used - 1;
      continue;
    }
    out.push(word);
  }
  return out.join(' ');
}

/** Full-width ASCII forms as Chinese pages print them ("２０２０", "（10+1）", "：") as ASCII, one character for one. */
export function fullWidthAsAscii(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export const ZH_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A Chinese number below 100 in words, as a pattern ("九", "十一", "二十五", "三十"): what `chineseNumber` reads. */
export const ZH_NUMBER = '[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]';

/** A Chinese number below 100 in words: "十一" → 11, "二十五" → 25, "三十" → 30, "九" → 9. */
export function chineseNumber(text: string): number {
  const ten = text.indexOf('十');
  if (ten < 0) return ZH_DIGITS[text]!;
  const tens = ten === 0 ? 1 : ZH_DIGITS[text[0]!]!;
  const ones = ten === text.length - 1 ? 0 : ZH_DIGITS[text[ten + 1]!]!;
  return tens * 10 + ones;
}

const ZH_ORDINAL = new RegExp(`第(${ZH_NUMBER})(?=[次届])`, 'g');

/** Chinese ordinals in words as figures: "第二十三次" → "第23次", "第三十七届" → "第37届". */
export function chineseOrdinalsAsFigures(text: string): string {
  return text.replace(ZH_ORDINAL, (_, n: string) => `第${chineseNumber(n)}`);
}
