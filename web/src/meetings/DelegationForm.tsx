/**
 * Add or change a delegation (admin, secretariat). The zone a delegation
 * joins from defaults to its party's zone and can differ from it: at AMM-53
 * the DPRK was represented by its embassy in Hanoi, so it joined from
 * Asia/Ho_Chi_Minh, not Asia/Pyongyang.
 */
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { useAddDelegation, useUpdateDelegation } from '../api/mutations';
import { useParties } from '../api/queries';
import { headLevels, type Delegation, type DelegationPatch, type HeadLevel, type MeetingDetail } from '../api/types';
import { offsetLabel, zoneLabel } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { FieldError, SaveError, splitDetails, VocabularySelect, ZoneInput } from './form-parts';
import { defaultHostZone, normalizeZone } from './zones';

const fields = ['partyId', 'headName', 'headPersonId', 'headLevel', 'timeZone', 'noteVi', 'noteEn'] as const;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function DelegationForm({
  meeting,
  delegation,
  onDone,
}: {
  meeting: MeetingDetail;
  /** The delegation to change; none to add one. */
  delegation?: Delegation;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('meetings');
  const parties = useParties();
  const add = useAddDelegation(meeting.id);
  const update = useUpdateDelegation();
  const save = delegation ? update : add;
  const [partyId, setPartyId] = useState('');
  const [headName, setHeadName] = useState(delegation?.headName ?? '');
  const [headLevel, setHeadLevel] = useState<HeadLevel>((delegation?.headLevel as HeadLevel | undefined) ?? 'minister');
  const [zoneInput, setZoneInput] = useState(delegation?.timeZone ?? '');
  const [noteVi, setNoteVi] = useState(delegation?.noteVi ?? '');
  const [noteEn, setNoteEn] = useState(delegation?.noteEn ?? '');
  const [checked, setChecked] = useState(false);

  if (parties.isPending) return <Loading />;
  if (parties.isError) return <ErrorState error={parties.error} />;

  const present = new Set(meeting.delegations.map((d) => d.party.id));
  const choices = parties.data.filter((p) => !present.has(p.id));
  const zone = normalizeZone(zoneInput);
  const zoneProblem = checked && zone === null ? tm('unknownZone', { example: zoneLabel(defaultHostZone) }) : null;
  const { byField, rest } = splitDetails(save.error, fields);

  function chooseParty(id: string) {
    setPartyId(id);
    const party = parties.data?.find((p) => String(p.id) === id);
    if (party) setZoneInput(party.timeZone);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (zone === null) return;
    if (!delegation) {
      add.mutate(
        { partyId: Number(partyId), headName: orNull(headName), headLevel, timeZone: zone, noteVi: orNull(noteVi), noteEn: orNull(noteEn) },
        { onSuccess: onDone },
      );
      return;
    }
    // Send only what changed, so that a concurrent edit of another field is not overwritten.
    const patch: DelegationPatch = {};
    if (orNull(headName) !== delegation.headName) patch.headName = orNull(headName);
    if (headLevel !== delegation.headLevel) patch.headLevel = headLevel;
    if (zone !== delegation.timeZone) patch.timeZone = zone;
    if (orNull(noteVi) !== delegation.noteVi) patch.noteVi = orNull(noteVi);
    if (orNull(noteEn) !== delegation.noteEn) patch.noteEn = orNull(noteEn);
    if (Object.keys(patch).length === 0) onDone();
    else update.mutate({ id: delegation.id, patch }, { onSuccess: onDone });
  }

  return (
    <form className="form delegation-form" onSubmit={submit} data-testid="delegation-form">
      <h3>
        {delegation ? (
          <Trans t={t} i18nKey="delegationForm.editTitle" components={{ party: <Picked of={delegation.party} field="name" /> }} />
        ) : (
          t('delegationForm.addTitle')
        )}
      </h3>
      <div className="form-row">
        {!delegation && (
          <label className="field">
            <span>{t('delegations.party')}</span>
            <select required value={partyId} onChange={(e) => chooseParty(e.target.value)} data-testid="delegation-party">
              <option value="" disabled>
                {t('meetingForm.choose')}
              </option>
              {choices.map((p) => (
                <option key={p.id} value={p.id} lang={fallbackLang(p, 'name')}>
                  {pick(p, 'name')} ({p.code})
                </option>
              ))}
            </select>
            <FieldError name="partyId" error={save.error} details={byField.partyId} />
          </label>
        )}
        <label className="field">
          <span>{t('delegations.head')}</span>
          <input value={headName} onChange={(e) => setHeadName(e.target.value)} data-testid="delegation-head" />
          <FieldError name="headName" error={save.error} details={byField.headName ?? byField.headPersonId} />
        </label>
        <label className="field">
          <span>{t('delegationForm.headLevel')}</span>
          <VocabularySelect values={headLevels} value={headLevel} onChange={setHeadLevel} labelPrefix="headLevel" testId="delegation-level" />
          <FieldError name="headLevel" error={save.error} details={byField.headLevel} />
        </label>
        <label className="field">
          <span>{t('delegations.joinsFrom')}</span>
          <ZoneInput value={zoneInput} onChange={setZoneInput} invalid={zoneProblem !== null} testId="delegation-zone" at={meeting.startsAt} />
          {zone && !zoneProblem && !byField.timeZone && (
            <span className="hint">{tm('delegationZoneHint', { offset: offsetLabel(zone, meeting.startsAt) })}</span>
          )}
          <FieldError name="timeZone" error={save.error} details={byField.timeZone} local={zoneProblem} />
        </label>
      </div>
      <div className="form-row">
        <label className="field">
          <span>{t('delegationForm.noteVi')}</span>
          <textarea lang="vi" rows={2} value={noteVi} onChange={(e) => setNoteVi(e.target.value)} data-testid="delegation-note-vi" />
          <FieldError name="noteVi" error={save.error} details={byField.noteVi} />
        </label>
        <label className="field">
          <span>{t('delegationForm.noteEn')}</span>
          <textarea lang="en" rows={2} value={noteEn} onChange={(e) => setNoteEn(e.target.value)} data-testid="delegation-note-en" />
          <FieldError name="noteEn" error={save.error} details={byField.noteEn} />
        </label>
      </div>
      <SaveError error={save.error} rest={rest} failed={t('delegationForm.failed')} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.isPending} data-testid="save-delegation">
          {save.isPending ? t('edit.saving') : delegation ? t('edit.save') : t('delegationForm.add')}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
