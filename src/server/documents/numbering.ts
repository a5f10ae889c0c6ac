/**
 * Reference codes, and why numbering never lets anyone count documents
 * they cannot see (docs/decisions/documents-reference-codes.md). Pure.
 *
 * A code is drawn from one series per meeting and type; each series has an
 * audience, and a code from a series is only ever shown on a document that
 * no one outside that audience can see:
 *
 * - general, `AMM-53/JC/4`: everyone. Public documents.
 * - members, `AMM-53/JC/M.2`: the chair's officials and member states'
 *   liaisons. Documents restricted to members.
 * - participants, `AMM-53/JC/P.3`: the chair's officials and liaisons of the
 *   parties at that meeting. Documents restricted to participants, and those
 *   that become public on their outcome, until then.
 *
 * When a document opens to an audience its code's series does not cover (a
 * draft made public, an outcome that makes it public, a participants' draft
 * deferred to another meeting, members' to participants'), it is given the
 * next code of the right series; the old code is never given again. A
 * general code covers everyone, so it is never replaced.
 */
import type { Confidentiality, DocumentStatus } from './vocabulary.js';
import { outcomeStatuses } from './vocabulary.js';

export const codeSeries = ['general', 'members', 'participants'] as const;
export type CodeSeries = (typeof codeSeries)[number];

const marks: Record<CodeSeries, string> = { general: '', members: 'M.', participants: 'P.' };

/**
 * The series a document's code must come from now. A public-on-outcome
 * document counts as public from its outcome on: its code is given then, and
 * an embargo delays only when the public sees it (the decision says why).
 */
export function seriesFor(doc: { confidentiality: Confidentiality; status: DocumentStatus }): CodeSeries {
  switch (doc.confidentiality) {
    case 'public':
      return 'general';
    case 'members':
      return 'members';
    case 'participants':
      return 'participants';
    case 'public_on_outcome':
      return (outcomeStatuses as readonly DocumentStatus[]).includes(doc.status) ? 'general' : 'participants';
  }
}

export function formatCode(meetingCode: string, typeCode: string, series: CodeSeries, n: number): string {
  return `${meetingCode}/${typeCode}/${marks[series]}${n}`;
}

export interface ParsedCode {
  meetingCode: string;
  typeCode: string;
  series: CodeSeries;
  n: number;
}

export function parseCode(code: string): ParsedCode | null {
  const parts = code.split('/');
  if (parts.length < 3) return null;
  const last = parts.at(-1)!;
  const match = /^(?:(M|P)\.)?([1-9][0-9]*)$/.exec(last);
  if (!match) return null;
  const series: CodeSeries = match[1] === 'M' ? 'members' : match[1] === 'P' ? 'participants' : 'general';
  return { meetingCode: parts.slice(0, -2).join('/'), typeCode: parts.at(-2)!, series, n: Number(match[2]) };
}

/**
 * Does a document whose code is `current` need a new one, now that it must
 * come from `required` (the series and the acting meeting's code)? Only when
 * the document's audience now reaches beyond the current series' audience.
 */
export function needsNewCode(current: ParsedCode | null, required: { series: CodeSeries; meetingCode: string }): boolean {
  if (!current) return true;
  switch (current.series) {
    case 'general':
      return false;
    case 'members':
      return required.series !== 'members';
    case 'participants':
      return required.series !== 'participants' || required.meetingCode !== current.meetingCode;
  }
}
