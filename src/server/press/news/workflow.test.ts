import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeBody } from './sanitize.js';
import { isPublic, step, type ArticleAction, type ArticleStatus } from './workflow.js';

describe('article workflow', () => {
  it('goes draft → in review → published, with only press officers publishing', () => {
    expect(step('draft', 'submit', false)).toEqual({ ok: true, to: 'in_review' });
    expect(step('in_review', 'publish', false)).toEqual({ ok: false, reason: 'forbidden' });
    expect(step('in_review', 'publish', true)).toEqual({ ok: true, to: 'published' });
    expect(step('draft', 'publish', true)).toEqual({ ok: false, reason: 'invalid_transition' });
  });

  it('never publishes without passing review', () => {
    const actions: ArticleAction[] = ['submit', 'return', 'publish', 'withdraw'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...actions), fc.boolean()), { maxLength: 30 }), (moves) => {
        let status: ArticleStatus = 'draft';
        for (const [action, officer] of moves) {
          const before: ArticleStatus = status;
          const result = step(status, action, officer);
          if (!result.ok) continue;
          if (result.to === 'published') expect(before).toBe('in_review');
          if (result.to === 'published') expect(officer).toBe(true);
          status = result.to;
        }
      }),
    );
  });

  it('shows a scheduled article from its publication time on', () => {
    const publishAt = new Date('2020-11-09T08:00:00Z');
    expect(isPublic({ status: 'published', publishAt }, new Date('2020-11-09T07:59:59Z'))).toBe(false);
    expect(isPublic({ status: 'published', publishAt }, new Date('2020-11-09T08:00:00Z'))).toBe(true);
    expect(isPublic({ status: 'in_review', publishAt: null }, new Date())).toBe(false);
  });
});

describe('article body sanitizing', () => {
  it('keeps the editor’s markup and drops scripts, handlers and javascript: links', () => {
    const html =
      '<p onclick="x()">Hi <strong>there</strong><script>alert(1)</script> <a href="javascript:alert(1)">x</a> <a href="https://asean.org">ok</a></p><img src="x" onerror="alert(1)">';
    const clean = sanitizeBody(html);
    expect(clean).toContain('<strong>there</strong>');
    expect(clean).toContain('<a href="https://asean.org" rel="noopener noreferrer">ok</a>');
    expect(clean).not.toMatch(/script|onclick|onerror|javascript/);
  });
});
