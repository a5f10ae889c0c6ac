/**
 * The projector: full screen, large type, no navigation — the current item,
 * who has the floor with the countdown, the next speakers. Readable on a
 * phone too. Updated live through its own subscription (it has no layout).
 */
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { LiveUpdates } from '../live/LiveUpdates';
import { useRoom } from './api';
import { Countdown, delegationName, KindTag } from './parts';
import './room.css';

const NEXT_SHOWN = 5;

export function ProjectorPage() {
  const { id } = useParams();
  const { t } = useTranslation('room');
  const room = useRoom(id);
  if (room.isPending) return <Loading />;
  if (room.isError) return <PageError error={room.error} onRetry={() => void room.refetch()} />;
  const r = room.data;
  const item = r.items.find((i) => i.id === r.currentItemId) ?? null;
  const speaking = item?.speakers.find((s) => s.state === 'speaking') ?? null;
  const next = item?.speakers.filter((s) => s.state === 'waiting').slice(0, NEXT_SHOWN) ?? [];
  return (
    <main className="projector" data-testid="projector">
      <header className="projector-head">
        <h1 data-page-kind={t('projector')}>
          <Picked of={r.meeting} field="title" />
        </h1>
        <div className="projector-lang">
          <LanguageSwitch />
        </div>
      </header>
      {r.meeting.suspendedAt && <p className="projector-banner">{t('sitting.suspended')}</p>}
      <section className="projector-item" data-testid="projector-item">
        <p className="projector-label">{t('item.current')}</p>
        <h2>
          {item ? (
            <>
              {item.position}. <Picked of={item} field="title" />
            </>
          ) : (
            t('item.none')
          )}
        </h2>
      </section>
      <section className="projector-now" aria-live="polite">
        <p className="projector-label">{t('speakers.now')}</p>
        {speaking ? (
          <div className="projector-speaker">
            <span className="projector-name" data-testid="projector-speaker">
              {delegationName(speaking.delegation)}
            </span>{' '}
            <KindTag speaker={speaking} />
            <Countdown speaker={speaking} offsetMs={r.clockOffsetMs} className="projector-countdown" />
          </div>
        ) : (
          <p className="projector-name muted">{t('speakers.nobody')}</p>
        )}
      </section>
      <section className="projector-next">
        <p className="projector-label">{t('speakers.next')}</p>
        <ol data-testid="projector-next">
          {next.map((s) => (
            <li key={s.id}>
              {delegationName(s.delegation)} <KindTag speaker={s} />
            </li>
          ))}
        </ol>
        {item?.listClosed && <p className="muted">{t('item.listClosed')}</p>}
      </section>
      <LiveUpdates />
    </main>
  );
}
