/**
 * Field accuracy and link quality over the press corpus
 * (tests/fixtures/press-corpus): fifteen Vietnamese and English outlets'
 * layouts and two Chinese ones (a partner's press), with the failure classes
 * seen on real pages. A regression in the extractor, a profile or
 * the linker fails here; `npm run bench:press` prints the same figures.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, loadCorpus, loadNames, ratio, scoreCorpus } from '../../../../tests/helpers/press-corpus.js';

const GOAL = 0.95;
const pages = loadCorpus();
const names = loadNames();

describe('the press corpus', () => {
  it('has at least ten Vietnamese and five English outlets, two pages or more each, and every failure class', () => {
    const sites = new Map<string, Set<string>>();
    for (const p of pages) sites.set(p.expected.site, (sites.get(p.expected.site) ?? new Set()).add(p.expected.language));
    const bySite = (lang: string) => [...sites].filter(([, langs]) => langs.has(lang)).length;
    expect(bySite('vi')).toBeGreaterThanOrEqual(10);
    expect(bySite('en')).toBeGreaterThanOrEqual(5);
    expect(bySite('zh')).toBeGreaterThanOrEqual(2);
    for (const site of sites.keys()) expect(pages.filter((p) => p.expected.site === site).length).toBeGreaterThanOrEqual(2);
    const classes = new Set(pages.flatMap((p) => p.expected.classes));
    for (const c of [
      'section-label-date',
      'related-after-byline-no-heading',
      'placeholder',
      'placeholder-author',
      'date-only',
      'ambiguous-date',
      'dateline-as-author',
      'old-layout',
      'chinese-date',
    ]) {
      expect(classes).toContain(c);
    }
  });

  const score = scoreCorpus(pages, names);

  it.each(FIELDS)(`gets %s right on at least ${GOAL * 100} % of the pages`, (field) => {
    const { right, total } = score.perField[field];
    const misses = score.misses.filter((m) => m.field === field);
    expect(ratio(right, total), JSON.stringify(misses, null, 1)).toBeGreaterThanOrEqual(GOAL);
  });

  it('links meetings and people with precision and recall of at least 95 %', () => {
    const { meetings, people } = score.links;
    expect(ratio(meetings.truePositives, meetings.found)).toBeGreaterThanOrEqual(GOAL);
    expect(ratio(meetings.truePositives, meetings.expected)).toBeGreaterThanOrEqual(GOAL);
    expect(ratio(people.truePositives, people.found)).toBeGreaterThanOrEqual(GOAL);
    expect(ratio(people.truePositives, people.expected)).toBeGreaterThanOrEqual(GOAL);
  });

  // Floors for the fallbacks, at about what they reach today, so that they do not slip unnoticed.
  // Without a profile nothing says a site's zone: a press officer importing a Chinese outlet's page gives Beijing time as the page's zone.
  const importerZone = (page: (typeof pages)[number]) => (page.expected.language === 'zh' ? 'Asia/Shanghai' : 'Asia/Ho_Chi_Minh');

  it('reads most fields without any site profile too (the fallback for sites nobody profiled)', () => {
    const generic = scoreCorpus(pages, names, { profiles: [], defaultZone: importerZone });
    for (const field of FIELDS) expect(ratio(generic.perField[field].right, generic.perField[field].total), field).toBeGreaterThanOrEqual(0.85);
  });

  it('reads most fields of the same pages pasted as plain text', () => {
    const pasted = scoreCorpus(pages, names, { asText: true, defaultZone: importerZone });
    for (const field of FIELDS) expect(ratio(pasted.perField[field].right, pasted.perField[field].total), field).toBeGreaterThanOrEqual(0.75);
  });
});
