import { describe, expect, it } from 'vitest';
import { articleLinks } from './section.js';

describe('article links of a section page', () => {
  it('keeps the articles on the same host, once, in page order', () => {
    const html = `<html><body><nav><a href="/">Trang chủ</a><a href="/thoi-su">Thời sự</a><a href="/tag/asean">ASEAN</a></nav>
      <article><a href="/thoi-su/khai-mac-hoi-nghi-cap-cao-asean-37-4213071.html">Khai mạc</a></article>
      <article><a href="https://news.example/thoi-su/khai-mac-hoi-nghi-cap-cao-asean-37-4213071.html#comments">Bình luận</a></article>
      <article><a href="/news/2020/11/12/asean-leaders-meet-online">Leaders</a></article>
      <a href="https://other.example/thoi-su/bai-viet-tren-mot-trang-khac-123456.html">Elsewhere</a>
      <a href="/files/bao-cao-tong-ket-nam-2020.pdf">PDF</a><a href="/thoi-su/page/2">2</a><a href="mailto:toa-soan@news.example">Mail</a>
      </body></html>`;
    expect(articleLinks(html, 'https://news.example/thoi-su')).toEqual([
      'https://news.example/thoi-su/khai-mac-hoi-nghi-cap-cao-asean-37-4213071.html',
      'https://news.example/news/2020/11/12/asean-leaders-meet-online',
    ]);
  });
});
