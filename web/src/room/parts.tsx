/** Pieces shared by the chair's console and the projector: the ticking clock, the speaker's countdown, names. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import type { RoomDelegation, RoomSpeaker } from './api';
import { formatClock, remainingSeconds } from './clock';

/** The current time, refreshed every `everyMs`. */
export function useNow(everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function delegationName(d: RoomDelegation): string {
  return pick(d.party, 'name');
}

export function Countdown({
  speaker,
  offsetMs,
  className,
}: {
  speaker: Pick<RoomSpeaker, 'startedAt' | 'timeLimitSeconds'>;
  offsetMs: number;
  className?: string;
}) {
  const { t } = useTranslation('room');
  const now = useNow();
  if (!speaker.startedAt) return null;
  const left = remainingSeconds(speaker.startedAt, speaker.timeLimitSeconds, now, offsetMs);
  const over = left < 0;
  return (
    <span
      className={`countdown ${over ? 'countdown-over' : left <= 30 ? 'countdown-low' : ''} ${className ?? ''}`}
      data-testid="countdown"
      role="timer"
      aria-label={over ? t('speakers.overTime') : t('speakers.remaining')}
    >
      {formatClock(left)}
    </span>
  );
}

export function KindTag({ speaker }: { speaker: RoomSpeaker }) {
  const { t } = useTranslation('room');
  if (speaker.kind === 'speech') return null;
  return <span className={`badge badge-${speaker.kind}`}>{t(`speakers.kind.${speaker.kind}`)}</span>;
}

export function Button({
  onClick,
  label,
  testId,
  primary,
  small,
  title,
}: {
  onClick: () => void;
  label: string;
  testId: string;
  primary?: boolean;
  small?: boolean;
  title?: string;
}) {
  return (
    <button
      type="button"
      className={`button ${primary ? 'button-primary' : ''} ${small ? 'button-small' : ''}`}
      onClick={onClick}
      data-testid={testId}
      title={title}
      aria-label={title}
    >
      {label}
    </button>
  );
}
