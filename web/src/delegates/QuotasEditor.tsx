/** The secretariat's quotas: members besides the head per meeting level, and one delegation's at one meeting. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParties } from '../api/queries';
import { fallbackLang, pick } from '../i18n/pick';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { useDelegation, useQuotas, useRemoveOverride, useSetLevelQuota, useSetOverride, type QuotaLevel } from './api';
import { Options } from '../layout/Options';

function LevelRow({ level, members }: { level: QuotaLevel; members: number | null }) {
  const { t } = useTranslation('delegates');
  const save = useSetLevelQuota();
  const [value, setValue] = useState(members === null ? '' : String(members));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ level, members: Number(value) });
  };
  return (
    <form className="quota-row" onSubmit={onSubmit} data-testid={`quota-${level}`}>
      <label className="field">
        {t(`quotaLevel.${level}`)}
        <input type="number" min={0} max={200} required value={value} onChange={(e) => setValue(e.target.value)} aria-describedby={`quota-${level}-hint`} />
        <small className="muted" id={`quota-${level}-hint`}>
          {members === null ? t('quotas.notSet') : t('quotas.members')}
        </small>
      </label>
      <button className="button button-small" type="submit" disabled={save.isPending || value === '' || Number(value) === members}>
        {t('quotas.save')}
      </button>
      {save.isSuccess && Number(value) === members && <small className="muted">{t('quotas.saved')}</small>}
      {save.isError && <ErrorState error={save.error} />}
    </form>
  );
}

function OverrideForm() {
  const { t } = useTranslation('delegates');
  const parties = useParties();
  const [partyId, setPartyId] = useState<number | null>(null);
  const delegation = useDelegation(partyId, partyId !== null);
  const [meetingId, setMeetingId] = useState('');
  const [members, setMembers] = useState('');
  const save = useSetOverride();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (partyId === null) return;
    save.mutate({ partyId, meetingId: Number(meetingId), members: Number(members) }, { onSuccess: () => setMembers('') });
  };
  return (
    <form className="filters override-form" onSubmit={onSubmit} data-testid="override-form">
      <label className="field">
        {t('quotas.delegation')}
        <select
          required
          value={partyId ?? ''}
          onChange={(e) => {
            setPartyId(e.target.value ? Number(e.target.value) : null);
            setMeetingId('');
          }}
        >
          <Options items={parties.data} blank={t('quotas.chooseDelegation')} field="name" />
        </select>
      </label>
      <label className="field field-wide">
        {t('quotas.meeting')}
        <select required value={meetingId} onChange={(e) => setMeetingId(e.target.value)} disabled={!delegation.data}>
          <option value="">{t('quotas.chooseMeeting')}</option>
          {delegation.data?.meetings.map((m) => (
            <option key={m.id} value={m.id} lang={fallbackLang(m, 'title')}>
              {pick(m, 'title')} ({m.members}/{m.quota})
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('quotas.members')}
        <input type="number" min={0} max={200} required value={members} onChange={(e) => setMembers(e.target.value)} />
      </label>
      <button className="button button-primary" type="submit" disabled={save.isPending}>
        {t('quotas.add')}
      </button>
      {save.isError && <ErrorState error={save.error} />}
    </form>
  );
}

export function QuotasEditor() {
  const { t } = useTranslation('delegates');
  const quotas = useQuotas();
  const remove = useRemoveOverride();
  if (quotas.isPending) return <Loading />;
  if (quotas.isError) return <ErrorState error={quotas.error} />;
  return (
    <section className="card quotas" data-testid="quotas">
      <h2>{t('quotas.title')}</h2>
      <p className="hint">{t('quotas.intro')}</p>
      <div className="quota-levels">
        {quotas.data.levels.map((l) => (
          <LevelRow key={`${l.level}:${l.members}`} level={l.level} members={l.members} />
        ))}
      </div>
      <h3>{t('quotas.overrides')}</h3>
      <p className="hint">{t('quotas.overridesHint')}</p>
      {quotas.data.overrides.length === 0 ? (
        <p className="muted">{t('quotas.noOverrides')}</p>
      ) : (
        <ul className="overrides">
          {quotas.data.overrides.map((o) => (
            <li key={`${o.partyId}:${o.meetingId}`}>
              <span>
                <strong>
                  <Picked of={o} field="partyName" />
                </strong>{' '}
                · <Picked of={o} field="meetingTitle" />: {o.members}
              </span>
              <button
                type="button"
                className="button button-small button-ghost"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ partyId: o.partyId, meetingId: o.meetingId })}
              >
                {t('quotas.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {remove.isError && <ErrorState error={remove.error} />}
      <OverrideForm />
    </section>
  );
}
