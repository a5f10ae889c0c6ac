import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedPages, seedPagesDir } from './demo.js';

describe('the demo pages', () => {
  it('are each shown under their outlet, never under a file name : a page added or renamed needs its outlet', () => {
    const pages = seedPages();
    expect(pages).toHaveLength(readdirSync(seedPagesDir).filter((f) => f.endsWith('.txt')).length);
    expect(pages.map((p) => p.source)).toEqual(['Thời Đại', 'Báo Thanh tra', 'VnMedia']);
    for (const p of pages) expect(p.content.length).toBeGreaterThan(1000);
  });
});
