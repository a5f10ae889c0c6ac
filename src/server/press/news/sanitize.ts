/**
 * Article bodies come from the rich-text editor as HTML; only what the editor
 * produces survives (paragraphs, headings, lists, quotes, emphasis, links,
 * images with captions). Scripts, handlers and styles go; an image stays only
 * when it is one of the article's own photos (served by us), never a foreign
 * or data: URL.
 */
import sanitizeHtml from 'sanitize-html';
import { photoIdOf } from './photo-rules.js';

const options = (photoIds: ReadonlySet<number>): sanitizeHtml.IOptions => ({
  allowedTags: ['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 's', 'code', 'pre', 'br', 'hr', 'a', 'figure', 'img', 'figcaption'],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  exclusiveFilter: (frame) => {
    if (frame.tag !== 'img') return false;
    const id = photoIdOf(frame.attribs['src']);
    return id === null || !photoIds.has(id);
  },
  disallowedTagsMode: 'discard',
});

/** The body as stored: `photoIds` are the article's photos, the only images kept. */
export function sanitizeBody(html: string, photoIds: ReadonlySet<number> = new Set()): string {
  return sanitizeHtml(html, options(photoIds)).trim();
}

/** Plain text of a body, for excerpts, feeds and search. */
export function bodyText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, ' ').trim();
}
