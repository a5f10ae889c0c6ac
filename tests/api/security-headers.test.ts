/**
 * Browser-side defences on every answer: API JSON, errors, the API docs
 * and HTML pages carry a strict Content-Security-Policy (no inline script,
 * no framing), nosniff and a referrer policy; HSTS only when the cookies are
 * Secure, i.e. when Gavel is served over HTTPS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from '../helpers/database.js';
import { startHarness, type Harness } from '../helpers/harness.js';

function expectDefences(headers: Record<string, unknown>) {
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
}

describe.each(engines)('security headers on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('on API answers, errors and refusals', async () => {
    const anon = await h.anonymous();
    for (const url of ['/api/meetings', '/api/changes', '/api/no-such-route', '/api/meetings/abc', '/api/docs/json']) {
      const res = await anon.get(url);
      expectDefences(res.headers);
    }
    expect((await anon.get('/api/meetings')).headers['strict-transport-security']).toBeUndefined();
  });

  it('on HTML: the API docs page and the shared-article page', async () => {
    const docs = await h.app.inject('/api/docs');
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expectDefences(docs.headers);
    const page = await h.app.inject('/portal/articles/no-such-article');
    expectDefences(page.headers);
  });

  // Starts a second app and database: room for it on a loaded machine.
  it('HSTS when the cookies are Secure', { timeout: 180_000 }, async () => {
    const secure = await startHarness(engine, { config: { secureCookies: true } });
    try {
      const res = await secure.app.inject('/api/health');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(String(res.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
