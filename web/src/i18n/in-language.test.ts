import { describe, expect, it } from 'vitest';
import { inLanguage } from './in-language';

describe('a bilingual datum in the reader’s language', () => {
  it('gives the reader’s language when it has the text', () => {
    expect(inLanguage('Ha Noi Declaration', 'Tuyên bố Hà Nội', 'vi')).toEqual({ text: 'Tuyên bố Hà Nội', lang: 'vi', fallback: false });
    expect(inLanguage('Ha Noi Declaration', 'Tuyên bố Hà Nội', 'en')).toEqual({ text: 'Ha Noi Declaration', lang: 'en', fallback: false });
  });
  it('falls back to the other language, saying so and in which', () => {
    expect(inLanguage('Demo Administrator', null, 'vi')).toEqual({ text: 'Demo Administrator', lang: 'en', fallback: true });
    expect(inLanguage('', 'Chỉ tiếng Việt', 'en')).toEqual({ text: 'Chỉ tiếng Việt', lang: 'vi', fallback: true });
  });
  it('is empty, not a fallback, when neither language has it', () => {
    expect(inLanguage(null, undefined, 'vi')).toEqual({ text: '', lang: 'vi', fallback: false });
  });
});
