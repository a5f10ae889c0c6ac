/**
 * Site profiles: where known news sites print an article's fields, as data.
 * Each entry names the site's hosts and, per field, CSS selectors tried in
 * order (the first that finds text wins); `drop` removes what a site puts
 * inside its article body that is not the article (related boxes, captions,
 * the byline printed as the last paragraph). A field whose selectors find
 * nothing — an older layout, a redesign — falls back to the generic
 * extractor, so a stale profile costs accuracy, never the page.
 *
 * Selectors are the sites' own class names (as of 2020–2021); a profile says
 * nothing about a particular article.
 */
import type { DateOrder } from './dateline.js';

export interface SiteProfile {
  /** A short name, used in reports. */
  site: string;
  /** Hosts it applies to; a subdomain of one matches too ("en.vietnamplus.vn" for "vietnamplus.vn"). */
  hosts: string[];
  headline?: string[];
  /** Elements holding the printed date line (section label, weekday, time and zone allowed). */
  date?: string[];
  /** How the site orders day and month in dates printed in figures (default day first). */
  dateOrder?: DateOrder;
  /** The outlet's zone, for printed times without one (default: the importer's). */
  zone?: string;
  author?: string[];
  /** The article's lead and body containers, in reading order. */
  body?: string[];
  /** Inside the body: elements that are not the article. */
  drop?: string[];
  /** Line rules: a body line matching one of these regular expressions (a wire's sign-off) ends the article. */
  bodyEndsAt?: string[];
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    site: 'VnExpress',
    hosts: ['vnexpress.net'],
    headline: ['h1.title-detail'],
    date: ['.header-content span.date', 'span.date'],
    author: ['article.fck_detail p[style*="right"] strong', 'article.fck_detail p.author_mail strong'],
    body: ['p.description', 'article.fck_detail'],
    drop: ['p[style*="right"]', 'figure', '.box-tinlienquanv2', 'ul.list-news', 'table.tplCaption'],
  },
  {
    site: 'Tuổi Trẻ',
    hosts: ['tuoitre.vn'],
    headline: ['h1.detail-title', 'h1.article-title'],
    date: ['[data-role="publishdate"]', '.detail-time'],
    author: ['.detail-author .name', '.author-info .name'],
    body: ['h2.detail-sapo', '.detail-content[data-role="content"]'],
    drop: ['[type="RelatedNewsBox"]', '.VCSortableInPreviewMode', 'figure'],
  },
  {
    site: 'Thanh Niên',
    hosts: ['thanhnien.vn'],
    headline: ['h1.detail-title', 'h1.details__headline'],
    date: ['.detail-time', '.detail__meta'],
    author: ['.detail__author .name', '.author-info .name'],
    body: ['h2.detail-sapo', '.detail-content[data-role="content"]'],
    drop: ['.detail__related', '[type="RelatedNewsBox"]', 'figure'],
  },
  {
    site: 'VietNamNet',
    hosts: ['vietnamnet.vn'],
    headline: ['h1.content-detail-title'],
    date: ['.bread-crumb-detail__time'],
    author: ['.article-detail-author__info .name'],
    body: ['h2.content-detail-sapo', '#maincontent'],
    drop: ['.article-relate', 'figure'],
  },
  {
    site: 'Tổ Quốc',
    hosts: ['toquoc.vn'],
    headline: ['h1.detail-title'],
    date: ['.detail-cate-time'],
    author: ['.detail-author .author'],
    body: ['h2.detail-sapo', '.detail-content[data-role="content"]'],
    drop: ['figure', '.box-relate'],
  },
  {
    site: 'Báo Chính phủ',
    hosts: ['baochinhphu.vn', 'chinhphu.vn'],
    headline: ['h1.detail-title'],
    date: ['.detail-time'],
    author: ['.detail-author'],
    body: ['h2.detail-sapo', '.detail-content'],
    drop: ['figure', '.detail-related'],
  },
  {
    site: 'Nhân Dân',
    hosts: ['nhandan.vn'],
    headline: ['h1.article__title'],
    date: ['.article__meta time', 'time.time'],
    author: ['.article__author'],
    body: ['.article__sapo', '.article__body'],
    drop: ['figure', '.article__tag'],
  },
  {
    site: 'VOV',
    hosts: ['vov.vn'],
    headline: ['h1.article-title'],
    date: ['.article-date'],
    author: ['.article__author .name'],
    body: ['.article-summary', '#article-body'],
    drop: ['figure', '.article__related'],
  },
  {
    site: 'Báo Quốc tế',
    hosts: ['baoquocte.vn'],
    headline: ['h1.article-title'],
    date: ['.detail .meta'],
    author: ['.__MASTERCMS_CONTENT p[style*="right"] strong'],
    body: ['.article-sapo', '.__MASTERCMS_CONTENT'],
    drop: ['p[style*="right"]', 'figure'],
  },
  {
    site: 'VTV',
    hosts: ['vtv.vn'],
    headline: ['h1.title_detail'],
    date: ['.news-info .time'],
    author: ['.news-info .author'],
    body: ['h2.sapo', '#entry-body'],
    drop: ['figure', '.news-relate'],
  },
  {
    site: 'VietnamPlus',
    hosts: ['vietnamplus.vn'],
    headline: ['h1.details__headline'],
    date: ['.details__meta time'],
    author: ['.details__author .author'],
    body: ['.details__summary', '.details__content .article__body'],
    drop: ['figure', '.article-related'],
  },
  {
    site: 'Việt Nam News',
    hosts: ['vietnamnews.vn'],
    headline: ['.detail h1.headline'],
    date: ['.detail .datetime'],
    author: ['.detail .author'],
    body: ['.detail .sapo', '#abody'],
    drop: ['figure', '.related'],
    // The wire's sign-off closes the article.
    bodyEndsAt: ['^[—–-]\\s*(VNS|VNA)$'],
  },
  {
    site: 'Reuters',
    hosts: ['reuters.com'],
    headline: ['h1[data-testid="Heading"]', 'h1'],
    date: ['time[data-testid="Text"]', '.date-line'],
    dateOrder: 'mdy',
    zone: 'UTC',
    author: ['a[rel="author"]', '.article-header__author'],
    body: ['.article-body__content'],
    drop: ['figure', '.sign-off'],
    bodyEndsAt: ['^(Reporting|Additional reporting|Writing) by '],
  },
  {
    site: 'The Straits Times',
    hosts: ['straitstimes.com'],
    headline: ['h1.headline'],
    date: ['.story-postdate'],
    zone: 'Asia/Singapore',
    author: ['.author-name'],
    body: ['.field-name-body'],
    drop: ['figure', '.story-related'],
  },
  {
    site: 'The Jakarta Post',
    hosts: ['thejakartapost.com'],
    headline: ['h1.title-large'],
    date: ['span.day'],
    zone: 'Asia/Jakarta',
    author: ['.jp-author .name-post'],
    body: ['.detailNews .show-define-area'],
    drop: ['figure', '.relatedArticle'],
  },
  // A partner's press: Chinese pages print Beijing time (UTC+8) without a zone.
  {
    site: 'Xinhua',
    hosts: ['xinhuanet.com', 'news.cn'],
    headline: ['.h-title', 'h1#title'],
    date: ['.h-info .h-time', '.info .time'],
    zone: 'Asia/Shanghai',
    // Signed pieces only; a wire story names its reporters in the lead ("新华社北京11月12日电（记者…）").
    author: ['.h-info .h-author'],
    body: ['#p-detail', '#content'],
    drop: ['#articleEdit', '.editor', 'figure'],
  },
  {
    site: "People's Daily",
    hosts: ['people.com.cn'],
    headline: ['.rm_txt h1', '.text_c h1'],
    date: ['.rm_txt .col-1-1.fl', '.sha_left span'],
    zone: 'Asia/Shanghai',
    author: ['.rm_txt .author'],
    body: ['.rm_txt_con', '#ozoom'],
    drop: ['.edit', 'figure'],
  },
];
