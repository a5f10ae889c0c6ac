import { franc } from 'franc-min';

const TWO_LETTER: Record<string, string> = { vie: 'vi', eng: 'en', fra: 'fr', cmn: 'zh', jpn: 'ja', kor: 'ko', ind: 'id', zlm: 'ms', tha: 'th', rus: 'ru' };

/** Trigram statistics settle within a few thousand characters; a long page costs no more than that. */
const SAMPLE = 4000;

/** ISO 639-1 code where there is one, the 639-3 code otherwise, 'und' when undetermined. */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, SAMPLE), { minLength: 20 });
  return TWO_LETTER[code] ?? code;
}
