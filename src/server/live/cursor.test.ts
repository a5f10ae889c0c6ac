import { describe, expect, it } from 'vitest';
import { formatCursor, parseCursor } from './cursor.js';

describe('a live stream cursor', () => {
  it('reads back what it wrote', () => {
    expect(parseCursor(formatCursor(42, '7311'))).toEqual({ id: 42, xmin: '7311' });
  });

  it('takes a bare change id', () => {
    expect(parseCursor('42')).toEqual({ id: 42, xmin: null });
  });

  it('names nothing for anything else', () => {
    for (const bad of [undefined, '', 'abc', '-1', '1.5.6', '1.', '.5', '1e3', '9'.repeat(16), `1.${'9'.repeat(19)}`, '1\u00002', ['1']]) {
      expect(parseCursor(bad)).toBeNull();
    }
  });
});
