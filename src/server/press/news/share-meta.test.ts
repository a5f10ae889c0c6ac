import { describe, expect, it } from 'vitest';
import { withShareMeta } from './share-meta.js';

describe('share metadata of article pages', () => {
  it('replaces the title and adds og: tags, escaped', () => {
    const html = withShareMeta('<html><head><title>Gavel</title></head><body></body></html>', {
      title: 'Khai mạc "HNCC 37" <script>',
      description: 'Lead & more',
      url: 'https://gavel.example/portal/articles/x',
      lang: 'vi',
    });
    expect(html).toContain('<title>Khai mạc &quot;HNCC 37&quot; &lt;script&gt;</title>');
    expect(html).toContain('<meta property="og:description" content="Lead &amp; more">');
    expect(html).toContain('<meta property="og:locale" content="vi_VN">');
    expect(html).not.toContain('<title>Gavel</title>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<meta name="twitter:card" content="summary">');
  });

  it('shows the lead photo large, its caption as the alternative text', () => {
    const html = withShareMeta('<title>Gavel</title>', {
      title: 'T',
      description: 'D',
      url: 'https://gavel.example/portal/articles/x',
      lang: 'en',
      image: { url: 'https://gavel.example/api/portal/photos/3', width: 1200, height: 675, alt: 'Leaders "online"' },
    });
    expect(html).toContain('<meta property="og:image" content="https://gavel.example/api/portal/photos/3">');
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:alt" content="Leaders &quot;online&quot;">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
  });

  it('carries JSON-LD that cannot close its element, parsing back to the same data', () => {
    const data = { '@type': 'NewsArticle', headline: 'A </script><script>alert(1)</script> & <!-- b \u2028' };
    const html = withShareMeta('<html lang="vi"><head><title>Gavel</title></head></html>', {
      title: 'T',
      description: 'D',
      url: 'https://gavel.example/portal',
      lang: 'en',
      type: 'website',
      jsonLd: data,
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<meta property="og:type" content="website">');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]![1]).not.toMatch(/[<>&]/);
    expect(JSON.parse(blocks[0]![1]!)).toEqual(data);
  });
});
