/**
 * Who may change which of a document's registry facts, and when. Pure: no
 * database. The reference code is not among the fields: it never changes.
 *
 * - Drafters (admin, secretariat, ministry focal points) edit open documents.
 * - Once adopted, noted, issued or withdrawn, only staff correct a document,
 *   and the meeting that acted and the intended action are part of the record.
 * - From agreement ad referendum on (and under silence) the meeting to act is
 *   fixed: moving the document then is a deferral, a step of the workflow.
 * - An embargo belongs only to a document that becomes public on its outcome.
 */
import type { Role } from '../domain/vocabulary.js';
import { roleGroups } from '../auth/roles.js';
import type { Confidentiality, DocumentStatus } from './vocabulary.js';

export const metadataFields = [
  'titleEn',
  'titleVi',
  'type',
  'pillar',
  'proposerPartyIds',
  'leadBodyEn',
  'leadBodyVi',
  'actingMeetingId',
  'intendedAction',
  'relatedDocumentIds',
  'relatedDeliverableIds',
  'confidentiality',
  'embargoUntil',
] as const;
export type MetadataField = (typeof metadataFields)[number];

const { staff, drafters } = roleGroups;
const closed: readonly DocumentStatus[] = ['adopted', 'noted', 'issued', 'withdrawn'];
const meetingMovable: readonly DocumentStatus[] = ['draft', 'circulated', 'under_negotiation', 'deferred'];

const any = (roles: readonly Role[], set: readonly Role[]) => roles.some((r) => set.includes(r));

/** Why a field cannot be changed now, or null when it can. */
function fixedBecause(field: MetadataField, status: DocumentStatus): string | null {
  if (field === 'actingMeetingId') {
    if (closed.includes(status)) return 'the meeting that acted is part of the record';
    if (!meetingMovable.includes(status)) return 'from agreement on, moving the document to another meeting is a deferral';
  }
  if (field === 'intendedAction' && closed.includes(status)) return 'the intended action is part of the record once the document is closed';
  return null;
}

/** The fields these roles may change on a document in this state (for the edit form). */
export function editableFields(status: DocumentStatus, roles: readonly Role[]): MetadataField[] {
  if (!any(roles, closed.includes(status) ? staff : drafters)) return [];
  return metadataFields.filter((f) => fixedBecause(f, status) === null);
}

export interface EditedDocument {
  id: number;
  status: DocumentStatus;
  confidentiality: Confidentiality;
  embargoUntil: Date | null;
}

export interface MetadataChange {
  confidentiality?: Confidentiality;
  embargoUntil?: Date | null;
  relatedDocumentIds?: number[];
  [field: string]: unknown;
}

export type EditCheck = { ok: true } | { ok: false; problem: 'forbidden' | 'fixed' | 'invalid'; path: string; message: string };

export function checkEdit(doc: EditedDocument, change: MetadataChange, roles: readonly Role[]): EditCheck {
  const fields = metadataFields.filter((f) => change[f] !== undefined);
  if (!fields.length) return { ok: false, problem: 'invalid', path: 'body', message: 'nothing to change: send at least one field' };
  if (!any(roles, closed.includes(doc.status) ? staff : drafters)) {
    return {
      ok: false,
      problem: 'forbidden',
      path: fields[0]!,
      message: closed.includes(doc.status) ? `only the secretariat corrects a ${doc.status} document` : 'your role does not edit documents',
    };
  }
  for (const f of fields) {
    const why = fixedBecause(f, doc.status);
    if (why) return { ok: false, problem: 'fixed', path: f, message: why };
  }
  const confidentiality = change.confidentiality ?? doc.confidentiality;
  const embargo = change.embargoUntil === undefined ? doc.embargoUntil : change.embargoUntil;
  if (embargo && confidentiality !== 'public_on_outcome') {
    return {
      ok: false,
      problem: 'invalid',
      path: change.embargoUntil ? 'embargoUntil' : 'confidentiality',
      message: 'an embargo applies only to a document that becomes public once adopted, noted or issued; clear the embargo first',
    };
  }
  if (change.relatedDocumentIds?.includes(doc.id)) {
    return { ok: false, problem: 'invalid', path: 'relatedDocumentIds', message: 'a document cannot be related to itself' };
  }
  return { ok: true };
}

/**
 * Why these roles may not change a document's structured text now, or null
 * when they may: the same people who may edit its registry facts (drafters
 * while it is open, staff once it is closed).
 */
export function mayEditText(status: DocumentStatus, roles: readonly Role[]): string | null {
  if (any(roles, closed.includes(status) ? staff : drafters)) return null;
  return closed.includes(status) ? `only the secretariat corrects a ${status} document` : 'your role does not edit documents';
}
