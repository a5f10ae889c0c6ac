/**
 * A start picked in the slot finder: who pays what there (or why it is not
 * possible), and what to do with it: pin it in the proposal, or move the
 * meeting there now (a change-logged write, after a confirmation).
 */
import { zoneLabel } from '../i18n/format';
import type { DateTime } from 'luxon';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Picked } from '../i18n/InLanguage';
import { ErrorState } from '../layout/QueryState';
import { ApiError } from '../api/client';
import { pick } from '../i18n/pick';
import { useMove, type ClusterMeeting, type ClusterView, type RankedAt, type SlotAnswer } from './api';

interface Props {
  cluster: ClusterView;
  meeting: ClusterMeeting;
  answer: SlotAnswer;
  slot: number;
  /** The start's ranking when it is possible at all. */
  ranked: RankedAt | null;
  time: DateTime;
  canMove: boolean;
  pinned: boolean;
  onPin: (() => void) | null;
}

export function SlotChoice({ cluster, meeting, answer, slot, ranked, time, canMove, pinned, onPin }: Props) {
  const { t } = useTranslation('scheduling');
  const [confirming, setConfirming] = useState(false);
  const move = useMove(cluster.id);
  const label = time.toFormat('dd/LL HH:mm');
  const span = meeting.durationMinutes / answer.slotMinutes;
  const nameOf = (code: string) => {
    const p = cluster.parties.find((x) => x.code === code);
    return p ? pick(p, 'name') : code;
  };

  if (!ranked) {
    // Not a possible start: say who would sit in forbidden hours (or that the meeting's range or the window rules it out).
    const blocked = answer.bands.filter((row) => row.cost.slice(slot, slot + span).some((c) => c === null)).map((row) => nameOf(row.delegation));
    return (
      <div className="state state-error" data-testid="slot-picked">
        <strong>{t('slots.picked', { time: label })}</strong>{' '}
        {blocked.length ? t('slots.forbiddenFor', { delegations: blocked.join(', ') }) : t('slots.outsideRange')}
      </div>
    );
  }

  return (
    <div className="notice" data-testid="slot-picked">
      <strong>{t('slots.picked', { time: label })}</strong> {t('slots.score', { worst: ranked.worst, total: ranked.total })}
      <ul className="plain small slot-costs">
        {Object.entries(ranked.costs)
          .filter(([, c]) => c > 0)
          .sort((a, b) => b[1] - a[1])
          .map(([d, c]) => (
            <li key={d}>
              {nameOf(d)}: {c}
            </li>
          ))}
      </ul>
      {move.isSuccess ? (
        <p role="status" data-testid="slot-moved">
          <Trans t={t} i18nKey="slots.moved" values={{ time: label }} components={{ meeting: <Picked of={meeting} field="title" /> }} />
        </p>
      ) : (
        <div className="form-actions slot-actions">
          {onPin && (
            <button type="button" className="button button-primary" onClick={onPin} disabled={pinned} data-testid="slot-pin">
              {pinned ? t('slots.pinned') : <Trans t={t} i18nKey="slots.pin" components={{ meeting: <Picked of={meeting} field="title" /> }} />}
            </button>
          )}
          {canMove && !confirming && (
            <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="slot-move">
              {t('slots.move', { time: label })}
            </button>
          )}
          {canMove && confirming && (
            <span className="confirm" role="group">
              <span className="confirm-question">
                <Trans
                  t={t}
                  i18nKey="slots.moveQuestion"
                  values={{ time: label, zone: zoneLabel(cluster.hostTimeZone, cluster.meetings[0]?.startsAt) }}
                  components={{ meeting: <Picked of={meeting} field="title" /> }}
                />
              </span>
              <button
                type="button"
                className="button button-primary"
                disabled={move.isPending}
                onClick={() => move.mutate({ meetingId: meeting.id, startsAt: time.toUTC().toISO()! })}
                data-testid="slot-move-confirm"
              >
                {t('slots.moveConfirm')}
              </button>
              <button type="button" className="button button-ghost" disabled={move.isPending} onClick={() => setConfirming(false)}>
                {t('slots.keep')}
              </button>
            </span>
          )}
        </div>
      )}
      {meeting.fixed && onPin === null && <p className="small muted">{t('slots.fixedNote')}</p>}
      {move.isError && move.error instanceof ApiError && move.error.status === 409 ? (
        <div className="state state-error" role="alert" data-testid="slot-move-error">
          {t('slots.moveRefused')}
          {/* The server names the rule and the meetings (in English). */}
          <ul className="error-details">
            {move.error.details.map((d) => (
              <li key={d.message}>{d.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        move.isError && <ErrorState error={move.error} />
      )}
    </div>
  );
}
