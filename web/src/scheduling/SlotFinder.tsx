/**
 * The slot finder for one meeting: a world-clock grid, one row per
 * delegation, one column per 15 minutes of a host day, each cell coloured by
 * what that minute costs the delegation; the best starts outlined. Click a
 * start to pick it: see who pays, then pin it in the proposal (the optimizer
 * runs again around it) or move the meeting there (after a confirmation).
 */
import { zoneCity } from '../i18n/format';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canEditMeetings, useUser } from '../auth/session';
import { fallbackLang, pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { useSlots, type ClusterView, type RankedAt, type SlotAnswer } from './api';
import { SlotChoice } from './SlotChoice';
import { ScrollRegion } from '../layout/ScrollRegion';

const BEST = 5;

/** A colour class from what a minute costs (null = forbidden): the same whatever bands a delegation has. */
export function costClass(cost: number | null): string {
  if (cost === null) return 'band-forbidden';
  if (cost === 0) return 'band-day';
  if (cost < 3) return 'band-morning';
  if (cost < 10) return 'band-early';
  return 'band-night-ok';
}
const LEGEND = ['band-day', 'band-morning', 'band-early', 'band-night-ok', 'band-forbidden'] as const;

export interface SlotFinderProps {
  cluster: ClusterView;
  defaultComfort: boolean;
  /** Set while a proposal is shown: picking pins the meeting there and runs the optimizer again. */
  onPin: ((meetingId: number, startIso: string) => void) | null;
  /** Meeting id → pinned ISO start. */
  pins: Record<string, string>;
}

export function SlotFinder({ cluster, defaultComfort, onPin, pins }: SlotFinderProps) {
  const { t } = useTranslation('scheduling');
  const user = useUser();
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [day, setDay] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const slots = useSlots(cluster.id, meetingId, defaultComfort);
  const meeting = cluster.meetings.find((m) => m.id === meetingId);
  const layout = useMemo(() => (slots.data ? layoutOf(slots.data, cluster.hostTimeZone) : null), [slots.data, cluster.hostTimeZone]);

  const hostTime = (slot: number) => layout!.start.plus({ minutes: slot * 15 });
  const shown = layout?.days[Math.min(day, layout.days.length - 1)];
  const choose = (slot: number) => {
    setPicked(slot);
    setDay(layout!.days.findIndex((d) => d.slots.includes(slot)));
  };

  return (
    <section className="card">
      <h2>{t('slots.heading')}</h2>
      <p className="hint">{onPin ? t('slots.hintPreview') : t('slots.hint')}</p>
      <div className="schedule-controls">
        <label className="field">
          {t('slots.meeting')}
          <select
            value={meetingId ?? ''}
            onChange={(e) => {
              setMeetingId(e.target.value ? Number(e.target.value) : null);
              setPicked(null);
              setDay(0);
            }}
            data-testid="slot-meeting"
          >
            <option value="">{t('slots.choose')}</option>
            {cluster.meetings
              .filter((m) => m.scheduled)
              .map((m) => (
                <option key={m.id} value={m.id} lang={fallbackLang(m, 'title')}>
                  {pick(m, 'title')}
                </option>
              ))}
          </select>
        </label>
        {layout && (
          <label className="field">
            {t('slots.day')}
            <select value={day} onChange={(e) => setDay(Number(e.target.value))} data-testid="slot-day">
              {layout.days.map((d, i) => (
                <option key={d.label} value={i}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {slots.isPending && meetingId !== null && <Loading />}
      {slots.isError && <ErrorState error={slots.error} />}
      {slots.data && layout && shown && meeting && (
        <>
          <p className="muted" data-testid="slot-count">
            {t('slots.candidates', { count: slots.data.candidateCount })}
          </p>
          <ScrollRegion className="slot-grid-scroll" label={t('slots.heading')}>
            <table className="slot-grid" data-testid="slot-grid">
              <thead>
                <tr>
                  <th />
                  {shown.slots.map((s) => (
                    <th key={s} className={s % 4 === 0 ? 'slot-hour' : ''}>
                      {s % 4 === 0 ? hostTime(s).toFormat('HH') : ''}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {slots.data.bands.map((row) => (
                  <tr key={row.delegation}>
                    <th className="slot-label">{row.delegation}</th>
                    {shown.slots.map((s) => {
                      const rank = layout.ranked.get(s)?.rank;
                      const classes = [costClass(row.cost[s] ?? null)];
                      if (rank !== undefined && rank < BEST) classes.push('slot-best');
                      if (picked !== null && s >= picked && s < picked + meeting.durationMinutes / 15) classes.push('slot-picked');
                      return (
                        <td
                          key={s}
                          className={classes.join(' ')}
                          title={`${hostTime(s).toFormat('HH:mm')} (${zoneCity(cluster.hostTimeZone)})`}
                          onClick={() => setPicked(s)}
                          data-slot={s}
                          data-testid={rank !== undefined ? `slot-${s}` : undefined}
                        />
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="slot-legend small">
            {LEGEND.map((c) => (
              <span key={c}>
                <span className={`slot-swatch ${c}`} /> {t(`legend.${c}`)}
              </span>
            ))}
            <span>
              <span className="slot-swatch slot-best" /> {t('slots.best')}
            </span>
          </p>
          <ol className="slot-best-list" data-testid="slot-best">
            {slots.data.ranked.slice(0, BEST).map((r) => {
              const s = layout.slotOf(r.start);
              return (
                <li key={r.start}>
                  <button type="button" className="button button-small" onClick={() => choose(s)} data-testid={`slot-best-${s}`}>
                    {hostTime(s).toFormat('dd/LL HH:mm')}
                  </button>{' '}
                  {t('slots.score', { worst: r.worst, total: r.total })}
                </li>
              );
            })}
          </ol>
          {picked !== null && (
            <SlotChoice
              key={`${meeting.id}-${picked}`}
              cluster={cluster}
              meeting={meeting}
              answer={slots.data}
              slot={picked}
              ranked={layout.ranked.get(picked) ?? null}
              time={hostTime(picked)}
              canMove={canEditMeetings(user)}
              pinned={pins[String(meeting.id)] !== undefined && layout.slotOf(pins[String(meeting.id)]!) === picked}
              onPin={onPin && !meeting.fixed ? () => onPin(meeting.id, hostTime(picked).toUTC().toISO()!) : null}
            />
          )}
        </>
      )}
    </section>
  );
}

function layoutOf(answer: SlotAnswer, zone: string) {
  const start = DateTime.fromISO(answer.gridStart).setZone(zone);
  const days: { label: string; slots: number[] }[] = [];
  for (let s = 0; s < answer.slotCount; s++) {
    const label = start.plus({ minutes: s * answer.slotMinutes }).toISODate()!;
    if (days[days.length - 1]?.label !== label) days.push({ label, slots: [] });
    days[days.length - 1]!.slots.push(s);
  }
  const slotOf = (iso: string) => Math.round((Date.parse(iso) - Date.parse(answer.gridStart)) / (answer.slotMinutes * 60_000));
  const ranked = new Map<number, RankedAt>(answer.ranked.map((r, i) => [slotOf(r.start), { ...r, rank: i }]));
  return { start, days, ranked, slotOf };
}
