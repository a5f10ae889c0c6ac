import { franc } from 'franc-min';

const TWO_LETTER: Record<string, string> = { vie: 'vi', eng: 'en', fra: 'fr', cmn: 'zh', jpn: 'ja', kor: 'ko', ind: 'id', zlm: 'ms', tha: 'th', rus: 'ru' };

/** ISO 639-1 code where there is one, the 639-3 code otherwise, 'und' when undetermined. */
export function detectLanguage(text: string): string {
  const code = franc(text, { minLength: 20 });
  return TWO_LETTER[code] ?? code;
}
