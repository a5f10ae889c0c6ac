import { describe, expect, it } from 'vitest';
import { markedParts } from './api';

describe('markedParts', () => {
  it('splits marked Vietnamese text into plain strings and hits', () => {
    expect(markedParts('… Tuyên bố <mark>Hà</mark> <mark>Nội</mark> về …')).toEqual([
      { text: '… Tuyên bố ', hit: false },
      { text: 'Hà', hit: true },
      { text: ' ', hit: false },
      { text: 'Nội', hit: true },
      { text: ' về …', hit: false },
    ]);
  });

  it("decodes the server's escapes into text, so markup in a document stays text", () => {
    expect(markedParts('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>an&amp;ninh</mark> &#39;biển&#39; &amp;lt;')).toEqual([
      { text: '<script>alert("x")</script> ', hit: false },
      { text: 'an&ninh', hit: true },
      { text: " 'biển' &lt;", hit: false },
    ]);
  });
});
