/**
 * The slot finder for one meeting: a world-clock grid, one row per
 * delegation, one column per 15 minutes of a host day, each cell coloured by
 * that delegation's comfort band; the best starts highlighted; click to pick.
 */
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/pick';
import { ErrorState, Loading } from '../layout/QueryState';
import { useSlots, type ClusterView } from './api';

const BAND_CLASSES = ['night', 'early', 'morning', 'day', 'evening', 'late'] as const;
const BEST = 5;

export function SlotFinder({ cluster }: { cluster: ClusterView }) {
  const { t } = useTranslation('scheduling');
  const [meetingId, setMeetingId] = useState<number | null>(null);
  const [day, setDay] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const slots = useSlots(cluster.id, meetingId);
  const meeting = cluster.meetings.find((m) => m.id === meetingId);

  const layout = useMemo(() => {
    if (!slots.data) return null;
    const start = DateTime.fromISO(slots.data.gridStart).setZone(cluster.hostTimeZone);
    const days: { label: string; slots: number[] }[] = [];
    for (let s = 0; s < slots.data.slotCount; s++) {
      const label = start.plus({ minutes: s * slots.data.slotMinutes }).toISODate()!;
      if (days[days.length - 1]?.label !== label) days.push({ label, slots: [] });
      days[days.length - 1]!.slots.push(s);
    }
    const slotOf = (iso: string) => Math.round((Date.parse(iso) - Date.parse(slots.data.gridStart)) / (slots.data.slotMinutes * 60_000));
    const ranked = new Map(slots.data.ranked.map((r, i) => [slotOf(r.start), { ...r, rank: i }]));
    return { start, days, ranked };
  }, [slots.data, cluster.hostTimeZone]);

  const hostTime = (slot: number) => layout!.start.plus({ minutes: slot * 15 }).toFormat('HH:mm');
  const choice = picked !== null ? layout?.ranked.get(picked) : undefined;
  const shown = layout?.days[Math.min(day, layout.days.length - 1)];

  return (
    <section className="card">
      <h2>{t('slots.heading')}</h2>
      <p className="hint">{t('slots.hint')}</p>
      <div className="schedule-controls">
        <label className="field">
          {t('slots.meeting')}
          <select
            value={meetingId ?? ''}
            onChange={(e) => {
              setMeetingId(e.target.value ? Number(e.target.value) : null);
              setPicked(null);
            }}
            data-testid="slot-meeting"
          >
            <option value="">{t('slots.choose')}</option>
            {cluster.meetings.map((m) => (
              <option key={m.id} value={m.id}>
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
          <div className="slot-grid-scroll">
            <table className="slot-grid" data-testid="slot-grid">
              <thead>
                <tr>
                  <th />
                  {shown.slots.map((s) => (
                    <th key={s} className={s % 4 === 0 ? 'slot-hour' : ''}>
                      {s % 4 === 0 ? hostTime(s).slice(0, 2) : ''}
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
                      const classes = [`band-${BAND_CLASSES[row.band[s]!] ?? 'day'}`];
                      if (rank !== undefined && rank < BEST) classes.push('slot-best');
                      if (picked === s) classes.push('slot-picked');
                      return (
                        <td
                          key={s}
                          className={classes.join(' ')}
                          title={`${hostTime(s)} (${cluster.hostTimeZone})`}
                          onClick={() => layout.ranked.has(s) && setPicked(s)}
                        />
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="slot-legend small">
            {BAND_CLASSES.filter((b, i) => BAND_CLASSES.indexOf(b) === i).map((b) => (
              <span key={b}>
                <span className={`slot-swatch band-${b}`} /> {t(`band.${b}`)}
              </span>
            ))}
            <span>
              <span className="slot-swatch slot-best" /> {t('slots.best')}
            </span>
          </p>
          <ol className="slot-best-list" data-testid="slot-best">
            {slots.data.ranked.slice(0, BEST).map((r) => {
              const s = Math.round((Date.parse(r.start) - Date.parse(slots.data.gridStart)) / 900_000);
              return (
                <li key={r.start}>
                  <button type="button" className="button button-small" onClick={() => { setDay(layout.days.findIndex((d) => d.slots.includes(s))); setPicked(s); }}>
                    {layout.start.plus({ minutes: s * 15 }).toFormat('dd/LL HH:mm')}
                  </button>{' '}
                  {t('slots.score', { worst: r.worst, total: r.total })}
                </li>
              );
            })}
          </ol>
          {choice && (
            <div className="notice" data-testid="slot-picked">
              <strong>{t('slots.picked', { time: layout.start.plus({ minutes: picked! * 15 }).toFormat('dd/LL HH:mm') })}</strong>{' '}
              {t('slots.score', { worst: choice.worst, total: choice.total })}
              <ul className="plain small">
                {Object.entries(choice.costs)
                  .filter(([, c]) => c > 0)
                  .sort((a, b) => b[1] - a[1])
                  .map(([d, c]) => (
                    <li key={d}>
                      {d}: {c}
                    </li>
                  ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
