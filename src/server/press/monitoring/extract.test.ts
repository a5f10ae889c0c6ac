import { describe, expect, it } from 'vitest';
import { parsePage } from './clipping.js';

const zone = 'Asia/Ho_Chi_Minh';
const sentence = (n: number) => `Paragraph ${n} of the article says that the leaders met online and agreed on several measures for the recovery of the region.`;

describe('plain-text pages from other sites', () => {
  it('drops navigation, share buttons, hotlines and the related list of an English page', () => {
    const page = [
      'Home | World | Asia',
      'Share',
      'ASEAN leaders agree on recovery framework',
      'By Jane Doe',
      'Updated: November 12, 2020 21:30 GMT+7',
      sentence(1),
      sentence(2),
      sentence(3),
      'Hotline: 0123 456 789',
      'Related articles',
      'Another story about something else entirely that is long enough to look like a paragraph of prose.',
    ].join('\n');
    const c = parsePage({ content: page, defaultZone: zone });
    expect(c.headline).toBe('ASEAN leaders agree on recovery framework');
    expect(c.author).toBe('Jane Doe');
    expect(c.publishedAt?.instant).toBe('2020-11-12T14:30:00Z');
    expect(c.paragraphs).toEqual([sentence(1), sentence(2), sentence(3)]);
    expect(c.language).toBe('en');
  });

  it('imports a page without a recognizable date with the date unknown', () => {
    const c = parsePage({
      content: ['Some headline here for sure', sentence(1), 'On 10/11/2020 more things happened in the capital city of the chair.'].join('\n'),
      defaultZone: zone,
    });
    expect(c.publishedAt).toBeNull();
  });

  it('keeps script and markup in a plain-text page as text', () => {
    const c = parsePage({
      content: `Headline with <b>tags</b> inside\n${sentence(1)} <script>alert(1)</script>.`,
      contentType: 'text/plain',
      defaultZone: zone,
    });
    expect(c.paragraphs[0]).toContain('<script>alert(1)</script>');
  });
});

describe('HTML pages', () => {
  const html = `<!doctype html><html lang="en"><head><title>Summit opens | Example News</title>
    <meta property="article:published_time" content="2020-11-12T09:00:00+07:00"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>37th ASEAN Summit opens in Hanoi</h1><p class="byline">By John Roe</p>
    ${[1, 2, 3, 4].map((n) => `<p>${sentence(n)}</p>`).join('')}
    <p>Prime Minister said the <script>alert(1)</script> region must stay cohesive and responsive through the pandemic and beyond.</p></article>
    <aside><h3>Most read</h3><ul><li><a href="/x">Gold prices rise again on the world markets today</a></li></ul></aside>
    <footer>Hotline: 0123 456 789. Advertising contact: ads@example.com</footer></body></html>`;

  it('reads headline, metadata date, body and language, without navigation or the most-read box', () => {
    const c = parsePage({ content: html, defaultZone: zone });
    expect(c.format).toBe('html');
    expect(c.headline).toBe('37th ASEAN Summit opens in Hanoi');
    expect(c.publishedAt).toMatchObject({ instant: '2020-11-12T02:00:00Z', zone: '+07:00', zoneStated: true });
    expect(c.paragraphs[0]).toBe(sentence(1));
    const body = c.paragraphs.join('\n');
    expect(body).not.toMatch(/Gold prices|Hotline|Home/);
    expect(body).not.toContain('alert(1)');
    expect(c.language).toBe('en');
  });

  it('reads a fragment scraped without its <html> (the article alone, or a single word)', () => {
    const c = parsePage({ content: `<p>${sentence(1)}</p><p>${sentence(2)}</p>`, contentType: 'text/html', defaultZone: zone });
    expect(c.paragraphs).toEqual([sentence(1), sentence(2)]);
    expect(c.headline).toBeNull();
    expect(c.title.startsWith('Paragraph 1 of the article')).toBe(true);
    expect(parsePage({ content: 'n', contentType: 'text/html', defaultZone: zone })).toMatchObject({ format: 'html', paragraphs: [] });
  });
});
