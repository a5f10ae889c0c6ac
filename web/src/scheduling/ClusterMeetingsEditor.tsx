/**
 * The meetings of a cluster in its form: those in it (a planned one's
 * participants can change, any can be taken out; a held or cancelled one
 * says so), existing meetings to attach, and new planned meetings made inside
 * it with their titles, duration and participants.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary, Party, Series } from '../api/types';
import { formatShortDate, formatTime, instantIn } from '../i18n/format';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { FieldError } from '../meetings/form-parts';
import type { ClusterView } from './api';
import { emptyNewMeeting, type ClusterDraft, type NewMeetingDraft } from './cluster-draft';

type Detail = { path: string; message: string };

const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => Number(o.value));

interface Props {
  cluster: ClusterView | null;
  draft: ClusterDraft;
  onChange: (change: Partial<ClusterDraft>) => void;
  series: Series[];
  parties: Party[];
  attachable: MeetingSummary[];
  error: unknown;
  details: Record<string, Detail[]>;
}

export function ClusterMeetingsEditor({ cluster, draft, onChange, series, parties, attachable, error, details }: Props) {
  const { t } = useTranslation('scheduling');
  const ids = useId();
  const partyId = new Map(parties.map((p) => [p.code, p.id]));
  const when = (iso: string, zone: string) => {
    const dt = instantIn(iso, zone);
    return `${formatShortDate(dt)} ${formatTime(dt)}`;
  };
  const at = (prefix: string) => (details.newMeetings ?? []).filter((d) => d.path === prefix || d.path.startsWith(`${prefix}.`));
  const setNew = (i: number, change: Partial<NewMeetingDraft>) =>
    onChange({ newMeetings: draft.newMeetings.map((m, j) => (j === i ? { ...m, ...change } : m)) });
  const partyOptions = parties.map((p) => (
    <option key={p.id} value={p.id} lang={fallbackLang(p, 'name')}>
      {p.code} — {pick(p, 'name')}
    </option>
  ));

  return (
    <>
      {cluster && (
        <section className="cluster-form-section">
          <h2>{t('clusterForm.inCluster')}</h2>
          <ul className="plain cluster-meetings" data-testid="cluster-meetings">
            {cluster.meetings.map((m) => {
              const planned = m.fixedBy === null || m.fixedBy === 'rule';
              const changed = draft.participants[m.id];
              return (
                <li key={m.id} className="cluster-meeting" data-testid={`cluster-meeting-${m.id}`}>
                  <strong>
                    <Picked of={m} field="title" />
                  </strong>{' '}
                  <span className="muted small">{when(m.startsAt, cluster.hostTimeZone)}</span>{' '}
                  {!planned && <span className="badge">{t(`clusterForm.kept.${m.fixedBy}`)}</span>}
                  {planned ? (
                    <label className="field">
                      {t('clusterForm.participants')}
                      <select
                        multiple
                        size={6}
                        value={(changed ?? m.participants.map((code) => partyId.get(code)!)).map(String)}
                        onChange={(e) => onChange({ participants: { ...draft.participants, [m.id]: selected(e.target) } })}
                        data-testid={`cluster-participants-${m.id}`}
                      >
                        {partyOptions}
                      </select>
                    </label>
                  ) : (
                    <p className="muted small">{m.participants.join(', ')}</p>
                  )}
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={draft.detach.includes(m.id)}
                      onChange={(e) => onChange({ detach: e.target.checked ? [...draft.detach, m.id] : draft.detach.filter((id) => id !== m.id) })}
                      data-testid={`cluster-detach-${m.id}`}
                    />{' '}
                    {t('clusterForm.detach')}
                  </label>
                </li>
              );
            })}
          </ul>
          <FieldError name="participants" error={error} details={details.participants} />
          <FieldError name="detachMeetingIds" error={error} details={details.detachMeetingIds} />
        </section>
      )}

      <section className="cluster-form-section">
        <h2 id={`${ids}-attach`}>{t('clusterForm.attach')}</h2>
        <p className="hint" id={`${ids}-attach-hint`}>
          {t('clusterForm.attachHint')}
        </p>
        {attachable.length === 0 ? (
          <p className="muted" data-testid="cluster-attach-none">
            {t('clusterForm.attachNone')}
          </p>
        ) : (
          <select
            multiple
            size={Math.min(8, attachable.length)}
            value={draft.attach.map(String)}
            onChange={(e) => onChange({ attach: selected(e.target) })}
            aria-labelledby={`${ids}-attach`}
            aria-describedby={`${ids}-attach-hint`}
            data-testid="cluster-attach"
          >
            {attachable.map((m) => (
              <option key={m.id} value={m.id} lang={fallbackLang(m, 'title')}>
                {pick(m, 'title')} — {when(m.startsAt, m.hostTimeZone)}
              </option>
            ))}
          </select>
        )}
        <FieldError name="meetingIds" error={error} details={details.meetingIds ?? details.meetings} />
      </section>

      <section className="cluster-form-section">
        <h2>{t('clusterForm.newMeetings')}</h2>
        <p className="hint">{t('clusterForm.newHint')}</p>
        <ol className="cluster-new-meetings">
          {draft.newMeetings.map((m, i) => (
            <li key={i} className="cluster-new-meeting" data-testid={`cluster-new-${i}`}>
              <div className="cluster-form-grid">
                <label className="field">
                  {t('clusterForm.series')}
                  <select value={m.seriesId} onChange={(e) => setNew(i, { seriesId: e.target.value })} required data-testid={`cluster-new-series-${i}`}>
                    <option value="">—</option>
                    {series.map((s) => (
                      <option key={s.id} value={s.id} lang={fallbackLang(s, 'name')}>
                        {s.code} — {pick(s, 'name')}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  {t('clusterForm.titleEn')}
                  <input value={m.titleEn} onChange={(e) => setNew(i, { titleEn: e.target.value })} required data-testid={`cluster-new-title-en-${i}`} />
                </label>
                <label className="field">
                  {t('clusterForm.titleVi')}
                  <input
                    value={m.titleVi}
                    onChange={(e) => setNew(i, { titleVi: e.target.value })}
                    required
                    lang="vi"
                    data-testid={`cluster-new-title-vi-${i}`}
                  />
                </label>
                <label className="field">
                  {t('clusterForm.duration')}
                  <input
                    type="number"
                    min={15}
                    step={15}
                    max={1440}
                    inputMode="numeric"
                    value={m.durationMinutes}
                    onChange={(e) => setNew(i, { durationMinutes: e.target.value })}
                    className="rules-minutes"
                    data-testid={`cluster-new-duration-${i}`}
                  />
                </label>
                <label className="field">
                  {t('clusterForm.hostCityEn')}
                  <input value={m.hostCityEn} onChange={(e) => setNew(i, { hostCityEn: e.target.value })} />
                </label>
                <label className="field">
                  {t('clusterForm.hostCityVi')}
                  <input value={m.hostCityVi} onChange={(e) => setNew(i, { hostCityVi: e.target.value })} lang="vi" />
                </label>
              </div>
              <label className="field">
                {t('clusterForm.participants')}
                <select
                  multiple
                  size={6}
                  value={m.participants.map(String)}
                  onChange={(e) => setNew(i, { participants: selected(e.target) })}
                  data-testid={`cluster-new-participants-${i}`}
                >
                  {partyOptions}
                </select>
              </label>
              <FieldError name={`newMeetings.${i}`} error={error} details={at(`newMeetings.${i}`)} />
              <button type="button" className="button" onClick={() => onChange({ newMeetings: draft.newMeetings.filter((_, j) => j !== i) })}>
                {t('clusterForm.remove')}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button"
          onClick={() => onChange({ newMeetings: [...draft.newMeetings, emptyNewMeeting()] })}
          data-testid="cluster-add-meeting"
        >
          {t('clusterForm.addMeeting')}
        </button>
      </section>
    </>
  );
}
