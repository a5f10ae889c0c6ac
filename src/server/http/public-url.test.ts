import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig, publicUrlFrom } from '../config.js';
import { absoluteUrl, calendarUid, tagUri } from './public-url.js';

describe('the public URL', () => {
  it('defaults to localhost on the configured port, and is normalized', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(loadConfig({ GAVEL_PUBLIC_URL: 'https://Gavel.Example.org/' }).publicUrl).toBe('https://gavel.example.org');
    expect(publicUrlFrom('https://example.org/asean/gavel//', 3000)).toBe('https://example.org/asean/gavel');
  });

  it.each(['gavel.example.org', 'ftp://example.org', 'https://example.org/?a=1', 'https://u:p@example.org', 'https://example.org/#x'])(
    'refuses %s, saying what it wants',
    (value) => {
      expect(() => publicUrlFrom(value, 3000)).toThrow(/GAVEL_PUBLIC_URL/);
    },
  );

  it('makes links, tag: URIs and calendar UIDs from it', () => {
    expect(absoluteUrl('https://example.org/gavel', '/verify')).toBe('https://example.org/gavel/verify');
    expect(tagUri('https://gavel.example.org', 'article/12/en')).toBe('tag:gavel.example.org,2020:article/12/en');
    expect(tagUri('https://example.org/asean/gavel', 'article/12/en')).toBe('tag:example.org,2020:asean/gavel/article/12/en');
    expect(calendarUid('https://gavel.example.org', 'meeting-10')).toBe('meeting-10@gavel.example.org');
    expect(calendarUid('http://localhost:3000', 'meeting-10')).toBe('meeting-10@localhost:3000');
    expect(calendarUid('https://example.org/asean/gavel', 'meeting-10')).toBe('meeting-10@example.org.asean.gavel');
  });
});

describe('no absolute link from the request', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    );

  it('has no server code reading the Host header or the protocol to build a URL', () => {
    const found = sources(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file: file.slice(root.length), line: i + 1, text: line }))
        .filter((l) => /request\.(host|hostname|protocol)\b|headers\.host\b|headers\[['"](host|x-forwarded-host)['"]\]/.test(l.text)),
    );
    expect(found).toEqual([]);
  });
});
