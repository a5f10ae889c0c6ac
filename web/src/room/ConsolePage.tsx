/**
 * The meeting room: for the chair's secretariat the console (sitting, agenda,
 * list of speakers, timers, decisions in session and the record of
 * decisions); for a delegation's liaison its own view (ask for the floor, its
 * place in the list, the meeting's time in its own zone); for anyone else who
 * may see the meeting, the same room read-only. Updated live.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { canEditMeetings, useUser } from '../auth/session';
import { formatNumber, formatTime, instantIn, zoneLabel } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { Loading, PageError } from '../layout/QueryState';
import { StatusBadge } from '../meetings/labels';
import { useRoom, useRoomStep, type RoomData, type RoomItem, type Run, type SpeakerKind } from './api';
import { elapsedSeconds, formatClock } from './clock';
import { AgendaPanel } from './AgendaPanel';
import { DecisionsPanel } from './DecisionsPanel';
import { Button, Countdown, delegationName, KindTag, useNow } from './parts';
import './room.css';

export function ConsolePage() {
  const { id } = useParams();
  const { t } = useTranslation('room');
  const room = useRoom(id);
  const user = useUser();
  const [selected, setSelected] = useState<number | null>(null);
  if (room.isPending) return <Loading />;
  if (room.isError) return <PageError error={room.error} onRetry={() => void room.refetch()} />;
  const r = room.data;
  const chair = canEditMeetings(user);
  const item = r.items.find((i) => i.id === (selected ?? r.currentItemId)) ?? r.items[0] ?? null;
  return (
    <article className="room">
      <p className="breadcrumb">
        <Link to={`/meetings/${r.meeting.id}`}>
          ← <Picked of={r.meeting} field="title" />
        </Link>
      </p>
      <header className="page-heading">
        <div>
          <p className="eyebrow">{t('console')}</p>
          <h1 data-testid="room-title" data-page-kind={t('console')}>
            <Picked of={r.meeting} field="title" />
          </h1>
          <p className="badges">
            <StatusBadge status={r.meeting.status} />
          </p>
        </div>
        <Link className="button" to={`/meetings/${r.meeting.id}/projector`} data-testid="open-projector">
          {t('openProjector')}
        </Link>
      </header>
      <Steps room={r} chair={chair}>
        {(run) => (
          <div className="room-grid">
            <section className="card">
              <Sitting room={r} chair={chair} run={run} />
              <AgendaPanel room={r} chair={chair} run={run} selectedId={item?.id ?? null} onSelect={setSelected} />
            </section>
            <section className="card" aria-live="polite">
              {item ? <Speakers room={r} item={item} chair={chair} run={run} /> : <p className="muted">{t('noAgenda')}</p>}
            </section>
            <div className="room-decisions">
              <DecisionsPanel room={r} chair={chair} />
            </div>
          </div>
        )}
      </Steps>
    </article>
  );
}

/** Runs steps and shows the last refusal in words. */
function Steps({ room, children }: { room: RoomData; chair: boolean; children: (run: Run) => React.ReactNode }) {
  const { t } = useTranslation();
  const step = useRoomStep(room.meeting.id);
  const error = step.error instanceof ApiError ? step.error : null;
  return (
    <>
      {error && (
        <p className="state state-error" role="alert" data-testid="room-error">
          {t(`errorCodes.${error.code}`, { defaultValue: error.message })}
        </p>
      )}
      {children((s) => step.mutate(s))}
    </>
  );
}

function Sitting({ room, chair, run }: { room: RoomData; chair: boolean; run: Run }) {
  const { t } = useTranslation('room');
  const now = useNow(1000);
  const m = room.meeting;
  const own = room.delegations.find((d) => d.id === room.ownDelegationId);
  const clock = (zone: string) => formatTime(instantIn(new Date(now + room.clockOffsetMs).toISOString(), zone));
  return (
    <div className="sitting" data-testid="sitting">
      {m.status === 'in_progress' && m.startedAt ? (
        <p>
          <strong>
            {m.suspendedAt ? t('sitting.suspended') : t('sitting.running', { time: formatClock(elapsedSeconds(m.startedAt, now, room.clockOffsetMs)) })}
          </strong>
        </p>
      ) : (
        <p className="muted">{m.status === 'held' ? t('sitting.closed') : t('sitting.notStarted')}</p>
      )}
      <p className="muted">
        {t('mine.hostTime', { zone: zoneLabel(m.hostTimeZone), time: clock(m.hostTimeZone) })}
        {own && (
          <>
            <br />
            <span data-testid="own-time">{t('mine.localTime', { zone: zoneLabel(own.timeZone), time: clock(own.timeZone) })}</span>
          </>
        )}
      </p>
      {chair && (
        <p className="actions">
          {m.status === 'confirmed' && (
            <Button onClick={() => run({ kind: 'sitting', action: 'start' })} testId="sitting-start" label={t('sitting.start')} primary />
          )}
          {m.status === 'planned' && <span className="muted">{t('sitting.confirmFirst')}</span>}
          {m.status === 'in_progress' && !m.suspendedAt && (
            <Button onClick={() => run({ kind: 'sitting', action: 'suspend' })} testId="sitting-suspend" label={t('sitting.suspend')} />
          )}
          {m.status === 'in_progress' && m.suspendedAt && (
            <Button onClick={() => run({ kind: 'sitting', action: 'resume' })} testId="sitting-resume" label={t('sitting.resume')} primary />
          )}
          {m.status === 'in_progress' && <Button onClick={() => run({ kind: 'sitting', action: 'close' })} testId="sitting-close" label={t('sitting.close')} />}
        </p>
      )}
    </div>
  );
}

