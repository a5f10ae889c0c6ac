/**
 * "My delegation": the liaison's meetings with quota used and left, the
 * nomination form, and the nominees with their badges. The secretariat sees
 * the same page for any delegation it chooses.
 */
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useParties } from '../api/queries';
import { useSession } from '../auth/session';
import { formatShortDate, instantIn } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError, RefusalPage } from '../layout/QueryState';
import { isSecretariat, useDelegation, type MeetingSeats } from './api';
import { NominateForm } from './NominateForm';
import { NominationCard } from './NominationCard';
import './delegates.css';
import { Options } from '../layout/Options';

function SeatsCard({ meeting: m }: { meeting: MeetingSeats }) {
  const { t } = useTranslation('delegates');
  const used = m.quota === 0 ? 1 : Math.min(1, m.members / m.quota);
  return (
    <li className="seats" data-testid={`seats-${m.slug ?? m.id}`}>
      <p className="seats-title">
        <Picked of={m} field="title" />
      </p>
      <p className="muted seats-meta">
        {formatShortDate(instantIn(m.startsAt, m.hostTimeZone))} · {t(`quotaLevel.${m.quotaLevel}`)}
        {m.quotaOverridden && ` · ${t('mine.overridden')}`}
      </p>
      <div className="seats-bar" aria-hidden="true">
        <span style={{ width: `${used * 100}%` }} className={m.left === 0 ? 'seats-bar-full' : undefined} />
      </div>
      <p className="seats-use">
        {t('mine.quotaUse', { members: m.members, quota: m.quota })} ·{' '}
        <strong data-testid="seats-left">{m.left === 0 ? t('mine.full') : t('mine.left', { count: m.left })}</strong>
      </p>
      <p className={m.head ? 'seats-head' : 'seats-head seats-head-missing'}>{m.head ? t('mine.head', { name: m.head.fullName }) : t('mine.noHead')}</p>
    </li>
  );
}

export function MyDelegationPage() {
  const { t } = useTranslation('delegates');
  const session = useSession();
  const user = session.data?.user ?? null;
  const staff = isSecretariat(user?.roles);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('party') ? Number(params.get('party')) : null;
  const parties = useParties();
  const overview = useDelegation(staff ? chosen : null, user !== null && (!staff || chosen !== null));

  const picker = staff && (
    <label className="field inline-field">
      {t('mine.choose')}
      <select value={chosen ?? ''} onChange={(e) => setParams(e.target.value ? { party: e.target.value } : {})} data-testid="delegation-picker">
        <Options items={parties.data} blank="—" field="name" />
      </select>
    </label>
  );

  if (session.isPending) return <Loading />;
  // The route's gate (App.tsx) refuses first; this narrows the type.
  if (user === null) return <RefusalPage permission="delegates.nominate" />;
  if (staff && chosen === null) {
    return (
      <section>
        <h1>{t('review.delegationPage')}</h1>
        {picker}
        <p className="muted">{t('mine.chooseHint')}</p>
      </section>
    );
  }
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <PageError error={overview.error} onRetry={() => void overview.refetch()} />;
  const { party, meetings, nominations } = overview.data;
  return (
    <section className="delegation-page">
      <p className="eyebrow">{t('mine.title')}</p>
      <h1 data-testid="delegation-title">
        <Trans t={t} i18nKey="mine.titleOf" components={{ name: <Picked of={party} field="name" /> }} />
      </h1>
      {picker}
      <p className="hint">{t('mine.intro')}</p>

      <h2>{t('mine.meetings')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('mine.noMeetings')}</p>
      ) : (
        <ul className="seats-grid">
          {meetings.map((m) => (
            <SeatsCard key={m.id} meeting={m} />
          ))}
        </ul>
      )}

      {meetings.length > 0 && <NominateForm key={party.id} overview={overview.data} asSecretariat={staff} />}

      <h2>{t('mine.nominations')}</h2>
      {nominations.length === 0 ? (
        <p className="muted">{t('mine.none')}</p>
      ) : (
        <ul className="nominations" data-testid="nominations">
          {nominations.map((n) => (
            <NominationCard key={n.id} nomination={n} />
          ))}
        </ul>
      )}
    </section>
  );
}
