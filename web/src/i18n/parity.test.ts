import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown;

const folders = [
  join(src, 'i18n'),
  ...readdirSync(src)
    .map((d) => join(src, d, 'i18n'))
    .filter((d) => existsSync(join(d, 'en.json'))),
];

describe('translations', () => {
  it.each([...new Set(folders)])('%s has the same keys in Vietnamese and English, none empty', (folder) => {
    const en = load(join(folder, 'en.json'));
    const vi = load(join(folder, 'vi.json'));
    expect(keys(vi).sort()).toEqual(keys(en).sort());
    const empty = (v: unknown): boolean => (typeof v === 'string' ? v.trim() === '' : Object.values(v as object).some(empty));
    expect(empty(en)).toBe(false);
    expect(empty(vi)).toBe(false);
  });
});

/** Each string of a translation file with its key. */
function strings(value: unknown, prefix = ''): Array<[key: string, text: string]> {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('counts', () => {
  it.each([...new Set(folders)])('%s writes every count the language’s way ({{count, number}}), ordinals aside', (folder) => {
    for (const lang of ['en', 'vi']) {
      const bare = strings(load(join(folder, `${lang}.json`))).filter(([key, text]) => !key.includes('_ordinal_') && text.includes('{{count}}'));
      expect(bare.map(([key]) => key)).toEqual([]);
    }
  });

  it('groups thousands by the language: 1,234 in English, 1.234 in Vietnamese', async () => {
    const i18n = createInstance();
    const resources = { en: { translation: load(join(src, 'i18n', 'en.json')) }, vi: { translation: load(join(src, 'i18n', 'vi.json')) } };
    await i18n.init({ lng: 'vi', resources: resources as never, interpolation: { escapeValue: false } });
    expect(i18n.t('search.count', { count: 1234 })).toBe('1.234 kết quả');
    expect(i18n.t('search.count', { count: 1234, lng: 'en' })).toBe('1,234 results');
  });
});