function Speakers({ room, item, chair, run }: { room: RoomData; item: RoomItem; chair: boolean; run: Run }) {
  const { t } = useTranslation('room');
  const speaking = item.speakers.find((s) => s.state === 'speaking');
  const waiting = item.speakers.filter((s) => s.state === 'waiting');
  const past = item.speakers.filter((s) => s.state === 'done' || s.state === 'withdrawn');
  const ownId = room.ownDelegationId;
  const mine = item.speakers.find((s) => s.delegation.id === ownId && s.kind === 'speech' && (s.state === 'waiting' || s.state === 'speaking'));
  const live = room.meeting.status === 'in_progress';
  const now = useNow(1000);
  const speeches = waiting.filter((s) => s.kind === 'speech').map((s) => s.id);
  const move = (id: number, by: -1 | 1) => {
    const order = [...speeches];
    const at = order.indexOf(id);
    const to = at + by;
    if (to < 0 || to >= order.length) return;
    [order[at], order[to]] = [order[to]!, order[at]!];
    run({ kind: 'order', itemId: item.id, speakerIds: order });
  };
  return (
    <div data-testid="speakers">
      <h2>
        {t('speakers.title')} — {item.position}. <Picked of={item} field="title" />
      </h2>
      <p className="muted">
        {t(`item.state.${item.state}`)}
        {item.openedAt && item.state !== 'closed' && ` · ${t('item.elapsed', { time: formatClock(elapsedSeconds(item.openedAt, now, room.clockOffsetMs)) })}`}
        {item.listClosed && <strong data-testid="list-closed"> · {t('item.listClosed')}</strong>}
      </p>
      {ownId !== null && !chair && <OwnPlace room={room} item={item} />}
      <div className="now-speaking" data-testid="now-speaking">
        <span className="muted">{t('speakers.now')}:</span>{' '}
        {speaking ? (
          <>
            <strong data-testid="speaker-name">{delegationName(speaking.delegation)}</strong> <KindTag speaker={speaking} />{' '}
            <Countdown speaker={speaking} offsetMs={room.clockOffsetMs} />
            {chair && (
              <Button small onClick={() => run({ kind: 'speaker', speakerId: speaking.id, action: 'done' })} testId="speaker-done" label={t('speakers.done')} />
            )}
          </>
        ) : (
          <span>{t('speakers.nobody')}</span>
        )}
      </div>
      {waiting.length === 0 ? (
        <p className="muted">{t('speakers.empty')}</p>
      ) : (
        <ol className="speaker-list" data-testid="speaker-list">
          {waiting.map((s) => (
            <li key={s.id} data-testid="waiting-speaker" className={s.delegation.id === ownId ? 'own' : undefined}>
              <span className="place">{s.place}</span> <span className="name">{delegationName(s.delegation)}</span> <KindTag speaker={s} />
              <span className="actions">
                {chair && live && item.state === 'open' && !room.meeting.suspendedAt && (
                  <Button
                    small
                    primary
                    onClick={() => run({ kind: 'speaker', speakerId: s.id, action: 'give_floor' })}
                    testId="give-floor"
                    label={t('speakers.giveFloor')}
                  />
                )}
                {chair && s.kind === 'speech' && speeches.length > 1 && (
                  <>
                    <Button small onClick={() => move(s.id, -1)} label="↑" title={t('speakers.up')} testId="speaker-up" />
                    <Button small onClick={() => move(s.id, 1)} label="↓" title={t('speakers.down')} testId="speaker-down" />
                  </>
                )}
                {(chair || s.delegation.id === ownId) && (
                  <Button small onClick={() => run({ kind: 'withdraw', speakerId: s.id })} testId="withdraw" label={t('speakers.withdraw')} />
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {live &&
        item.state !== 'closed' &&
        (chair ? <AddSpeaker room={room} item={item} run={run} /> : ownId !== null && <AskFloor item={item} listed={!!mine} run={run} />)}
      {chair && item.state !== 'closed' && (
        <p className="actions">
          <Button
            small
            onClick={() => run({ kind: 'item', itemId: item.id, action: item.listClosed ? 'reopen_list' : 'close_list' })}
            testId="toggle-list"
            label={t(item.listClosed ? 'item.reopen_list' : 'item.close_list')}
          />
          <LimitForm key={`${item.id}-${item.speakingSeconds}`} item={item} run={run} />
        </p>
      )}
      {past.length > 0 && (
        <details>
          <summary>
            {t('speakers.spoke')} ({formatNumber(past.length)})
          </summary>
          <ul>
            {past.map((s) => (
              <li key={s.id}>
                {delegationName(s.delegation)} · {t(`speakers.state.${s.state}`)}{' '}
                {s.endedAt && `· ${formatTime(instantIn(s.endedAt, room.meeting.hostTimeZone))}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function OwnPlace({ room, item }: { room: RoomData; item: RoomItem }) {
  const { t } = useTranslation('room');
  const own = room.delegations.find((d) => d.id === room.ownDelegationId)!;
  const entries = item.speakers.filter((s) => s.delegation.id === own.id);
  const speaking = entries.some((s) => s.state === 'speaking');
  const place = entries.find((s) => s.state === 'waiting')?.place;
  return (
    <div className="own-place" data-testid="own-place">
      <strong>{t('mine.title', { name: delegationName(own) })}</strong>
      <br />
      {speaking ? t('mine.speaking') : place ? t('mine.place', { place }) : t('mine.notListed')}
    </div>
  );
}

function AskFloor({ item, listed, run }: { item: RoomItem; listed: boolean; run: Run }) {
  const { t } = useTranslation('room');
  const ask = (speakerKind: SpeakerKind) => run({ kind: 'ask', itemId: item.id, speakerKind });
  return (
    <p className="actions">
      {!listed && !item.listClosed && <Button primary onClick={() => ask('speech')} testId="ask-floor" label={t('speakers.ask')} />}
      <Button onClick={() => ask('point_of_order')} testId="ask-point-of-order" label={t('speakers.askPointOfOrder')} />
      <Button onClick={() => ask('right_of_reply')} testId="ask-reply" label={t('speakers.askReply')} />
    </p>
  );
}

function AddSpeaker({ room, item, run }: { room: RoomData; item: RoomItem; run: Run }) {
  const { t } = useTranslation('room');
  const [delegationId, setDelegationId] = useState('');
  const [kind, setKind] = useState<SpeakerKind>('speech');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (delegationId) run({ kind: 'ask', itemId: item.id, delegationId: Number(delegationId), speakerKind: kind });
      }}
    >
      <label>
        {t('speakers.delegation')}{' '}
        <select value={delegationId} onChange={(e) => setDelegationId(e.target.value)} data-testid="add-speaker-delegation" required>
          <option value="" />
          {room.delegations.map((d) => (
            <option key={d.id} value={d.id}>
              {delegationName(d)}
            </option>
          ))}
        </select>
      </label>{' '}
      <select value={kind} onChange={(e) => setKind(e.target.value as SpeakerKind)} aria-label={t('speakers.kind.speech')} data-testid="add-speaker-kind">
        {(['speech', 'point_of_order', 'right_of_reply'] as const).map((k) => (
          <option key={k} value={k}>
            {t(`speakers.kind.${k}`)}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="button" data-testid="add-speaker">
        {t('speakers.add')}
      </button>
    </form>
  );
}

function LimitForm({ item, run }: { item: RoomItem; run: Run }) {
  const { t } = useTranslation('room');
  const [value, setValue] = useState(String(item.speakingSeconds));
  return (
    <span className="inline-form">
      <label>
        {t('item.limit')}{' '}
        <input type="number" min={15} max={3600} value={value} onChange={(e) => setValue(e.target.value)} className="narrow" data-testid="speaking-seconds" />
      </label>{' '}
      <Button small onClick={() => run({ kind: 'limit', itemId: item.id, speakingSeconds: Number(value) })} testId="set-limit" label={t('item.setLimit')} />
    </span>
  );
}
