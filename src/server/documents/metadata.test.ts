import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../domain/vocabulary.js';
import { checkEdit, editableFields, metadataFields, type EditedDocument } from './metadata.js';
import { documentStatuses, type DocumentStatus } from './vocabulary.js';

const doc = (status: DocumentStatus, extra: Partial<EditedDocument> = {}): EditedDocument => ({
  id: 7,
  status,
  confidentiality: 'members',
  embargoUntil: null,
  ...extra,
});
const secretariat: Role[] = ['secretariat'];
const focal: Role[] = ['ministry_focal_point'];

describe('editing a document’s registry facts', () => {
  it('lets drafters edit an open document, every field', () => {
    expect(editableFields('draft', focal)).toEqual([...metadataFields]);
    expect(checkEdit(doc('circulated'), { titleEn: 'New title' }, focal)).toEqual({ ok: true });
  });

  it('keeps closed documents to staff, with the acting meeting and intended action fixed', () => {
    expect(editableFields('adopted', focal)).toEqual([]);
    expect(checkEdit(doc('adopted'), { titleEn: 'Typo fixed' }, focal)).toMatchObject({ ok: false, problem: 'forbidden' });
    expect(checkEdit(doc('adopted'), { titleEn: 'Typo fixed' }, secretariat)).toEqual({ ok: true });
    expect(checkEdit(doc('noted'), { actingMeetingId: 3 }, secretariat)).toMatchObject({ problem: 'fixed', path: 'actingMeetingId' });
    expect(checkEdit(doc('withdrawn'), { intendedAction: 'note' }, secretariat)).toMatchObject({ problem: 'fixed', path: 'intendedAction' });
    expect(editableFields('issued', secretariat)).not.toContain('actingMeetingId');
  });

  it('makes moving an agreed document a deferral, not an edit', () => {
    for (const status of ['under_silence', 'agreed_ad_referendum', 'recommended'] as const) {
      expect(checkEdit(doc(status), { actingMeetingId: 3 }, secretariat)).toMatchObject({ problem: 'fixed', path: 'actingMeetingId' });
      expect(checkEdit(doc(status), { intendedAction: 'issue' }, secretariat)).toEqual({ ok: true });
    }
  });

  it('refuses an empty change, an embargo without public-on-outcome, and a relation to itself', () => {
    expect(checkEdit(doc('draft'), {}, secretariat)).toMatchObject({ problem: 'invalid', path: 'body' });
    const embargo = new Date('2020-11-15T00:00:00Z');
    expect(checkEdit(doc('draft'), { embargoUntil: embargo }, secretariat)).toMatchObject({ path: 'embargoUntil' });
    expect(checkEdit(doc('draft'), { embargoUntil: embargo, confidentiality: 'public_on_outcome' }, secretariat)).toEqual({ ok: true });
    const embargoed = doc('draft', { confidentiality: 'public_on_outcome', embargoUntil: embargo });
    expect(checkEdit(embargoed, { confidentiality: 'public' }, secretariat)).toMatchObject({ path: 'confidentiality' });
    expect(checkEdit(embargoed, { confidentiality: 'public', embargoUntil: null }, secretariat)).toEqual({ ok: true });
    expect(checkEdit(doc('draft'), { relatedDocumentIds: [3, 7] }, secretariat)).toMatchObject({ path: 'relatedDocumentIds' });
  });

  it('agrees with the edit form: a field is accepted exactly when it is offered', () => {
    const plain = metadataFields.filter((f) => f !== 'embargoUntil' && f !== 'relatedDocumentIds');
    fc.assert(
      fc.property(fc.constantFrom(...documentStatuses), fc.subarray([...roles], { minLength: 1 }), fc.constantFrom(...plain), (status, who, field) => {
        const accepted = checkEdit(doc(status), { [field]: 'x' }, who).ok;
        expect(accepted).toBe(editableFields(status, who).includes(field));
      }),
    );
  });
});
