/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds read into their items' links
 * (fast-xml-parser; docs/decisions/press-monitoring-sources.md). Pure: text
 * in, items out; what is not a well-formed feed is a `FeedProblem`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FeedItem {
  /** The article's address, absolute. */
  link: string;
  title: string | null;
  /** guid / id when the feed gives one. */
  id: string | null;
}

export class FeedProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedProblem';
  }
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (isNode(value) && '#text' in value) return textOf(value['#text']);
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** An Atom entry's article link: rel="alternate" (or no rel), else the first with an href. */
function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : [];
  const withHref = list.filter((l): l is Node => isNode(l) && typeof l['@_href'] === 'string');
  const alternate = withHref.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? withHref[0];
  if (alternate) return alternate['@_href'] as string;
  return textOf(list[0]);
}

/** The items of a feed, in the feed's order, each with an absolute http(s) link; items without one are skipped. */
export function parseFeed(xml: string, base: string): FeedItem[] {
  const trimmed = xml.trimStart();
  if (!trimmed.startsWith('<')) throw new FeedProblem('not a feed: the answer is not XML');
  const valid = XMLValidator.validate(trimmed);
  if (valid !== true) throw new FeedProblem(`not a feed: the XML is not well-formed (${valid.err.msg}, line ${valid.err.line})`);
  const doc = parser.parse(trimmed) as Node;
  const rss = isNode(doc.rss) ? doc.rss : null;
  const channel = rss && isNode(rss.channel) ? rss.channel : null;
  const rdf = isNode(doc.RDF) ? doc.RDF : null;
  const atom = isNode(doc.feed) ? doc.feed : null;
  let raw: { link: string | null; title: string | null; id: string | null }[];
  if (channel || rdf) {
    const items = ((channel ?? rdf)!.item as unknown[] | undefined) ?? [];
    raw = items.filter(isNode).map((item) => ({
      link: textOf((item.link as unknown[] | undefined)?.[0]) ?? (isNode(item.guid) && item.guid['@_isPermaLink'] === 'false' ? null : textOf(item.guid)),
      title: textOf(item.title),
      id: textOf(item.guid) ?? (typeof item['@_about'] === 'string' ? item['@_about'] : null),
    }));
  } else if (atom) {
    const entries = (atom.entry as unknown[] | undefined) ?? [];
    raw = entries.filter(isNode).map((entry) => ({ link: atomLink(entry.link), title: textOf(entry.title), id: textOf(entry.id) }));
  } else {
    throw new FeedProblem('not a feed: XML, but neither RSS nor Atom');
  }
  const items: FeedItem[] = [];
  for (const r of raw) {
    const link = absolute(r.link, base);
    if (link) items.push({ link, title: r.title, id: r.id });
  }
  return items;
}
