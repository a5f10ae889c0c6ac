/**
 * Decisions in session on the console: the documents up for decision at the
 * meeting, each with the decisions the workflow allows the chair now (asked
 * once more before they are taken, with the reason or the meeting to defer to
 * when the workflow needs one), and the record of decisions with its
 * downloads. Updated live like the rest of the room.
 */
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client';
import { MeetingPicker } from '../documents/pickers';
import { formatTime, instantIn } from '../i18n/format';
import { Picked } from '../i18n/InLanguage';
import { ErrorState, Loading } from '../layout/QueryState';
import { DownloadLink } from '../layout/LongWork';
import type { RoomData, RoomItem } from './api';
import { recordUrl, useDecide, useDecisions, type DecisionAction, type PendingDocument, type RecordedDecision } from './decisions-api';

export function DecisionsPanel({ room, chair }: { room: RoomData; chair: boolean }) {
  const { t } = useTranslation('room');
  const view = useDecisions(room.meeting.id);
  if (view.isPending) return <Loading />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const current = room.items.find((i) => i.id === room.currentItemId && i.state === 'open') ?? null;
  const deciding = chair && room.meeting.status === 'in_progress' && !room.meeting.suspendedAt;
  return (
    <>
      {chair && (
        <section className="card" data-testid="up-for-decision">
          <h2>{t('decisions.upFor')}</h2>
          {!current && deciding && <p className="muted">{t('decisions.openItemFirst')}</p>}
          {view.data.pending.length === 0 ? (
            <p className="muted">{t('decisions.nonePending')}</p>
          ) : (
            <ul className="plain decision-docs">
              {view.data.pending.map((d) => (
                <PendingRow key={d.id} meetingId={room.meeting.id} meetingStartsAt={room.meeting.startsAt} document={d} item={deciding ? current : null} />
              ))}
            </ul>
          )}
        </section>
      )}
      <Record decisions={view.data.decisions} meetingId={room.meeting.id} zone={room.meeting.hostTimeZone} />
    </>
  );
}

function PendingRow({
  meetingId,
  meetingStartsAt,
  document: d,
  item,
}: {
  meetingId: number;
  meetingStartsAt: string;
  document: PendingDocument;
  item: RoomItem | null;
}) {
  const { t } = useTranslation(['room', 'documents', 'translation']);
  const decide = useDecide(meetingId);
  const [asking, setAsking] = useState<DecisionAction | null>(null);
  const [reason, setReason] = useState('');
  const [deferTo, setDeferTo] = useState('');
  const needsReason = asking !== null && asking !== 'defer' && asking !== d.intendedAction;
  const error = decide.error instanceof ApiError ? decide.error : null;
  const confirm = () => {
    if (!item || !asking) return;
    decide.mutate(
      {
        itemId: item.id,
        documentId: d.id,
        action: asking,
        reason: needsReason ? reason : null,
        deferToMeetingId: asking === 'defer' && deferTo ? Number(deferTo) : null,
      },
      { onSuccess: () => (setAsking(null), setReason(''), setDeferTo('')) },
    );
  };
  return (
    <li data-testid="pending-document" data-document-id={d.id}>
      <span className="nowrap muted small">{d.referenceCode}</span>{' '}
      <Link to={`/documents/${d.id}`}>
        <Picked of={d} field="title" />
      </Link>{' '}
      <span className="badge">{t(`documents:status.${d.status}`)}</span>
      {item && d.allowed.length > 0 && !asking && (
        <span className="actions">
          {d.allowed.map((a) => (
            <button
              key={a}
              type="button"
              className={`button button-small ${a === d.intendedAction ? 'button-primary' : ''}`}
              onClick={() => setAsking(a)}
              data-testid={`decide-${a}`}
            >
              {t(`decisions.action.${a}`)}
            </button>
          ))}
        </span>
      )}
      {item && asking && (
        <form
          className="confirm stack decision-confirm"
          role="group"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <span className="confirm-question">
            <Trans
              t={t}
              i18nKey="decisions.question"
              values={{ action: t(`decisions.action.${asking}`), position: item.position }}
              components={{ document: <Picked of={d} field="title" />, item: <Picked of={item} field="title" /> }}
            />
          </span>
          {needsReason && (
            <label className="field">
              <span>{t('decisions.reason', { intended: t(`decisions.action.${d.intendedAction}`) })}</span>
              <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} data-testid="decision-reason" />
            </label>
          )}
          {asking === 'defer' && (
            <MeetingPicker
              label={t('decisions.deferTo')}
              value={deferTo}
              onChange={setDeferTo}
              blank={t('decisions.deferToChoose')}
              excludeId={meetingId}
              after={meetingStartsAt}
              required
              testId="decision-defer-to"
            />
          )}
          <span className="actions">
            <button type="submit" className="button button-primary button-small" disabled={decide.isPending} data-testid="decide-confirm">
              {t('decisions.confirm', { action: t(`decisions.action.${asking}`) })}
            </button>
            <button type="button" className="button button-ghost button-small" disabled={decide.isPending} onClick={() => (setAsking(null), decide.reset())}>
              {t('decisions.cancel')}
            </button>
          </span>
        </form>
      )}
      {error && (
        <p className="state state-error" role="alert" data-testid="decision-error">
          {t(`translation:errorCodes.${error.code}`, { defaultValue: error.message })}
        </p>
      )}
    </li>
  );
}

/** The record of decisions: when (the host's time), on which item, which document, what. Shared with the portal's live page. */
export function Record({
  decisions,
  meetingId,
  zone,
  downloads = true,
}: {
  decisions: RecordedDecision[];
  meetingId: number;
  zone: string;
  downloads?: boolean;
}) {
  const { t, i18n } = useTranslation('room');
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <section className="card" data-testid="record-of-decisions" aria-live="polite">
      <h2>{t('decisions.record')}</h2>
      {decisions.length === 0 ? (
        <p className="muted">{t('decisions.none')}</p>
      ) : (
        <ol className="plain decision-record">
          {decisions.map((d) => (
            <li key={d.id} data-testid="recorded-decision">
              <span className="nowrap muted small">{formatTime(instantIn(d.decidedAt, zone))}</span> <strong>{t(`decisions.done.${d.action}`)}</strong>
              {d.deferredTo && (
                <>
                  {' '}
                  <Trans t={t} i18nKey="decisions.to" components={{ meeting: <Picked of={d.deferredTo} field="title" /> }} />
                </>
              )}
              : <Picked of={d.document} field="title" /> <span className="nowrap muted small">{d.document.referenceCode}</span>
              <br />
              <span className="muted small">
                <Trans
                  t={t}
                  i18nKey="decisions.onItem"
                  values={{ position: d.agendaItem.position }}
                  components={{ item: <Picked of={d.agendaItem} field="title" /> }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
      {downloads && (
        <p className="actions">
          <DownloadLink className="button button-small" href={recordUrl(meetingId, 'docx', lang)} testId="record-docx">
            {t('decisions.downloadDocx')}
          </DownloadLink>
          <DownloadLink className="button button-small" href={recordUrl(meetingId, 'pdf', lang)} testId="record-pdf">
            {t('decisions.downloadPdf')}
          </DownloadLink>
        </p>
      )}
    </section>
  );
}
