import { scoreCorpus, FIELDS, ratio } from './tests/helpers/press-corpus.js';
const s = scoreCorpus(undefined, undefined, process.env.GENERIC ? { profiles: [] } : {});
for (const f of FIELDS) console.log(f, s.perField[f].right, '/', s.perField[f].total);
for (const [site, c] of s.perSite) console.log(site.padEnd(14), FIELDS.map((f) => `${c[f].right}/${c[f].total}`).join(' '));
const m = s.links.meetings; console.log('meetings P', ratio(m.truePositives, m.found).toFixed(3), 'R', ratio(m.truePositives, m.expected).toFixed(3));
const p = s.links.people; console.log('people P', ratio(p.truePositives, p.found).toFixed(3), 'R', ratio(p.truePositives, p.expected).toFixed(3));
const only = process.argv[2];
for (const x of s.misses) if (!only || x.field === only || x.page.startsWith(only)) console.log(x.page, x.field, x.reason.slice(0, 160));
