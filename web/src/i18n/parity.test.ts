import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
