import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roles } from '../domain/vocabulary.js';
import { permissions, type Permission } from './permissions.js';
import { generatedSections, renderMatrix, sectionOf, withSection } from './security-doc.js';

const doc = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');

describe('docs/security.md', () => {
  it.each(Object.keys(generatedSections))('has the %s section as the table makes it (npm run docs:security)', (name) => {
    expect(sectionOf(doc, name)).toBe(generatedSections[name as keyof typeof generatedSections]());
  });

  it('marks exactly the roles the table gives each permission', () => {
    const rows = renderMatrix().split('\n').slice(2);
    for (const p of Object.keys(permissions) as Permission[]) {
      const cells = rows
        .find((r) => r.includes(`\`${p}\``))!
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const marked = roles.filter((_, i) => cells[3 + i] === '●');
      expect(marked, p).toEqual(roles.filter((r) => (permissions[p] as readonly string[]).includes(r)));
      expect(cells[2], `${p}: anonymous`).toBe('');
    }
  });

  it('replaces a generated section and nothing around it', () => {
    const text = 'before\n<!-- generated:matrix (npm run docs:security; do not edit by hand) -->\nold\n<!-- /generated:matrix -->\nafter\n';
    const out = withSection(text, 'matrix', 'new');
    expect(sectionOf(out, 'matrix')).toBe('new');
    expect(out.startsWith('before\n')).toBe(true);
    expect(out.endsWith('<!-- /generated:matrix -->\nafter\n')).toBe(true);
    expect(() => withSection('no markers', 'matrix', 'x')).toThrow();
  });
});
