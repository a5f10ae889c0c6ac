import { describe, expect, it } from 'vitest';
import { FeedProblem, parseFeed } from './feed.js';

const base = 'https://news.example.vn/rss/thoi-su.rss';

describe('parseFeed', () => {
  it('reads RSS 2.0 items, resolving relative links and falling back to a permalink guid', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Một</title><link>/a/1.html</link></item>
      <item><title>Hai</title><guid>https://news.example.vn/a/2.html</guid></item>
      <item><title>Ba</title><guid isPermaLink="false">tag:3</guid></item>
      <item><title>Bốn</title><link>javascript:alert(1)</link></item>
    </channel></rss>`;
    expect(parseFeed(xml, base)).toEqual([
      { link: 'https://news.example.vn/a/1.html', title: 'Một', id: null },
      { link: 'https://news.example.vn/a/2.html', title: 'Hai', id: 'https://news.example.vn/a/2.html' },
    ]);
  });

  it('reads Atom entries by their alternate link, and RSS 1.0 (RDF) items', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id><title type="html">One</title>
      <link rel="enclosure" href="https://cdn.example.org/1.jpg"/><link rel="alternate" href="https://example.org/1"/></entry></feed>`;
    expect(parseFeed(atom, base)).toEqual([{ link: 'https://example.org/1', title: 'One', id: 'urn:1' }]);
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <item rdf:about="https://example.org/r1"><title>R1</title><link>https://example.org/r1</link></item></rdf:RDF>`;
    expect(parseFeed(rdf, base)).toEqual([{ link: 'https://example.org/r1', title: 'R1', id: 'https://example.org/r1' }]);
  });

  it('refuses what is not a feed: HTML, broken XML, other XML, empty', () => {
    for (const text of [
      '<!doctype html><html><body><p>x</p></body></html>',
      '<rss><channel></rss>',
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '',
      'plain words',
    ]) {
      expect(() => parseFeed(text, base), text).toThrow(FeedProblem);
    }
  });
});
