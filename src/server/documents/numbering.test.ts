import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSeries, formatCode, needsNewCode, parseCode, seriesFor, type CodeSeries } from './numbering.js';
import { confidentialities, documentStatuses, type Confidentiality, type DocumentStatus } from './vocabulary.js';

const meetingCodes = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,12}$/);
const typeCodes = fc.constantFrom('DECL', 'JC', 'CS', 'ST', 'REP');
const series = fc.constantFrom(...codeSeries);

describe('reference codes', () => {
  it('reads back what it writes', () => {
    fc.assert(
      fc.property(meetingCodes, typeCodes, series, fc.integer({ min: 1, max: 1_000_000 }), (meetingCode, typeCode, s, n) => {
        expect(parseCode(formatCode(meetingCode, typeCode, s, n))).toEqual({ meetingCode, typeCode, series: s, n });
      }),
    );
  });

  it('keeps the shape public documents always had, and marks the restricted series', () => {
    expect(formatCode('AMM-53', 'JC', 'general', 4)).toBe('AMM-53/JC/4');
    expect(formatCode('AMM-53', 'JC', 'members', 2)).toBe('AMM-53/JC/M.2');
    expect(formatCode('AMM-53', 'JC', 'participants', 3)).toBe('AMM-53/JC/P.3');
    expect(parseCode('AMM-53/JC')).toBeNull();
    expect(parseCode('AMM-53/JC/X.1')).toBeNull();
    expect(parseCode('AMM-53/JC/0')).toBeNull();
  });

  it('draws a public document from the general series, and a public-on-outcome one from its outcome on', () => {
    expect(seriesFor({ confidentiality: 'public', status: 'draft' })).toBe('general');
    expect(seriesFor({ confidentiality: 'members', status: 'adopted' })).toBe('members');
    expect(seriesFor({ confidentiality: 'participants', status: 'adopted' })).toBe('participants');
    expect(seriesFor({ confidentiality: 'public_on_outcome', status: 'recommended' })).toBe('participants');
    for (const status of ['adopted', 'noted', 'issued'] as const) expect(seriesFor({ confidentiality: 'public_on_outcome', status })).toBe('general');
  });

  // Who may see a series' codes, as sets of viewer kinds: everyone sees the
  // general series; members' liaisons the members series; each meeting's
  // participants its participants series. A code may stay on a document only
  // if everyone who sees the document sees the whole series.
  const audience = (s: CodeSeries, meeting: string): Set<string> =>
    s === 'general'
      ? new Set(['public', 'members', 'participants:A', 'participants:B'])
      : s === 'members'
        ? new Set(['members'])
        : new Set([`participants:${meeting}`]);
  const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

  it('gives a new code exactly when the document now reaches beyond its series’ audience', () => {
    fc.assert(
      fc.property(
        series,
        fc.constantFrom('A', 'B'),
        fc.constantFrom(...confidentialities),
        fc.constantFrom(...documentStatuses),
        fc.constantFrom('A', 'B'),
        (current: CodeSeries, codeMeeting, confidentiality: Confidentiality, status: DocumentStatus, actingMeeting) => {
          const required = seriesFor({ confidentiality, status });
          const renew = needsNewCode({ meetingCode: codeMeeting, typeCode: 'ST', series: current, n: 1 }, { series: required, meetingCode: actingMeeting });
          const reaches = !within(audience(required, actingMeeting), audience(current, codeMeeting));
          expect(renew).toBe(reaches);
        },
      ),
    );
  });
});
